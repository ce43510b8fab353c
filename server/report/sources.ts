import "server-only";
import { db } from "../db";
import type { AreaNeedData } from "../need-data/overview";

// The data sources the committee report names: where the population, household and indicator
// figures come from (each figure keeps its own source), the plan's decision and the sources of its
// measures. The catalogue itself ("Angebotskatalog, Stand <Stichtag>") is added where it is shown.

export type SourceLine = { year: number | null; sources: string[]; isDemo: boolean };
export type ReportSources = {
  population: SourceLine;
  households: SourceLine;
  indicators: (SourceLine & { name: string })[];
  /** The period's decision (e.g. the council's resolution). */
  plan: string | null;
  /** Every source a measure of the period names, once. */
  measures: string[];
};

/** Distinct sources of some figures; a figure may join several deliveries with "; " (server/need-data/overview.ts). */
function line(figures: { year: number; source: string | null; isDemo: boolean }[], year: number | null): SourceLine {
  const sources = new Set(figures.flatMap((f) => (f.source ? f.source.split("; ") : [])));
  return { year, sources: [...sources].sort(), isDemo: figures.some((f) => f.isDemo) };
}

/** The need data's sources: population of `populationYear` (the profile's year), the latest households and indicators. */
export function needDataSources(areas: AreaNeedData[], populationYear: number | null): Pick<ReportSources, "population" | "households" | "indicators"> {
  const households = areas.flatMap((a) => (a.households ? [a.households] : []));
  const indicators = new Map<string, AreaNeedData["indicators"]>();
  for (const value of areas.flatMap((a) => a.indicators)) indicators.set(value.name, [...(indicators.get(value.name) ?? []), value]);
  return {
    population: line(areas.flatMap((a) => a.population.filter((p) => p.year === populationYear)), populationYear),
    households: line(households, households.length ? Math.max(...households.map((h) => h.year)) : null),
    indicators: [...indicators].map(([name, values]) => ({ name, ...line(values, Math.max(...values.map((v) => v.year))) })),
  };
}

/** The period's own source and its measures' sources. */
export async function planSources(periodId: string | undefined): Promise<Pick<ReportSources, "plan" | "measures">> {
  if (!periodId) return { plan: null, measures: [] };
  const period = await db.planningPeriod.findUnique({ where: { id: periodId }, select: { source: true, measures: { select: { sources: true } } } });
  return { plan: period?.source ?? null, measures: [...new Set(period?.measures.flatMap((m) => m.sources) ?? [])].sort() };
}
