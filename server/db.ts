import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";
import { SerialPgClient } from "./serial-pg-client";

// Password hashes never leave this layer by accident: every query, inside transactions too, omits
// them unless it selects them explicitly (only server/auth/ does, to verify a password).
// Typed as the plain client: Prisma 6 types transaction clients without the global omit and its
// omit type parameter is invariant, so the precise type would not fit Tx. Reading `passwordHash`
// without selecting it gives undefined, which fails closed.
// A request must not hang when the database cannot serve it: a row or table lock held elsewhere
// fails after 5 s, a runaway statement after 30 s, and waiting for one of the pool's connections
// (all busy, or the server refusing new ones) after 10 s. The page then shows its error
// (app/[locale]/error.tsx) and the next request tries again: nothing to restart.
export const DB_TIMEOUTS = { lockMs: 5_000, statementMs: 30_000, connectMs: 10_000 };

const createClient = (): PrismaClient =>
  new PrismaClient({
    adapter: new PrismaPg({
      connectionString: env.DATABASE_URL,
      Client: SerialPgClient as unknown as typeof pg.Client,
      max: 10,
      connectionTimeoutMillis: DB_TIMEOUTS.connectMs,
      options: `-c lock_timeout=${DB_TIMEOUTS.lockMs} -c statement_timeout=${DB_TIMEOUTS.statementMs}`,
    }),
    omit: { user: { passwordHash: true } },
  }) as unknown as PrismaClient;

// One client per process (kept on globalThis so dev hot reloads do not open new pools).
const globalForDb = globalThis as unknown as { db?: PrismaClient };

export const db = globalForDb.db ?? createClient();

if (env.NODE_ENV !== "production") globalForDb.db = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Takes a transaction-level advisory lock, waiting as long as it takes. These locks order writers
 * that may hold them for minutes (an import holds PUBLICATION_LOCK shared for its whole file, a
 * reindex holds REINDEX_LOCK for its run), so the pool's lock and statement timeouts are lifted for
 * this one wait and restored after it.
 */
export async function advisoryXactLock(tx: Tx, key: number, mode: "exclusive" | "shared" = "exclusive") {
  await tx.$executeRaw`select set_config('lock_timeout', '0', true), set_config('statement_timeout', '0', true)`;
  if (mode === "shared") await tx.$executeRaw`select pg_advisory_xact_lock_shared(${key})`;
  else await tx.$executeRaw`select pg_advisory_xact_lock(${key})`;
  await tx.$executeRaw`set local lock_timeout to default`;
  await tx.$executeRaw`set local statement_timeout to default`;
}
