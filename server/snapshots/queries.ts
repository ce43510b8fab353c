import "server-only";
import { z } from "zod";
import { assertCan, NotFoundError, type Actor } from "../authz";
import { db } from "../db";
import { label } from "../offers/queries";
import { snapshotContentSchema } from "./content";
import { compareContents } from "./compare";

// Reading snapshots: planning:read. The content is checked against its schema on every read.

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function listSnapshots(actor: Actor | null) {
  assertCan(actor, "planning:read");
  const rows = await db.snapshot.findMany({
    orderBy: [{ stichtag: "desc" }, { createdAt: "desc" }],
    select: { id: true, stichtag: true, label: true, kind: true, createdAt: true, createdBy: { select: { name: true, email: true } } },
  });
  return rows.map(({ createdBy, stichtag, ...s }) => ({ ...s, stichtag: day(stichtag), createdBy: createdBy ? (createdBy.name ?? createdBy.email) : null }));
}
export type SnapshotSummary = Awaited<ReturnType<typeof listSnapshots>>[number];

/** One snapshot with its content; a malformed or unknown id is NotFoundError (a 404 on pages). */
export async function getSnapshot(actor: Actor | null, rawId: unknown) {
  assertCan(actor, "planning:read");
  const id = z.uuid().safeParse(Array.isArray(rawId) ? rawId[0] : rawId);
  const row =
    id.success &&
    (await db.snapshot.findUnique({
      where: { id: id.data },
      select: { id: true, stichtag: true, label: true, kind: true, createdAt: true, content: true, createdBy: { select: { name: true, email: true } } },
    }));
  if (!row) throw new NotFoundError("snapshot");
  const { createdBy, stichtag, content, ...s } = row;
  return { ...s, stichtag: day(stichtag), createdBy: createdBy ? (createdBy.name ?? createdBy.email) : null, content: snapshotContentSchema.parse(content) };
}
export type SnapshotDetail = Awaited<ReturnType<typeof getSnapshot>>;

/** Two snapshots side by side: `a` the earlier, `b` the later (as the planner chose them). */
export async function compareSnapshots(actor: Actor | null, rawA: unknown, rawB: unknown) {
  const [a, b] = await Promise.all([getSnapshot(actor, rawA), getSnapshot(actor, rawB)]);
  return { a, b, diff: compareContents(a.content, b.content) };
}
export type SnapshotComparison = Awaited<ReturnType<typeof compareSnapshots>>;

/** Today's names of the Lebensphasen and Angebotsarten a snapshot names by code, in the reader's language. */
export async function getTermNames(actor: Actor | null, locale: string): Promise<Map<string, string>> {
  assertCan(actor, "planning:read");
  const terms = await db.taxonomyTerm.findMany({
    where: { taxonomy: { key: { in: ["handlungsfeld", "lebensphase", "angebotsart"] } } },
    select: { code: true, name: true, labels: true, taxonomy: { select: { key: true } } },
  });
  return new Map(terms.map((t) => [`${t.taxonomy.key}:${t.code}`, label(t, locale)]));
}
