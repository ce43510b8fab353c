import "server-only";
import { assertCan, type Actor } from "../authz";
import { db } from "../db";
import { berlinDate } from "../offers/staleness";
import { freezeInputSchema, rebuildInputSchema, snapshotContentSchema, type SnapshotContent, type SnapshotFormField } from "./content";
import { fieldErrors } from "../scenarios/schema";
import { currentContent } from "./current";
import { rebuiltContent } from "./rebuild";

// Creating snapshots: plan:edit. A snapshot is written once and never changed; nothing here touches
// an offer, its versions or the search outbox.

type Editor = Actor & { id: string };
export type SnapshotResult = { ok: true; id: string } | { ok: false; errors: Partial<Record<SnapshotFormField, string>> };

async function store(actor: Editor, stichtag: string, label: string, kind: "FROZEN" | "REBUILT", content: SnapshotContent) {
  const snapshot = await db.snapshot.create({
    // Checked on the way in as on the way out (queries.ts): a stored snapshot always fits the schema.
    data: { stichtag: new Date(`${stichtag}T00:00:00Z`), label, kind, content: snapshotContentSchema.parse(content), createdById: actor.id },
    select: { id: true },
  });
  return { ok: true as const, id: snapshot.id };
}

/** Freezes today's published catalogue, matrix and plan under `label`. */
export async function freezeSnapshot(actor: Editor | null, raw: unknown): Promise<SnapshotResult> {
  assertCan(actor, "plan:edit");
  const input = freezeInputSchema.safeParse(raw);
  if (!input.success) return { ok: false, errors: fieldErrors<SnapshotFormField>(input.error) };
  const today = berlinDate();
  return store(actor, today, input.data.label, "FROZEN", await currentContent(actor, today));
}

/** Rebuilds a past Stichtag (today at the latest) from the offers' version history. */
export async function rebuildSnapshot(actor: Editor | null, raw: unknown, today = berlinDate()): Promise<SnapshotResult> {
  assertCan(actor, "plan:edit");
  const input = rebuildInputSchema.safeParse(raw);
  if (!input.success) return { ok: false, errors: fieldErrors<SnapshotFormField>(input.error) };
  const { label, stichtag } = input.data;
  if (stichtag > today) return { ok: false, errors: { stichtag: "future" } };
  return store(actor, stichtag, label, "REBUILT", await rebuiltContent(stichtag));
}
