import "server-only";
import { z } from "zod";
import { assertCan, NotFoundError } from "../authz";
import { db, type Tx } from "../db";
import type { PlanEntity } from "../generated/prisma/enums";
import { assertPeriod } from "./editing-items";
import { parseForm, recordId, retireSchema, type ErrorCode } from "./editing-schema";
import { measureSubject, recordChange, type Editor } from "./history";
import { indicatorOrder, measureOrder } from "./tree";

// Moving an item up or down among its current siblings, retiring it (it leaves the current plan
// but stays in its period and the history) and restoring it. A Ziel with current Unterziele, or an
// Unterziel with current measures, is not retired (they would hang under nothing); an item under
// a retired parent is not restored (it would show in the wrong place).

export const PLAN_ITEM_KINDS = ["goal", "subGoal", "measure", "indicator"] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];
export const kindSchema = z.enum(PLAN_ITEM_KINDS);

/** Where an item sits: what its page needs to lead back to it. */
export type ItemPlace = { kind: PlanItemKind; id: string; periodId: string; goalId?: string; measureId?: string };
/** Done, or refused with the reason; either way where the item is. */
export type ItemResult = { place: ItemPlace; refused?: ErrorCode };
type Found = ItemPlace & { subject: string; retiredAt: Date | null; parentRetired: boolean };
type Sibling = { id: string; sortOrder: number };

const ORDER = { sortOrder: "asc" as const };
const retiredFields = { retiredAt: true, retiredReason: true } as const;

/** Per kind: find the item in the period, its current siblings in the plan's order, its current children, and the writes. */
const KINDS: Record<
  PlanItemKind,
  {
    entity: PlanEntity;
    find: (tx: Tx, id: string, periodId: string) => Promise<Found | null>;
    siblings: (tx: Tx, item: Found) => Promise<Sibling[]>;
    children: (tx: Tx, id: string) => Promise<number>;
    write: (tx: Tx, id: string, data: { sortOrder?: number; retiredAt?: Date | null; retiredReason?: string | null }) => Promise<unknown>;
  }
> = {
  goal: {
    entity: "GOAL",
    find: async (tx, id, periodId) => {
      const g = await tx.goal.findFirst({ where: { id, periodId }, select: { id: true, title: true, ...retiredFields } });
      return g && { kind: "goal", id, periodId, goalId: id, subject: g.title, retiredAt: g.retiredAt, parentRetired: false };
    },
    siblings: async (tx, item) => {
      const { handlungsfeldId } = await tx.goal.findUniqueOrThrow({ where: { id: item.id }, select: { handlungsfeldId: true } });
      return tx.goal.findMany({ where: { periodId: item.periodId, handlungsfeldId, retiredAt: null }, orderBy: [ORDER, { title: "asc" }], select: { id: true, sortOrder: true } });
    },
    children: (tx, id) => tx.subGoal.count({ where: { goalId: id, retiredAt: null } }),
    write: (tx, id, data) => tx.goal.update({ where: { id }, data }),
  },
  subGoal: {
    entity: "SUB_GOAL",
    find: async (tx, id, periodId) => {
      const s = await tx.subGoal.findFirst({ where: { id, goal: { periodId } }, select: { id: true, title: true, goalId: true, ...retiredFields, goal: { select: { retiredAt: true } } } });
      return s && { kind: "subGoal", id, periodId, goalId: s.goalId, subject: s.title, retiredAt: s.retiredAt, parentRetired: s.goal.retiredAt !== null };
    },
    siblings: (tx, item) => tx.subGoal.findMany({ where: { goalId: item.goalId, retiredAt: null }, orderBy: [ORDER, { title: "asc" }], select: { id: true, sortOrder: true } }),
    children: (tx, id) => tx.measure.count({ where: { subGoalId: id, retiredAt: null } }),
    write: (tx, id, data) => tx.subGoal.update({ where: { id }, data }),
  },
  measure: {
    entity: "MEASURE",
    find: async (tx, id, periodId) => {
      const m = await tx.measure.findFirst({ where: { id, periodId }, select: { id: true, code: true, title: true, ...retiredFields, subGoal: { select: { retiredAt: true } } } });
      return m && { kind: "measure", id, periodId, measureId: id, subject: measureSubject(m), retiredAt: m.retiredAt, parentRetired: !!m.subGoal?.retiredAt };
    },
    siblings: async (tx, item) => {
      const { handlungsfeldId, subGoalId } = await tx.measure.findUniqueOrThrow({ where: { id: item.id }, select: { handlungsfeldId: true, subGoalId: true } });
      return tx.measure.findMany({ where: { periodId: item.periodId, handlungsfeldId, subGoalId, retiredAt: null }, orderBy: measureOrder, select: { id: true, sortOrder: true } });
    },
    // Indicators retire with their measure (hidden with it), so they never block it.
    children: async () => 0,
    write: (tx, id, data) => tx.measure.update({ where: { id }, data }),
  },
  indicator: {
    entity: "INDICATOR",
    find: async (tx, id, periodId) => {
      const i = await tx.measureIndicator.findFirst({
        where: { id, measure: { periodId } },
        select: { id: true, statement: true, measureId: true, ...retiredFields, measure: { select: { code: true, title: true, retiredAt: true } } },
      });
      return i && { kind: "indicator", id, periodId, measureId: i.measureId, subject: `${measureSubject(i.measure)}: ${i.statement}`, retiredAt: i.retiredAt, parentRetired: i.measure.retiredAt !== null };
    },
    siblings: (tx, item) => tx.measureIndicator.findMany({ where: { measureId: item.measureId, retiredAt: null }, orderBy: indicatorOrder, select: { id: true, sortOrder: true } }),
    children: async () => 0,
    write: (tx, id, data) => tx.measureIndicator.update({ where: { id }, data }),
  },
};

