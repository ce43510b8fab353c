// The session secret for the embedded default. Production sets NEXTAUTH_SECRET; when it is unset,
// the scripts generate one once and keep it in the data folder (git-ignored, mode 600), so that
// sign-ins survive a restart of `npm run demo` and a fresh data folder (tests) gets its own.
import path from "node:path";
import { readOrCreateSecret } from "./secret-file";

export function ensureAuthSecret(dataDir: string): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const secret = readOrCreateSecret(path.join(dataDir, "nextauth-secret"));
  process.env.NEXTAUTH_SECRET = secret;
  return secret;
}
