import "server-only";
import type { Actor } from "../authz";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { getCoverageMatrix } from "../coverage/matrix";
import { coverageParamsSchema } from "../coverage/params";
import { assignedOffersCte } from "../coverage/sql";
import type { SnapshotContent, SnapshotMatrix, SnapshotOffer } from "./content";
import { roundFte, sortOffers } from "./matrix";
import { planOn } from "./plan-state";

// Today's published catalogue as a snapshot's content. The rows each offer counts in come from the
// coverage matrix's own SQL (assignedOffersCte, no filters), the matrix from getCoverageMatrix, so
// a snapshot counts exactly as /planung/abdeckung did that day. No address is read.

const NO_FILTERS = coverageParamsSchema.parse({});

async function currentOffers(): Promise<SnapshotOffer[]> {
  const [assigned, services] = await Promise.all([
    db.$queryRaw<{ id: string; rows: string[] }[]>(Prisma.sql`
      with ${assignedOffersCte(NO_FILTERS)}
      select a.id::text as id, array_agg(distinct a.row_key order by a.row_key) as rows from assigned a group by a.id`),
    db.service.findMany({
      where: { version: { gt: 0 }, status: "active" },
      select: {
        id: true,
        name: true,
        organization: { select: { name: true } },
        terms: { select: { term: { select: { code: true, taxonomy: { select: { key: true } } } } } },
        planning: { select: { places: true, staffFte: true, waitingTimeWeeks: true, acceptingNewClients: true } },
      },
    }),
  ]);
  const rowsOf = new Map(assigned.map((a) => [a.id, a.rows]));
  return sortOffers(services.map((s) => {
    const terms = (key: string) => s.terms.filter((t) => t.term.taxonomy.key === key).map((t) => t.term.code).sort();
    return {
      id: s.id,
      name: s.name,
      organization: s.organization.name,
      rows: rowsOf.get(s.id) ?? [],
      handlungsfelder: terms("handlungsfeld"),
      lebensphasen: terms("lebensphase"),
      angebotsarten: terms("angebotsart"),
      places: s.planning?.places ?? null,
      fte: s.planning?.staffFte == null ? null : Number(s.planning.staffFte),
      waitingWeeks: s.planning?.waitingTimeWeeks ?? null,
      acceptingNewClients: s.planning?.acceptingNewClients ?? null,
    };
  }));
}

async function currentMatrix(actor: Actor): Promise<SnapshotMatrix> {
  const m = await getCoverageMatrix(actor, {});
  return {
    columns: m.columns.map((c) => ({ code: c.code, name: c.name })),
    rows: m.rows.map((r) => ({ key: r.key, name: r.name, kind: r.kind, cells: r.cells.map((c) => ({ offers: c.offers, places: c.places, fte: roundFte(c.fte) })) })),
  };
}

/** The content of a snapshot frozen now, `today` being the Stichtag (the plan period running then). */
export async function currentContent(actor: Actor, today: string): Promise<SnapshotContent> {
  const [offers, matrix, plan] = await Promise.all([currentOffers(), currentMatrix(actor), planOn(today)]);
  return { offers, matrix, plan, missing: [] };
}
