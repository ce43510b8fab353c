import "server-only";
import { assertCan, type Actor } from "../authz";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { label } from "../offers/queries";
import { cellParamsSchema, type CellParams } from "./params";
import type { ScenarioDelta } from "../scenarios/delta";
import { assignedOffersCte, axisTermsCte } from "./sql";

// The offers behind one matrix cell, counted by the same rules as the matrix. Name and provider
// only: no address is read at all, so an offer with a hidden address is listed by name like any other.

/** A hypothetical offer of a scenario has no provider and no public page (id: its scenario item). */
export type CellOffer = { id: string; name: string; organizationName: string | null; hypothetical: boolean };
export type CellOffers = {
  params: CellParams;
  /** The Planungsraum's name; null for the special rows (stadtweit, regional, ohne) or an unknown code. */
  areaName: string | null;
  columnName: string | null;
  offers: CellOffer[];
  truncated: boolean;
};

const CELL_LIMIT = 200;

/** With `scenario`: its removed offers left out, its hypothetical ones listed (and marked) too. */
export async function listCellOffers(actor: Actor | null, rawParams: unknown, locale = "de", scenario?: ScenarioDelta): Promise<CellOffers> {
  assertCan(actor, "planning:read");
  const params = cellParamsSchema.parse(rawParams ?? {});
  const [area, term] = await Promise.all([
    params.raum ? db.planningArea.findUnique({ where: { code: params.raum }, select: { name: true } }) : null,
    params.begriff ? db.taxonomyTerm.findFirst({ where: { code: params.begriff, taxonomy: { key: params.achse } }, select: { name: true, labels: true } }) : null,
  ]);
  const names = { areaName: area?.name ?? null, columnName: term ? label(term, locale) : null };
  if (!params.raum) return { params, ...names, offers: [], truncated: false };
  // Without a column: every offer of the row.
  const column = params.begriff
    ? Prisma.sql`and exists (select 1 from col c where c.id = a.id and c.term_code = ${params.begriff})`
    : Prisma.empty;
  const what = scenario && { delta: scenario, axis: params.achse };
  const hypothetical = what
    ? Prisma.sql`union all
      select h.key, coalesce(h.name, ''), null, true from assigned a join hypo h on h.id = a.id where a.row_key = ${params.raum} ${column}`
    : Prisma.empty;
  const rows = await db.$queryRaw<CellOffer[]>(Prisma.sql`
    with ${assignedOffersCte(params, what)}, ${axisTermsCte(params.achse, what)}
    select * from (
      select s.id::text as id, s.name, org.name as "organizationName", false as hypothetical
      from assigned a join "Service" s on s.id = a.id join "Organization" org on org.id = s."organizationId"
      where a.row_key = ${params.raum} ${column}
      ${hypothetical}
    ) x
    order by x.hypothetical desc, x.name, x.id
    limit ${CELL_LIMIT + 1}`);
  return { params, ...names, offers: rows.slice(0, CELL_LIMIT), truncated: rows.length > CELL_LIMIT };
}
