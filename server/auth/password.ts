import "server-only";
import { hash, verify, type Options } from "@node-rs/argon2";

// argon2id with OWASP's baseline parameters (19 MiB, 2 passes, 1 lane): ~12 ms a hash here.
// The parameters are stored in each hash, so raising them later keeps old hashes verifiable.
// (`Algorithm` is a const enum, which isolatedModules cannot read: 2 = Argon2id.)
const ARGON2ID = 2 as Options["algorithm"];
const OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

let dummy: Promise<string> | undefined;

/**
 * A hash to verify against when the e-mail address is unknown, so that a wrong address takes as
 * long as a wrong password and the answer time does not reveal who has an account.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(`no account ${Math.random()}`);
  return dummy;
}
