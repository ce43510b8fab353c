import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "../authz";
import { db, type Tx } from "../db";
import type { PlanChangeAction, PlanEntity } from "../generated/prisma/enums";
import { resolvePeriod, type PeriodChoice } from "./periods";

// The plan's one history (table PlanChange): every edit of a goal, sub-goal, measure, indicator,
// funding figure or Mikroprojekt writes its rows here in the same transaction as the edit, so no
// change can be missed. Values are kept as the pages show them ("1.234,56 €", "in Umsetzung").

/** A person who edits: authorization needs the role, the history the account. */
export type Editor = Actor & { id: string };
export type FieldChange = { field: string; oldValue: string | null; newValue: string | null };
export type ChangedItem = { periodId: string | null; entity: PlanEntity; entityId: string | null; subject: string };

/** The funding figures' field keys: the funding page shows only these. */
export const FUNDING_FIELDS = ["lszStage", "cap", "landSharePercent", "planned", "spent"] as const;

/** One change per field whose value differs; an empty text counts as none. */
export function fieldChanges(before: Record<string, string | null>, after: Record<string, string | null>): FieldChange[] {
  return Object.keys(after).flatMap((field) => {
    const [oldValue, newValue] = [before[field] || null, after[field] || null];
    return oldValue === newValue ? [] : [{ field, oldValue, newValue }];
  });
}

/** "HF4-1 Title", or the title alone: how the history names a measure. */
export const measureSubject = (m: { code: string | null; title: string }) => (m.code ? `${m.code} ${m.title}` : m.title);

/**
 * Writes the history rows of one edit. UPDATE writes one row per changed field (none if nothing
 * changed); the other actions one row, with the field changes given (e.g. a retirement's reason).
 */
export async function recordChange(tx: Tx, editor: Editor, item: ChangedItem, action: PlanChangeAction, changes: FieldChange[] = []) {
  const rows = changes.length > 0 ? changes : action === "UPDATE" ? [] : [{ field: null, oldValue: null, newValue: null }];
  if (rows.length === 0) return;
  await tx.planChange.createMany({ data: rows.map((c) => ({ ...item, ...c, action, userId: editor.id })) });
}

export type PlanChangeRow = {
  id: string;
  at: Date;
  who: string | null;
  entity: PlanEntity;
  action: PlanChangeAction;
  subject: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
};

const toRow = (h: { id: string; at: Date; user: { name: string | null; email: string } | null } & Omit<PlanChangeRow, "who" | "at" | "id">): PlanChangeRow => ({
  id: h.id,
  at: h.at,
  who: h.user ? (h.user.name ?? h.user.email) : null,
  entity: h.entity,
  action: h.action,
  subject: h.subject,
  field: h.field,
  oldValue: h.oldValue,
  newValue: h.newValue,
});

const select = { id: true, at: true, entity: true, action: true, subject: true, field: true, oldValue: true, newValue: true, user: { select: { name: true, email: true } } } as const;

/** The funding figures' changes of a period, newest first (the funding page's table). */
export async function listFundingChanges(periodId: string, take = 50): Promise<PlanChangeRow[]> {
  const rows = await db.planChange.findMany({ where: { periodId, field: { in: [...FUNDING_FIELDS] } }, orderBy: [{ at: "desc" }, { id: "asc" }], take, select });
  return rows.map(toRow);
}

export const HISTORY_PAGE_SIZE = 200;
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const historyParams = z.object({ zeitraum: z.preprocess(one, z.uuid().optional()).catch(undefined) });

export type PlanHistory = { periods: PeriodChoice[]; period: PeriodChoice | null; rows: PlanChangeRow[] };

/**
 * The history page: a period's changes newest first (default: the current period), with the
 * Mikroprojekte that fall in it. Reading needs planning:read; null if the period asked for does not exist.
 */
export async function getPlanHistory(actor: Actor | null, rawParams: unknown): Promise<PlanHistory | null> {
  assertCan(actor, "planning:read");
  const { zeitraum } = historyParams.parse(rawParams ?? {});
  const { periods, period } = await resolvePeriod(zeitraum);
  if (zeitraum && !period) return null;
  if (!period) return { periods, period, rows: [] };
  const rows = await db.planChange.findMany({ where: { periodId: period.id }, orderBy: [{ at: "desc" }, { id: "asc" }], take: HISTORY_PAGE_SIZE, select });
  return { periods, period, rows: rows.map(toRow) };
}