type Input = Record<string, unknown>;

/** Checks permission, kind, period and item (a forged id or one of another period is "not found"), then runs `change`. */
async function withItem<T>(actor: Editor | null, input: Input, change: (tx: Tx, item: Found, editor: Editor) => Promise<T>): Promise<T> {
  assertCan(actor, "plan:edit");
  const kind = kindSchema.safeParse(input.kind);
  if (!kind.success) throw new NotFoundError("plan item kind");
  const id = recordId(input.id, kind.data);
  return db.$transaction(async (tx) => {
    const periodId = await assertPeriod(tx, input.periodId);
    const item = await KINDS[kind.data].find(tx, id, periodId);
    if (!item) throw new NotFoundError(kind.data);
    return change(tx, item, actor);
  });
}

const place = ({ kind, id, periodId, goalId, measureId }: Found): ItemPlace => ({ kind, id, periodId, goalId, measureId });
const changedItem = (item: Found) => ({ periodId: item.periodId, entity: KINDS[item.kind].entity, entityId: item.id, subject: item.subject });

/** Moves a current item one place up or down among its current siblings; at either end nothing changes. */
export async function moveItem(actor: Editor | null, input: Input): Promise<ItemResult> {
  const direction = input.direction === "up" ? -1 : input.direction === "down" ? 1 : null;
  if (direction === null) throw new NotFoundError("direction");
  return withItem(actor, input, async (tx, item, editor): Promise<ItemResult> => {
    const siblings = await KINDS[item.kind].siblings(tx, item);
    const from = siblings.findIndex((s) => s.id === item.id);
    const to = from + direction;
    if (from < 0 || to < 0 || to >= siblings.length) return { place: place(item) };
    const order = siblings.map((s) => s.id);
    [order[from], order[to]] = [order[to], order[from]];
    // Renumber the whole list: rows that tie (all 0 from the seed) get a place of their own.
    for (const [i, id] of order.entries()) if (siblings.find((s) => s.id === id)!.sortOrder !== i) await KINDS[item.kind].write(tx, id, { sortOrder: i });
    await recordChange(tx, editor, changedItem(item), "MOVE", [{ field: "position", oldValue: String(from + 1), newValue: String(to + 1) }]);
    return { place: place(item) };
  });
}

/** Retires a current item with an optional reason; refused ("hasCurrentItems") while current items hang under it. */
export async function retireItem(actor: Editor | null, input: Input): Promise<ItemResult> {
  const form = parseForm(retireSchema, input);
  return withItem(actor, input, async (tx, item, editor): Promise<ItemResult> => {
    if (!form.ok) return { place: place(item), refused: Object.values(form.errors)[0] };
    if (item.retiredAt) return { place: place(item) };
    if ((await KINDS[item.kind].children(tx, item.id)) > 0) return { place: place(item), refused: "hasCurrentItems" };
    const reason = form.data.reason;
    await KINDS[item.kind].write(tx, item.id, { retiredAt: new Date(), retiredReason: reason });
    await recordChange(tx, editor, changedItem(item), "RETIRE", reason ? [{ field: "retiredReason", oldValue: null, newValue: reason }] : []);
    return { place: place(item) };
  });
}

/** Brings a retired item back into the plan, at the end of its siblings; refused ("parentRetired") under a retired parent. */
export async function restoreItem(actor: Editor | null, input: Input): Promise<ItemResult> {
  return withItem(actor, input, async (tx, item, editor): Promise<ItemResult> => {
    if (!item.retiredAt) return { place: place(item) };
    if (item.parentRetired) return { place: place(item), refused: "parentRetired" };
    const siblings = await KINDS[item.kind].siblings(tx, item);
    const sortOrder = siblings.reduce((max, s) => Math.max(max, s.sortOrder + 1), 0);
    await KINDS[item.kind].write(tx, item.id, { retiredAt: null, retiredReason: null, sortOrder });
    await recordChange(tx, editor, changedItem(item), "RESTORE");
    return { place: place(item) };
  });
}
