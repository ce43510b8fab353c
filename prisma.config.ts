// Prisma CLI configuration: the Wasm schema engine over a pg driver adapter, because Prisma's
// native engines cannot be downloaded on our machines (see scripts/prisma.ts).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { cliAdapterFactory } from "./prisma/cli-adapter";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (run Prisma through scripts/prisma.ts)");
    return cliAdapterFactory(url);
  },
});
