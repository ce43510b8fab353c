import "server-only";
import { logMessage, messageOf } from "../log";
import { z } from "zod";
import { applySynonyms } from "../../search/apply-synonyms";
import { assertCan, NotFoundError, type Actor } from "../authz";
import { db } from "../db";
import { synonymFieldErrors, synonymGroupInputSchema, type SynonymErrorCode, type SynonymField } from "./schema";

// The search's synonym list (SynonymGroup), read and edited by reviewers at /pruefung/synonyme.
// Every change is applied to Meilisearch at once (search/apply-synonyms.ts), without a deployment
// or restart; if Meilisearch is unreachable the change is kept and reaches the index when the site
// next applies its settings (start, reindex) or the next change is saved.

export type SynonymGroupRow = {
  id: string;
  kind: "EQUIVALENT" | "ONE_WAY";
  words: string[];
  targets: string[];
  note: string | null;
  seeded: boolean;
  updatedAt: Date;
};

export type SaveSynonymResult =
  | { ok: true; applied: boolean }
  | { ok: false; errors: Partial<Record<SynonymField, SynonymErrorCode>> };

const select = { id: true, kind: true, words: true, targets: true, note: true, seedKey: true, updatedAt: true } as const;
const toRow = ({ seedKey, ...g }: { seedKey: string | null } & Omit<SynonymGroupRow, "seeded">): SynonymGroupRow => ({ ...g, seeded: seedKey !== null });

export const synonymGroupIdSchema = z.uuid();

/** The live groups, those holding `word` (in words or targets, any part of an entry) when given. */
export async function listSynonymGroups(actor: Actor | null, word = ""): Promise<SynonymGroupRow[]> {
  assertCan(actor, "search:synonyms");
  const rows = await db.synonymGroup.findMany({ where: { deletedAt: null }, select, orderBy: [{ kind: "asc" }, { createdAt: "asc" }] });
  const needle = word.trim().toLowerCase();
  return rows.map(toRow).filter((g) => !needle || [...g.words, ...g.targets].some((w) => w.includes(needle)));
}

export async function getSynonymGroup(actor: Actor | null, id: string): Promise<SynonymGroupRow> {
  assertCan(actor, "search:synonyms");
  const parsed = synonymGroupIdSchema.safeParse(id);
  const row = parsed.success ? await db.synonymGroup.findFirst({ where: { id: parsed.data, deletedAt: null }, select }) : null;
  if (!row) throw new NotFoundError("synonym group");
  return toRow(row);
}

/** Creates (id null) or changes a group from the form's fields, then applies the list to the search. */
export async function saveSynonymGroup(actor: Actor | null, id: string | null, input: unknown): Promise<SaveSynonymResult> {
  assertCan(actor, "search:synonyms");
  const parsed = synonymGroupInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: synonymFieldErrors(parsed.error) };
  const data = parsed.data;
  if (id === null) {
    await db.synonymGroup.create({ data });
  } else {
    const target = synonymGroupIdSchema.safeParse(id);
    const { count } = target.success ? await db.synonymGroup.updateMany({ where: { id: target.data, deletedAt: null }, data }) : { count: 0 };
    if (count === 0) throw new NotFoundError("synonym group");
  }
  return { ok: true, applied: await applyNow() };
}

/** Deletes a group; a seeded one becomes a tombstone, so the next seed run does not restore it. */
export async function deleteSynonymGroup(actor: Actor | null, id: string): Promise<{ applied: boolean }> {
  assertCan(actor, "search:synonyms");
  const group = await getSynonymGroup(actor, id);
  if (group.seeded) await db.synonymGroup.update({ where: { id: group.id }, data: { deletedAt: new Date() } });
  else await db.synonymGroup.delete({ where: { id: group.id } });
  return { applied: await applyNow() };
}

/** The change is stored either way; an unreachable index gets the list at its next settings update. */
async function applyNow() {
  try {
    await applySynonyms();
    return true;
  } catch (err) {
    logMessage("warn", "search", `synonyms saved but not yet applied: ${messageOf(err)}`);
    return false;
  }
}
