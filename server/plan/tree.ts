import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

// The plan's own layout: Handlungsfeld -> Ziel -> Unterziel -> Maßnahme. Shared by the planners'
// view and the public plan page, which load different fields of the same measures. Public records
// rarely name a measure's Ziel and Unterziel, so measures without one close their Handlungsfeld
// in a group of their own (goal and subGoal null).

export type HandlungsfeldRef = { id: string; code: string; name: string };
export type GoalRef = { id: string; title: string; handlungsfeldId: string; retired?: boolean; subGoals: { id: string; title: string; retired?: boolean }[] };
type Placed = { handlungsfeldId: string; subGoalId: string | null };

export type SubGoalGroup<M> = { subGoal: { id: string; title: string; retired?: boolean } | null; measures: M[] };
export type GoalGroup<M> = { goal: { id: string; title: string; retired?: boolean } | null; subGoals: SubGoalGroup<M>[] };
export type FieldSection<M> = { handlungsfeld: HandlungsfeldRef; goals: GoalGroup<M>[] };

/**
 * The measures (in the order given) under their Handlungsfeld, Ziel and Unterziel, in the order of
 * `fields` and `goals`. Fields, goals and sub-goals without a measure are left out.
 */
export function groupMeasures<M extends Placed>(fields: HandlungsfeldRef[], goals: GoalRef[], measures: M[]): FieldSection<M>[] {
  const bySubGoal = new Map<string, M[]>();
  const loose = new Map<string, M[]>();
  const subGoalField = new Map(goals.flatMap((g) => g.subGoals.map((s) => [s.id, g.handlungsfeldId] as const)));
  for (const m of measures) {
    // A measure under a Ziel of another Handlungsfeld stays in its own field, without the Ziel.
    const placed = m.subGoalId !== null && subGoalField.get(m.subGoalId) === m.handlungsfeldId;
    const [map, key] = placed ? [bySubGoal, m.subGoalId!] : [loose, m.handlungsfeldId];
    map.set(key, [...(map.get(key) ?? []), m]);
  }
  return fields.flatMap((field) => {
    const groups: GoalGroup<M>[] = goals
      .filter((g) => g.handlungsfeldId === field.id)
      .map((g) => ({
        goal: { id: g.id, title: g.title, retired: g.retired },
        subGoals: g.subGoals.flatMap((s) => (bySubGoal.has(s.id) ? [{ subGoal: s, measures: bySubGoal.get(s.id)! }] : [])),
      }))
      .filter((g) => g.subGoals.length > 0);
    const rest = loose.get(field.id);
    if (rest) groups.push({ goal: null, subGoals: [{ subGoal: null, measures: rest }] });
    return groups.length > 0 ? [{ handlungsfeld: field, goals: groups }] : [];
  });
}

/** Current items only, or (a planner's "zurückgezogene anzeigen") retired ones too. */
export const current = (withRetired = false) => (withRetired ? {} : { retiredAt: null });
const marked = <T extends { retiredAt: Date | null }>({ retiredAt, ...rest }: T) => ({ ...rest, retired: retiredAt !== null });

/** The goals of a period with their sub-goals, in the plan's order; retired ones only if asked for. */
export async function listGoals(periodId: string, withRetired = false): Promise<GoalRef[]> {
  const goals = await db.goal.findMany({
    where: { periodId, ...current(withRetired) },
    orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      handlungsfeldId: true,
      retiredAt: true,
      subGoals: { where: current(withRetired), select: { id: true, title: true, retiredAt: true }, orderBy: [{ sortOrder: "asc" }, { title: "asc" }] },
    },
  });
  return goals.map((g) => ({ ...marked(g), subGoals: g.subGoals.map(marked) }));
}

/** The plan's order of measures within a sub-goal: the planners' order, then code and title. */
export const measureOrder: Prisma.MeasureOrderByWithRelationInput[] = [{ sortOrder: "asc" }, { code: "asc" }, { title: "asc" }];
/** The plan's order of a measure's indicators. */
export const indicatorOrder: Prisma.MeasureIndicatorOrderByWithRelationInput[] = [{ sortOrder: "asc" }, { statement: "asc" }];

/** The columns of a measure that both the planners' and the public plan show (the public adds nothing internal). */
export const measureColumns = {
  id: true,
  code: true,
  title: true,
  timeframe: true,
  status: true,
  isDemo: true,
  handlungsfeldId: true,
  subGoalId: true,
} as const satisfies Prisma.MeasureSelect;
