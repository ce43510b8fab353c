import "server-only";
import { z } from "zod";
import { assertCan, NotFoundError, type Actor } from "../authz";
import { db as globalDb, type Db, type Tx } from "../db";
import { TERM_FIELDS } from "../offers/schema";
import { checkCrosswalkRow, crosswalkKey, parseCrosswalkCsv, type CrosswalkError, type CrosswalkErrorCode, type CrosswalkRow } from "./crosswalk";
import { loadVocabulary } from "./vocabulary";

// The crosswalk reviewers keep at /pruefung/zuordnungen (table HsdsCrosswalk): list, add (a row
// for a taxonomy and term already there is replaced), delete, upload a CSV. Every function checks
// "import:crosswalk" itself, so no page or action can skip it. The import reads the rows with
// storedCrosswalkRows (the import is the operator's command, not a person's request).

export type CrosswalkEntry = CrosswalkRow & { id: string; updatedAt: Date };
export type SaveCrosswalkResult = { ok: true } | { ok: false; errors: Partial<Record<keyof CrosswalkRow, CrosswalkErrorCode>> };
export type UploadCrosswalkResult = { ok: true; count: number } | { ok: false; errors: CrosswalkError[] };

export const crosswalkIdSchema = z.uuid();

const select = { id: true, taxonomy: true, term: true, target: true, updatedAt: true } as const;

/** Every stored row, for the import. */
export async function storedCrosswalkRows(db: Db | Tx): Promise<CrosswalkRow[]> {
  return db.hsdsCrosswalk.findMany({ select: { taxonomy: true, term: true, target: true }, orderBy: { createdAt: "asc" } });
}

export async function listCrosswalk(actor: Actor | null): Promise<CrosswalkEntry[]> {
  assertCan(actor, "import:crosswalk");
  return globalDb.hsdsCrosswalk.findMany({ select, orderBy: [{ taxonomy: "asc" }, { term: "asc" }] });
}

/** Our terms a row may map to, as "<taxonomy>:<code>" with a label ("Lebensphase: Seniorinnen und Senioren (65+)"). */
export async function crosswalkTargets(actor: Actor | null): Promise<{ value: string; label: string }[]> {
  assertCan(actor, "import:crosswalk");
  const keys: string[] = Object.values(TERM_FIELDS);
  const { terms } = await loadVocabulary(globalDb);
  return terms
    .filter((t) => keys.includes(t.taxonomy.key))
    .sort((a, b) => keys.indexOf(a.taxonomy.key) - keys.indexOf(b.taxonomy.key))
    .map((t) => ({ value: `${t.taxonomy.key}:${t.code}`, label: `${t.taxonomy.name}: ${t.name}` }));
}

async function upsertRows(tx: Tx, rows: CrosswalkRow[]) {
  for (const row of rows) {
    const matchKey = crosswalkKey(row.taxonomy, row.term);
    const data = { taxonomy: row.taxonomy, term: row.term, target: row.target };
    await tx.hsdsCrosswalk.upsert({ where: { matchKey }, create: { ...data, matchKey }, update: data });
  }
}

/** Adds a row from the form's fields; one for the same taxonomy and term is replaced. */
export async function saveCrosswalkRow(actor: Actor | null, input: unknown): Promise<SaveCrosswalkResult> {
  assertCan(actor, "import:crosswalk");
  const checked = checkCrosswalkRow(input, await loadVocabulary(globalDb));
  if (!checked.ok) return checked;
  await globalDb.$transaction((tx) => upsertRows(tx, [checked.row]));
  return { ok: true };
}

/** Adds every row of a CSV file (`taxonomy,term,target`) in one transaction, or none if any line is wrong. */
export async function uploadCrosswalkCsv(actor: Actor | null, text: string): Promise<UploadCrosswalkResult> {
  assertCan(actor, "import:crosswalk");
  const parsed = parseCrosswalkCsv(text, await loadVocabulary(globalDb));
  if (parsed.errors.length) return { ok: false, errors: parsed.errors };
  await globalDb.$transaction((tx) => upsertRows(tx, parsed.rows), { timeout: 60_000 });
  return { ok: true, count: parsed.rows.length };
}

export async function deleteCrosswalkRow(actor: Actor | null, id: string) {
  assertCan(actor, "import:crosswalk");
  const parsed = crosswalkIdSchema.safeParse(id);
  const { count } = parsed.success ? await globalDb.hsdsCrosswalk.deleteMany({ where: { id: parsed.data } }) : { count: 0 };
  if (count === 0) throw new NotFoundError("crosswalk row");
}
