// Demo need data for the six provisional Planungsräume: population 2019-2024 by age band,
// households by type and four need indicators per year. All of it is invented (isDemo, source
// DEMO_SOURCE) and derived deterministically from each area's 2023 figures in planning-areas.ts,
// so re-running the seed writes the same numbers. Only the city totals are anchored in facts
// (41,806 residents end of 2021, 42,817 end of 2023; eisenach-facts.json). Nord is deliberately
// the area with the highest SGB-II rate and most children in Hilfen zur Erziehung, so planners'
// gap views have something to show.
import type { Tx } from "../../server/db";
import type { HouseholdType } from "../../server/generated/prisma/enums";
import { AGE_BANDS, indicators, planningAreas, POPULATION_SOURCE, POPULATION_YEAR, type IndicatorKey, type SeedPlanningArea } from "./planning-areas";

export const DEMO_SOURCE = "Demo-Daten (erfunden)";
export const DEMO_YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const;

/** City-wide change against 2023 (2021: 41,806 per the facts file; 2022 refugees from Ukraine). */
const POPULATION_TREND: Record<number, number> = { 2019: 0.985, 2020: 0.979, 2021: 0.9764, 2022: 0.989, 2023: 1, 2024: 1.004 };
/** Ageing: per year before/after 2023, older bands grow and children's bands shrink a little. */
const AGEING_PER_YEAR = [-0.012, -0.008, -0.004, -0.006, 0, -0.002, 0.006, 0.018];

export type DemoPopulation = { code: string; year: number; ageFrom: number; ageTo: number | null; count: number };
export type DemoHouseholds = { code: string; year: number; type: HouseholdType; count: number };
export type DemoIndicatorValue = { code: string; year: number; key: DemoIndicatorKey; value: number };
export type DemoIndicatorKey = IndicatorKey | "hilfen_zur_erziehung";

export const HILFEN_ZUR_ERZIEHUNG = {
  key: "hilfen_zur_erziehung" as const,
  name: "Kinder in Hilfen zur Erziehung",
  unit: "je 1.000 unter 18",
  description: "Kinder und Jugendliche unter 18 Jahren in Hilfen zur Erziehung (SGB VIII §§ 27 ff.) je 1.000 Gleichaltrige.",
  source: "Demo-Werte (keine amtliche Statistik); echte Werte: Jugendamt / TLS Kinder- und Jugendhilfestatistik",
};
const HZE_2023: Record<string, number> = { innenstadt: 31.5, nord: 48.2, oststadt: 38.7, suedstadt: 12.4, weststadt: 29.8, ortsteile: 11.6 };

/** Change of each indicator against 2023 (SGB II fell until 2021, rose with 2022's refugees; care needs grow). */
const INDICATOR_TREND: Record<DemoIndicatorKey, Record<number, number>> = {
  sgb2_quote: { 2019: 1.09, 2020: 1.07, 2021: 0.97, 2022: 1.04, 2023: 1, 2024: 0.98 },
  alleinerziehende: { 2019: 0.96, 2020: 0.97, 2021: 0.98, 2022: 0.99, 2023: 1, 2024: 1.01 },
  pflegebeduerftige: { 2019: 0.84, 2020: 0.88, 2021: 0.92, 2022: 0.96, 2023: 1, 2024: 1.04 },
  hilfen_zur_erziehung: { 2019: 0.93, 2020: 0.95, 2021: 1.02, 2022: 1.01, 2023: 1, 2024: 1.03 },
};

function population(area: SeedPlanningArea, year: number): number[] {
  if (year === POPULATION_YEAR) return area.population2023; // keeps the verified 2023 total exact
  const years = year - POPULATION_YEAR;
  return area.population2023.map((n, i) => Math.round(n * POPULATION_TREND[year] * (1 + AGEING_PER_YEAR[i] * years)));
}

export function demoPopulation(): DemoPopulation[] {
  return planningAreas.flatMap((a) =>
    DEMO_YEARS.flatMap((year) => population(a, year).map((count, i) => ({ code: a.code, year, ageFrom: AGE_BANDS[i][0], ageTo: AGE_BANDS[i][1], count }))),
  );
}

