import "server-only";
import { z } from "zod";
import { assertCan, NotFoundError, type Actor } from "../authz";
import { db } from "../db";
import { plainText } from "../plain-text";
import { gapWeightsSchema, totalWeight, weightsFromForm, type GapWeights } from "./weights";

// Named weight settings of the gap ranking. Every planner sees all of them (they are the team's
// shared ways of looking at gaps); saving and deleting needs planning:edit. The stored JSON is
// checked by gapWeightsSchema on write and on read: a row someone changed by hand into something
// else is reported as invalid instead of feeding the ranking.

export const SETTING_NAME_MAX = 80;
export type SettingNameError = "required" | "tooLong";
export type GapWeightingSummary = { id: string; name: string; updatedAt: Date; valid: boolean };
export type SaveResult = { ok: true; id: string } | { ok: false; nameError: SettingNameError | null; weightsInvalid: boolean };

const nameSchema = plainText()
  .min(1, "required")
  .max(SETTING_NAME_MAX, "tooLong");

const parseWeights = (json: unknown) => {
  const parsed = gapWeightsSchema.safeParse(json);
  return parsed.success && totalWeight(parsed.data) > 0 ? parsed.data : null;
};

export async function listGapWeightings(actor: Actor | null): Promise<GapWeightingSummary[]> {
  assertCan(actor, "planning:read");
  const rows = await db.gapWeighting.findMany({ select: { id: true, name: true, updatedAt: true, weights: true }, orderBy: { name: "asc" } });
  return rows.map(({ weights, ...r }) => ({ ...r, valid: parseWeights(weights) !== null }));
}

/** A saved setting's weights; null when there is none with this id or its stored weights are invalid. */
export async function loadGapWeighting(actor: Actor | null, id: string): Promise<{ id: string; name: string; weights: GapWeights | null } | null> {
  assertCan(actor, "planning:read");
  if (!z.uuid().safeParse(id).success) return null;
  const row = await db.gapWeighting.findUnique({ where: { id }, select: { id: true, name: true, weights: true } });
  return row && { id: row.id, name: row.name, weights: parseWeights(row.weights) };
}

/** Saves `weights` under `name`; a setting of the same name is replaced (that is how one updates it). */
export async function saveGapWeighting(actor: (Actor & { id: string }) | null, input: { name: unknown; weights: unknown }): Promise<SaveResult> {
  assertCan(actor, "planning:edit");
  const name = nameSchema.safeParse(typeof input.name === "string" ? input.name : "");
  const weights = parseWeights(input.weights);
  if (!name.success || !weights)
    return { ok: false, nameError: name.success ? null : (name.error.issues[0].message as SettingNameError), weightsInvalid: !weights };
  const row = await db.gapWeighting.upsert({
    where: { name: name.data },
    create: { name: name.data, weights, createdById: actor.id },
    update: { weights },
    select: { id: true },
  });
  return { ok: true, id: row.id };
}

/** The save form: its name field and the weights it carries as hidden fields, for the indicators the database holds. */
export async function saveGapWeightingForm(actor: (Actor & { id: string }) | null, form: FormData): Promise<SaveResult> {
  assertCan(actor, "planning:edit");
  const keys = (await db.indicator.findMany({ select: { key: true } })).map((i) => i.key);
  return saveGapWeighting(actor, { name: form.get("name"), weights: weightsFromForm(form, keys) });
}

export async function deleteGapWeighting(actor: Actor | null, id: string): Promise<void> {
  assertCan(actor, "planning:edit");
  const { count } = await db.gapWeighting.deleteMany({ where: { id } });
  if (count === 0) throw new NotFoundError("gap weighting");
}
