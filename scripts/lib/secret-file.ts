// Secrets the embedded default generates for itself (session secret, PostgreSQL password): made
// once, kept in the data folder (git-ignored) readable by the owner only (mode 600).
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const MIN_LENGTH = 32;

/** The secret stored in `file`, or null if there is none (or too short to be one of ours). */
export function readSecret(file: string): string | null {
  const secret = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  return secret.length >= MIN_LENGTH ? secret : null;
}

/** The secret stored in `file`; a new random one (64 hex characters) if there is none yet. */
export function readOrCreateSecret(file: string): string {
  const stored = readSecret(file);
  if (stored) return stored;
  const secret = randomBytes(32).toString("hex");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // writeFileSync's mode applies to new files only
  return secret;
}