/** Households from the population: smaller households in the centre, families in the Ortsteile. */
export function demoHouseholds(): DemoHouseholds[] {
  const size: Record<string, number> = { innenstadt: 1.62, nord: 1.84, oststadt: 1.78, suedstadt: 1.9, weststadt: 1.75, ortsteile: 2.15 };
  return planningAreas.flatMap((a) =>
    DEMO_YEARS.flatMap((year) => {
      const bands = population(a, year);
      const total = bands.reduce((s, n) => s + n, 0);
      const under18 = bands.slice(0, 4).reduce((s, n) => s + n, 0);
      const over65 = bands[6] + bands[7];
      const households = Math.round(total / size[a.code]);
      const withChildren = Math.round(under18 / 1.65);
      const singleParentShare = a.indicators2023.alleinerziehende * INDICATOR_TREND.alleinerziehende[year];
      const counts: Record<HouseholdType, number> = {
        TOTAL: households,
        SINGLE_PERSON: Math.round(households * (0.86 - 0.2 * size[a.code])),
        WITH_CHILDREN: withChildren,
        SINGLE_PARENT: Math.round((withChildren * singleParentShare) / 100),
        SENIOR_ALONE: Math.round(over65 * 0.34),
      };
      return (Object.entries(counts) as [HouseholdType, number][]).map(([type, count]) => ({ code: a.code, year, type, count }));
    }),
  );
}

export function demoIndicatorValues(): DemoIndicatorValue[] {
  return planningAreas.flatMap((a) =>
    DEMO_YEARS.flatMap((year) => {
      const base: Record<DemoIndicatorKey, number> = { ...a.indicators2023, hilfen_zur_erziehung: HZE_2023[a.code] };
      return (Object.keys(INDICATOR_TREND) as DemoIndicatorKey[]).map((key) => {
        const raw = base[key] * INDICATOR_TREND[key][year];
        // Persons are whole numbers; rates keep one decimal.
        const value = key === "pflegebeduerftige" ? Math.round(raw) : Math.round(raw * 10) / 10;
        return { code: a.code, year, key, value };
      });
    }),
  );
}

async function seedIndicators(tx: Tx, areaIds: Map<string, string>) {
  const indicatorIds = new Map<string, string>();
  for (const ind of [...indicators, HILFEN_ZUR_ERZIEHUNG]) {
    const { key, ...fields } = ind;
    const indicator = await tx.indicator.upsert({ where: { key }, create: { key, ...fields }, update: fields });
    indicatorIds.set(key, indicator.id);
  }
  for (const v of demoIndicatorValues()) {
    const key = { indicatorId: indicatorIds.get(v.key)!, planningAreaId: areaIds.get(v.code)!, year: v.year };
    const fields = { value: v.value, isDemo: true, source: DEMO_SOURCE };
    await tx.indicatorValue.upsert({ where: { indicatorId_planningAreaId_year: key }, create: { ...key, ...fields }, update: fields });
  }
}

/** Demo population 2019-2024, households and indicators; 2023 keeps the verified total. */
export async function seedNeedData(tx: Tx, areaIds: Map<string, string>) {
  for (const p of demoPopulation()) {
    const key = { planningAreaId: areaIds.get(p.code)!, year: p.year, ageFrom: p.ageFrom };
    const source = p.year === POPULATION_YEAR ? POPULATION_SOURCE : DEMO_SOURCE;
    const fields = { ageTo: p.ageTo, count: p.count, isDemo: true, source };
    await tx.populationFigure.upsert({ where: { planningAreaId_year_ageFrom: key }, create: { ...key, ...fields }, update: fields });
  }
  for (const h of demoHouseholds()) {
    const key = { planningAreaId: areaIds.get(h.code)!, year: h.year, type: h.type };
    const fields = { count: h.count, isDemo: true, source: DEMO_SOURCE };
    await tx.householdFigure.upsert({ where: { planningAreaId_year_type: key }, create: { ...key, ...fields }, update: fields });
  }
  await seedIndicators(tx, areaIds);
}
