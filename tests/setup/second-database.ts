// A second, empty catalogue database for tests that move data between two catalogues (the HSDS
// round trip): cloned from the migrated template like the file's own (per-file.ts), with its own
// Prisma client (over SerialPgClient, as server/db.ts), dropped when the file is done.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, inject } from "vitest";
import type { Db } from "../../server/db";
import { PrismaClient } from "../../server/generated/prisma/client";
import { SerialPgClient } from "../../server/serial-pg-client";
import { TEMPLATE_DB } from "./global";

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: inject("pgServerUrl") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A Prisma client of the site's kind (over SerialPgClient) for the database at `url`. */
export const prismaClientFor = (url: string) =>
  new PrismaClient({ adapter: new PrismaPg({ connectionString: url, Client: SerialPgClient as unknown as typeof pg.Client }) }) as unknown as Db;

export async function createSecondDatabase(): Promise<Db> {
  const name = `test_second_${randomBytes(6).toString("hex")}`;
  await admin(`create database ${name} template ${TEMPLATE_DB}`);
  const url = new URL(inject("pgServerUrl"));
  url.pathname = `/${name}`;
  const db = prismaClientFor(url.toString());
  afterAll(async () => {
    await db.$disconnect();
    await admin(`drop database if exists ${name}`);
  });
  return db;
}
