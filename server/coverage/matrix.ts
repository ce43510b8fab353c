import "server-only";
import { assertCan, type Actor } from "../authz";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { label } from "../offers/queries";
import type { ScenarioDelta } from "../scenarios/delta";
import { coverageParamsSchema, type CoverageParams } from "./params";
import { assignedOffersCte, axisTermsCte } from "./sql";

// The coverage matrix: Planungsraum x term of one axis. PostgreSQL counts (two set-based queries,
// no offer is loaded into Node); here only the few dozen aggregated cells are put together and
// the gaps flagged against the city's rate.

export type GapKind = "none" | "below";
export type CoverageCell = {
  offers: number;
  /** Sum over the offers that state it; null when none does. */
  places: number | null;
  placesMissing: number;
  fte: number | null;
  fteMissing: number;
  /** Residents of the column's age band (latest year); null when unknown or not applicable. */
  residents: number | null;
  offersPer1000: number | null;
  placesPer1000: number | null;
  ftePer1000: number | null;
  gap: GapKind | null;
};
export type CoverageRowKind = "area" | "stadtweit" | "regional" | "ohne";
export type CoverageRow = { key: string; name: string; kind: CoverageRowKind; cells: CoverageCell[] };
export type CoverageColumn = { code: string; name: string; ageFrom: number | null; ageTo: number | null };
export type CoverageMatrix = {
  params: CoverageParams;
  year: number | null;
  columns: CoverageColumn[];
  rows: CoverageRow[];
  /** Per column: offers per 1,000 residents over all Planungsräume (local offers only). */
  cityRates: (number | null)[];
};

type CellRow = { row_key: string; term_code: string; offers: number; places: number | null; places_known: number; fte: number | null; fte_known: number };
type PopulationRow = { area_code: string; term_code: string; residents: number; year: number };

const per1000 = (value: number | null, residents: number | null) => (value === null || !residents ? null : (value * 1000) / residents);

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- placeholder until the what-if helper implements it
export async function getCoverageMatrix(actor: Actor | null, rawParams: unknown, locale = "de", _scenario?: ScenarioDelta): Promise<CoverageMatrix> {
  assertCan(actor, "planning:read");
  const params = coverageParamsSchema.parse(rawParams ?? {});
  const [cellRows, populationRows, areas, terms] = await Promise.all([
    db.$queryRaw<CellRow[]>(Prisma.sql`
      with ${assignedOffersCte(params)}, ${axisTermsCte(params.achse)}
      select a.row_key, c.term_code, count(*)::int as offers,
             sum(p.places)::int as places, count(p.places)::int as places_known,
             sum(p."staffFte")::float8 as fte, count(p."staffFte")::int as fte_known
      from assigned a join col c on c.id = a.id left join "ServicePlanning" p on p."serviceId" = a.id
      group by a.row_key, c.term_code`),
    // Residents per area and column in the latest year: a life phase counts the figures whose age
    // band lies inside its target band (LifePhaseTarget); every other axis the whole population.
    db.$queryRaw<PopulationRow[]>(Prisma.sql`
      with yr as (select max(year) as year from "PopulationFigure"),
      band as (
        select t.code,
               case when ${params.achse} = 'lebensphase' then lt."ageFrom" else 0 end as age_from,
               case when ${params.achse} = 'lebensphase' then lt."ageTo" else null end as age_to
        from "TaxonomyTerm" t join "Taxonomy" x on x.id = t."taxonomyId" left join "LifePhaseTarget" lt on lt."termId" = t.id
        where x.key = ${params.achse}
      )
      select pa.code as area_code, b.code as term_code, sum(pf.count)::int as residents, max(pf.year)::int as year
      from band b join "PopulationFigure" pf on pf.year = (select year from yr)
        and pf."ageFrom" >= b.age_from and (b.age_to is null or (pf."ageTo" is not null and pf."ageTo" <= b.age_to))
        join "PlanningArea" pa on pa.id = pf."planningAreaId"
      group by pa.code, b.code`),
    db.planningArea.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    db.taxonomyTerm.findMany({
      where: { taxonomy: { key: params.achse } },
      select: { code: true, name: true, labels: true, lifePhase: { select: { ageFrom: true, ageTo: true } } },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    }),
  ]);

  const columns: CoverageColumn[] = terms.map((t) => {
    const band = params.achse === "lebensphase" ? t.lifePhase : null;
    return { code: t.code, name: label(t, locale), ageFrom: band?.ageFrom ?? null, ageTo: band?.ageTo ?? null };
  });
  const cellOf = new Map(cellRows.map((c) => [`${c.row_key}\u0000${c.term_code}`, c]));
  const residentsOf = new Map(populationRows.map((p) => [`${p.area_code}\u0000${p.term_code}`, p.residents]));
  const cityResidents = columns.map((c) => {
    const values = areas.flatMap((a) => residentsOf.get(`${a.code}\u0000${c.code}`) ?? []);
    return values.length ? values.reduce((x, y) => x + y, 0) : null;
  });

  const buildRow = (key: string, name: string, kind: CoverageRowKind): CoverageRow => ({
    key,
    name,
    kind,
    cells: columns.map((col, i) => {
      const c = cellOf.get(`${key}\u0000${col.code}`);
      const offers = c?.offers ?? 0;
      const residents = kind === "area" ? (residentsOf.get(`${key}\u0000${col.code}`) ?? null) : kind === "stadtweit" ? cityResidents[i] : null;
      const places = c && c.places_known > 0 ? c.places : null;
      const fte = c && c.fte_known > 0 ? c.fte : null;
      return {
        offers,
        places,
        placesMissing: offers - (c?.places_known ?? 0),
        fte,
        fteMissing: offers - (c?.fte_known ?? 0),
        residents,
        offersPer1000: per1000(offers, residents),
        placesPer1000: per1000(places, residents),
        ftePer1000: per1000(fte, residents),
        gap: null,
      };
    }),
  });

  const areaRows = areas.map((a) => buildRow(a.code, a.name, "area"));
  const cityRates = columns.map((_, i) => {
    const offers = areaRows.reduce((sum, r) => sum + (r.cells[i].residents ? r.cells[i].offers : 0), 0);
    return per1000(offers, cityResidents[i]);
  });
  // A gap: no local offer at all, or a rate below the planner's share of the city's rate.
  for (const row of areaRows)
    row.cells.forEach((cell, i) => {
      const limit = cityRates[i] === null ? null : (cityRates[i]! * params.schwelle) / 100;
      if (cell.offers === 0) cell.gap = "none";
      else if (limit !== null && cell.offersPer1000 !== null && cell.offersPer1000 < limit) cell.gap = "below";
    });

  const special: CoverageRow[] = [buildRow("stadtweit", "stadtweit", "stadtweit"), buildRow("regional", "regional", "regional")];
  const unassigned = buildRow("ohne", "ohne", "ohne");
  if (unassigned.cells.some((c) => c.offers > 0)) special.push(unassigned);
  const year = populationRows.length ? Math.max(...populationRows.map((p) => p.year)) : null;
  return { params, year, columns, rows: [...areaRows, ...special], cityRates };
}
