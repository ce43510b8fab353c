import "server-only";
import type { PublicationSource } from "../generated/prisma/client";
import { advisoryXactLock, type Tx } from "../db";
import { PUBLICATION_LOCK } from "../../search/locks";
import { OUTBOX_CHANNEL } from "./publish";
import { childRows, locationRows, serviceFields, versionSnapshot, type ResolvedReferences } from "./offer-rows";
import { offerDataSchema, TERM_FIELDS, type OfferData, type OfferDataInput } from "./schema";
import { OfferDataError } from "./store";

// Publishing offers one by one (publishOffer) costs ~25 queries an offer: 100,000 offers of a
// generated bench catalogue would take most of an hour. New offers need none of publishOffer's
// reading of the previous state (no version to lock, no rows to replace, no translation to
// compare), so this path writes the same rows for a whole batch with one statement per table.
// It only creates: an offer or a row id that exists already is an error, not an update.

/** Sequential: one transaction is one connection. */
async function resolver(tx: Tx, offers: OfferData[]) {
  const termRows = await tx.taxonomyTerm.findMany({
    where: { taxonomy: { key: { in: Object.values(TERM_FIELDS) } } },
    select: { id: true, code: true, taxonomy: { select: { key: true } } },
  });
  const terms = new Map(termRows.map((t) => [`${t.taxonomy.key}:${t.code}`, t.id]));
  const areaCodes = new Set(offers.flatMap((o) => [...o.serviceAreaCodes, ...o.locations.flatMap((l) => l.planningAreaCode ?? [])]));
  const areas = await tx.planningArea.findMany({ where: { code: { in: [...areaCodes] } }, select: { id: true, code: true } });
  const areaIds = new Map(areas.map((a) => [a.code, a.id]));
  const measureIds = [...new Set(offers.flatMap((o) => o.measureIds))];
  const measures = new Set((await tx.measure.findMany({ where: { id: { in: measureIds } }, select: { id: true } })).map((m) => m.id));

  // The same checks and errors as resolveReferences (store.ts), from the rows loaded once.
  return (data: OfferData): ResolvedReferences => {
    const termIds: string[] = [];
    for (const [field, taxonomyKey] of Object.entries(TERM_FIELDS)) {
      const codes = data[field as keyof typeof TERM_FIELDS];
      const missing = codes.filter((c) => !terms.has(`${taxonomyKey}:${c}`));
      if (missing.length) throw new OfferDataError(field, `unknown ${taxonomyKey} code(s): ${missing.join(", ")}`);
      // In the order the term rows come back from a query without ORDER BY, as in resolveReferences: a search document lists terms in ServiceTerm row order.
      termIds.push(...termRows.filter((t) => t.taxonomy.key === taxonomyKey && codes.includes(t.code)).map((t) => t.id));
    }
    const codes = [...data.serviceAreaCodes, ...data.locations.flatMap((l) => l.planningAreaCode ?? [])];
    const missingAreas = codes.filter((c) => !areaIds.has(c));
    if (missingAreas.length) throw new OfferDataError("planningAreaCode", `unknown Planungsraum code(s): ${missingAreas.join(", ")}`);
    if (data.measureIds.some((id) => !measures.has(id))) throw new OfferDataError("measureIds", "unknown measure id");
    return { termIds, areaIds };
  };
}

/** Throws unless every offer, place and row id in the batch is new and used once. */
async function assertNew(tx: Tx, offers: OfferData[]) {
  const ids = (rows: { id?: string }[]) => rows.flatMap((r) => r.id ?? []);
  const byTable = {
    service: offers.map((o) => o.id),
    location: offers.flatMap((o) => ids(o.locations)),
    schedule: offers.flatMap((o) => [...ids(o.schedules), ...o.locations.flatMap((l) => ids(l.schedules))]),
    phone: offers.flatMap((o) => ids(o.phones)),
    contact: offers.flatMap((o) => ids(o.contacts)),
  };
  for (const [table, list] of Object.entries(byTable)) {
    if (new Set(list).size !== list.length) throw new Error(`publishNewOffersInBulk: a ${table} id is used twice in the batch`);
  }
  const where = (list: string[]) => ({ where: { id: { in: list } } });
  const existing =
    (await tx.service.count(where(byTable.service))) +
    (await tx.location.count(where(byTable.location))) +
    (await tx.schedule.count(where(byTable.schedule))) +
    (await tx.phone.count(where(byTable.phone))) +
    (await tx.contact.count(where(byTable.contact)));
  if (existing) throw new Error("publishNewOffersInBulk: the batch names offers or rows that exist already; use publishOffer");
}

/**
 * Publishes new offers as version 1, writing the rows publishOffer writes for a new offer (the
 * offer's tables, its history snapshot and an outbox row each), in the caller's transaction.
 * Returns the ids in input order.
 */
export async function publishNewOffersInBulk(
  tx: Tx,
  inputs: OfferDataInput[],
  meta: { source: PublicationSource; actorId?: string | null },
): Promise<string[]> {
  const offers = inputs.map((input) => offerDataSchema.parse(input));
  if (offers.length === 0) return [];
  await advisoryXactLock(tx, PUBLICATION_LOCK, "shared");
  await assertNew(tx, offers);
  const refsOf = await resolver(tx, offers);
  const rows = offers.map((o) => childRows(o, refsOf(o)));
  const publishedAt = new Date();

  await tx.service.createMany({ data: offers.map((o) => ({ id: o.id, ...serviceFields(o), version: 1, publishedAt })) });
  await tx.location.createMany({ data: offers.flatMap((o) => locationRows(o, refsOf(o).areaIds)) });
  await tx.serviceAtLocation.createMany({ data: rows.flatMap((r) => r.serviceAtLocation) });
  await tx.schedule.createMany({ data: rows.flatMap((r) => r.schedule) });
  await tx.phone.createMany({ data: rows.flatMap((r) => r.phone) });
  await tx.contact.createMany({ data: rows.flatMap((r) => r.contact) });
  await tx.serviceTerm.createMany({ data: rows.flatMap((r) => r.serviceTerm) });
  await tx.serviceAreaPlanningArea.createMany({ data: rows.flatMap((r) => r.serviceAreaPlanningArea) });
  await tx.serviceMeasure.createMany({ data: rows.flatMap((r) => r.serviceMeasure) });
  await tx.serviceTranslation.createMany({ data: rows.flatMap((r) => r.serviceTranslation) });
  await tx.servicePlanning.createMany({ data: rows.flatMap((r) => r.servicePlanning) });
  await tx.serviceVersion.createMany({
    data: offers.map((o) => ({
      serviceId: o.id,
      version: 1,
      data: versionSnapshot(o),
      source: meta.source,
      actorId: meta.actorId ?? null,
      revisionId: null,
    })),
  });
  await tx.outboxEvent.createMany({ data: offers.map((o) => ({ serviceId: o.id, version: 1 })) });
  await tx.$executeRawUnsafe(`NOTIFY ${OUTBOX_CHANNEL}`);
  return offers.map((o) => o.id);
}
