import "server-only";
import type { Actor } from "../authz";
import { getScenarioDelta } from "../scenarios/queries";
import { gapParamsSchema } from "./params";
import { getGapRanking, type GapRanking } from "./ranking";

// The ranking with ?szenario=ID: the scenario's ranking, plus today's rank and score of each cell
// for the comparison on the page and in the CSV. A malformed or unknown id: NotFoundError (404).

export type TodayRanks = Map<string, { rank: number | null; score: number | null }>;
export type ScenarioRanking = { ranking: GapRanking; scenario: { id: string; name: string; today: TodayRanks } | null };

export const cellKey = (c: { areaCode: string; termCode: string }) => `${c.areaCode}\u0000${c.termCode}`;

export async function getGapRankingWithScenario(actor: Actor | null, raw: Record<string, unknown>, locale = "de"): Promise<ScenarioRanking> {
  const wanted = gapParamsSchema.parse(raw).szenario;
  if (!wanted) return { ranking: await getGapRanking(actor, raw, locale), scenario: null };
  const scenario = await getScenarioDelta(actor, wanted);
  const [ranking, today] = await Promise.all([getGapRanking(actor, raw, locale, scenario.delta), getGapRanking(actor, raw, locale)]);
  return {
    ranking,
    scenario: { id: scenario.id, name: scenario.name, today: new Map(today.cells.map((c) => [cellKey(c), { rank: c.rank, score: c.score }])) },
  };
}
