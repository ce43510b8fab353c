import "server-only";
// What need data the database holds per Planungsraum, for /planung/daten: every year's population
// total, the latest households and each indicator's latest value, each with its source.
import { assertCan, type Actor } from "../authz";
import { db } from "../db";
import type { HouseholdType } from "../generated/prisma/enums";

export type SourcedFigure = { year: number; source: string | null; isDemo: boolean };
export type AreaNeedData = {
  code: string;
  name: string;
  hasBoundary: boolean;
  population: (SourcedFigure & { total: number })[];
  households: (SourcedFigure & { counts: Partial<Record<HouseholdType, number>> }) | null;
  indicators: (SourcedFigure & { name: string; unit: string | null; value: number })[];
};

export async function getNeedDataOverview(actor: Actor | null): Promise<AreaNeedData[]> {
  assertCan(actor, "planning:read");
  const areas = await db.planningArea.findMany({
    orderBy: { name: "asc" },
    select: {
      code: true,
      name: true,
      polygon: true,
      population: { select: { year: true, count: true, source: true, isDemo: true }, orderBy: { year: "desc" } },
      households: { select: { year: true, type: true, count: true, source: true, isDemo: true }, orderBy: { year: "desc" } },
      indicators: {
        select: { year: true, value: true, source: true, isDemo: true, indicator: { select: { name: true, unit: true } } },
        orderBy: [{ indicator: { name: "asc" } }, { year: "desc" }],
      },
    },
  });
  return areas.map((a) => ({
    code: a.code,
    name: a.name,
    hasBoundary: a.polygon !== null,
    population: populationPerYear(a.population),
    households: latestHouseholds(a.households),
    indicators: a.indicators
      .filter((v, i, all) => i === 0 || all[i - 1].indicator.name !== v.indicator.name) // newest per indicator (ordered by year desc)
      .map((v) => ({ year: v.year, source: v.source, isDemo: v.isDemo, name: v.indicator.name, unit: v.indicator.unit, value: Number(v.value) })),
  }));
}

function populationPerYear(rows: { year: number; count: number; source: string | null; isDemo: boolean }[]) {
  const years = new Map<number, SourcedFigure & { total: number; sources: Set<string> }>();
  for (const r of rows) {
    const y = years.get(r.year) ?? { year: r.year, total: 0, source: null, isDemo: false, sources: new Set<string>() };
    y.total += r.count;
    y.isDemo ||= r.isDemo;
    if (r.source) y.sources.add(r.source);
    years.set(r.year, y);
  }
  // Bands of one year may come from different deliveries: name every source.
  return [...years.values()].map(({ sources, ...y }) => ({ ...y, source: [...sources].join("; ") || null }));
}

function latestHouseholds(rows: { year: number; type: HouseholdType; count: number; source: string | null; isDemo: boolean }[]) {
  if (rows.length === 0) return null;
  const latest = rows.filter((r) => r.year === rows[0].year);
  return {
    year: rows[0].year,
    source: [...new Set(latest.flatMap((r) => r.source ?? []))].join("; ") || null,
    isDemo: latest.some((r) => r.isDemo),
    counts: Object.fromEntries(latest.map((r) => [r.type, r.count])),
  };
}
