import "server-only";
import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { env } from "../env";

// One-time links (invitations, password resets) carry the row's id (32 hex digits, no dashes)
// followed by a secret of 256 random bits (43 base64url characters), one opaque word without dots
// (a dot would make the path look like a file to the proxy's matcher). Only sha256(secret) is
// stored; the id finds the row, the hash is compared in constant time.

const TOKEN = /^([0-9a-f]{32})([A-Za-z0-9_-]{43})$/;
const uuidOf = (hex: string) => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

const sha256 = (secret: string) => createHash("sha256").update(secret).digest();

export function newOneTimeToken() {
  const id = randomUUID();
  const secret = randomBytes(32).toString("base64url");
  return { id, token: `${id.replaceAll("-", "")}${secret}`, tokenHash: sha256(secret).toString("hex") };
}

export function parseOneTimeToken(token: unknown): { id: string; secret: string } | null {
  const match = typeof token === "string" ? TOKEN.exec(token) : null;
  return match ? { id: uuidOf(match[1]), secret: match[2] } : null;
}

export function tokenMatches(secret: string, storedHash: string): boolean {
  const stored = Buffer.from(storedHash, "hex");
  const actual = sha256(secret);
  return stored.length === actual.length && timingSafeEqual(stored, actual);
}

/** The link the person opens, e.g. oneTimeLink("/einladung", token) (German pages; shown once). */
export function oneTimeLink(path: `/${string}`, token: string): string {
  return new URL(`${path}/${token}`, env.NEXTAUTH_URL ?? "http://localhost:3000").toString();
}
