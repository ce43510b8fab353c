import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

// Password hashes never leave this layer by accident: every query, inside transactions too, omits
// them unless it selects them explicitly (only server/auth/ does, to verify a password).
// Typed as the plain client: Prisma 6 types transaction clients without the global omit and its
// omit type parameter is invariant, so the precise type would not fit Tx. Reading `passwordHash`
// without selecting it gives undefined, which fails closed.
const createClient = (): PrismaClient =>
  new PrismaClient({
    adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 }),
    omit: { user: { passwordHash: true } },
  }) as unknown as PrismaClient;

// One client per process (kept on globalThis so dev hot reloads do not open new pools).
const globalForDb = globalThis as unknown as { db?: PrismaClient };

export const db = globalForDb.db ?? createClient();

if (env.NODE_ENV !== "production") globalForDb.db = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
