import next from "eslint-config-next/core-web-vitals";
import ts from "eslint-config-next/typescript";

const config = [
  { ignores: ["server/generated/**", ".next/**", ".next-*/**", ".data/**", "vendor/**", "node_modules/**", "next-env.d.ts"] },
  ...next,
  ...ts,
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { destructuredArrayIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }] } },
];

export default config;
