import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db";
import { offerDataSchema, TERM_FIELDS, type OfferData } from "./schema";
import { childRows, locationRows, serviceFields } from "./offer-rows";

// Moves an offer between its document form (OfferData) and the normalised tables that hold the
// published version. Only publish.ts writes; drafts never touch these tables.

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

async function termIdsByCode(tx: Tx, data: OfferData) {
  const ids: string[] = [];
  for (const [field, taxonomyKey] of Object.entries(TERM_FIELDS)) {
    const codes = data[field as keyof typeof TERM_FIELDS];
    if (codes.length === 0) continue;
    const terms = await tx.taxonomyTerm.findMany({
      where: { taxonomy: { key: taxonomyKey }, code: { in: codes } },
      select: { id: true, code: true },
    });
    const missing = codes.filter((c) => !terms.some((t) => t.code === c));
    if (missing.length) throw new OfferDataError(field, `unknown ${taxonomyKey} code(s): ${missing.join(", ")}`);
    ids.push(...terms.map((t) => t.id));
  }
  return ids;
}

async function planningAreaIds(tx: Tx, codes: string[], field: string) {
  if (codes.length === 0) return new Map<string, string>();
  const areas = await tx.planningArea.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
  const missing = codes.filter((c) => !areas.some((a) => a.code === c));
  if (missing.length) throw new OfferDataError(field, `unknown Planungsraum code(s): ${missing.join(", ")}`);
  return new Map(areas.map((a) => [a.code, a.id]));
}

export class OfferDataError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/**
 * The rows `data` refers to by code or id (taxonomy terms, Planungsräume, measures); an
 * OfferDataError names the field whose reference does not exist.
 */
export async function resolveReferences(tx: Tx, data: OfferData) {
  const termIds = await termIdsByCode(tx, data);
  const areaCodes = [...new Set([...data.serviceAreaCodes, ...data.locations.flatMap((l) => l.planningAreaCode ?? [])])];
  const areaIds = await planningAreaIds(tx, areaCodes, "planningAreaCode");
  if (data.measureIds.length) {
    const found = await tx.measure.count({ where: { id: { in: data.measureIds } } });
    if (found !== new Set(data.measureIds).size) throw new OfferDataError("measureIds", "unknown measure id");
  }
  return { termIds, areaIds };
}

/** The German fields a translation renders: a change to one of them can leave a translation behind. */
const TRANSLATED_FIELDS = ["name", "description", "eligibilityDescription", "applicationProcess"] as const;
const TRANSLATION_TEXT = [...TRANSLATED_FIELDS, "feesDescription"] as const;

/**
 * outdatedSince of each translation `data` publishes: null when the translation is new, was
 * edited, or was confirmed still current (`stillCurrent`) in this publication; now when the German
 * text it renders changed and it did not; else whatever it was.
 */
async function outdatedSinceByLocale(tx: Tx, data: OfferData) {
  const before = await tx.service.findUnique({
    where: { id: data.id },
    select: { version: true, name: true, description: true, eligibilityDescription: true, applicationProcess: true, translations: true },
  });
  const result = new Map<string, Date | null>();
  if (!before || before.version === 0) return result;
  const germanChanged = TRANSLATED_FIELDS.some((f) => (before[f] ?? null) !== (data[f] ?? null));
  const now = new Date();
  for (const t of data.translations) {
    const old = before.translations.find((p) => p.locale === t.locale);
    const edited = !old || TRANSLATION_TEXT.some((f) => (old[f] ?? null) !== (t[f] ?? null));
    result.set(t.locale, edited || t.stillCurrent ? null : germanChanged ? (old.outdatedSince ?? now) : old.outdatedSince);
  }
  return result;
}

/** Replaces the stored (published) state of one offer with `data`. */
export async function writeOfferData(tx: Tx, data: OfferData) {
  const { termIds, areaIds } = await resolveReferences(tx, data);
  const core = serviceFields(data);
  // Read before the upsert and the delete below: outdatedSince compares with what was published.
  const outdatedSince = await outdatedSinceByLocale(tx, data);
  await tx.service.upsert({ where: { id: data.id }, create: { id: data.id, ...core }, update: core });

  const serviceId = data.id;
  // Sequential: one transaction is one connection, and pg queues rather than runs these in parallel.
  const where = { where: { serviceId } };
  await tx.serviceTerm.deleteMany(where);
  await tx.schedule.deleteMany(where);
  await tx.phone.deleteMany(where);
  await tx.contact.deleteMany(where);
  await tx.serviceAreaPlanningArea.deleteMany(where);
  await tx.serviceMeasure.deleteMany(where);
  await tx.serviceAtLocation.deleteMany(where);
  await tx.serviceTranslation.deleteMany(where);

  for (const { id, ...row } of locationRows(data, areaIds)) {
    await tx.location.upsert({ where: { id }, create: { id, ...row }, update: row });
  }
  const rows = childRows(data, { termIds, areaIds, outdatedSince });
  await tx.serviceAtLocation.createMany({ data: rows.serviceAtLocation });
  await tx.schedule.createMany({ data: rows.schedule });
  await tx.phone.createMany({ data: rows.phone });
  await tx.contact.createMany({ data: rows.contact });
  await tx.serviceTerm.createMany({ data: rows.serviceTerm });
  await tx.serviceAreaPlanningArea.createMany({ data: rows.serviceAreaPlanningArea });
  await tx.serviceMeasure.createMany({ data: rows.serviceMeasure });
  await tx.serviceTranslation.createMany({ data: rows.serviceTranslation });
  const [planning] = rows.servicePlanning;
  if (planning) {
    const { serviceId: _id, ...fields } = planning;
    await tx.servicePlanning.upsert({ where: { serviceId }, create: planning, update: fields });
  } else {
    await tx.servicePlanning.deleteMany({ where: { serviceId } });
  }
}

// The sets (terms, served areas, measures) in key order: without an ORDER BY PostgreSQL returns
// rows in whatever order its plan meets them, and the search document lists them as they come, so
// two reads of an unchanged offer could build different documents (tests/integration/document-order.test.ts).
export const offerInclude = {
  terms: { include: { term: { include: { taxonomy: true } } }, orderBy: { termId: "asc" as const } },
  locations: { include: { location: { include: { planningArea: true } } } },
  schedules: { orderBy: [{ weekday: "asc" as const }, { opensAt: "asc" as const }] },
  phones: true,
  contacts: true,
  serviceAreas: { include: { planningArea: true }, orderBy: { planningAreaId: "asc" as const } },
  measures: { orderBy: { measureId: "asc" as const } },
  planning: true,
  translations: { orderBy: { locale: "asc" as const } },
  organization: true,
} satisfies Prisma.ServiceInclude;

type StoredService = Prisma.ServiceGetPayload<{ include: typeof offerInclude }>;

/** The stored (published) state of one offer as OfferData, or null if there is none (yet). */
export async function readOfferData(tx: Tx, serviceId: string): Promise<OfferData | null> {
  const s = await tx.service.findUnique({ where: { id: serviceId }, include: offerInclude });
  // Version 0: created in the catalogue but never published (a new offer waiting for its first review).
  return s && s.version > 0 ? toOfferData(s) : null;
}

/**
 * The stored states of several published offers in one query per table, in the order of
 * `serviceIds` (unknown or unpublished ids are left out). For pages and dumps of many offers.
 */
export async function readOffersData(tx: Tx, serviceIds: readonly string[]): Promise<OfferData[]> {
  const rows = await tx.service.findMany({ where: { id: { in: [...serviceIds] }, version: { gt: 0 } }, include: offerInclude });
  const byId = new Map(rows.map((s) => [s.id, s]));
  return serviceIds.flatMap((id) => {
    const s = byId.get(id);
    return s ? [toOfferData(s)] : [];
  });
}

function toOfferData(s: StoredService): OfferData {
  const codesOf = (key: string) =>
    s.terms.filter((t) => t.term.taxonomy.key === key).map((t) => t.term.code).sort();
  const sched = (x: (typeof s.schedules)[number]) => ({
    id: x.id,
    weekday: x.weekday,
    opensAt: x.opensAt,
    closesAt: x.closesAt,
    description: x.description,
  });
  return offerDataSchema.parse({
    ...s,
    lastVerifiedAt: isoDate(s.lastVerifiedAt),
    serviceAreaCodes: s.serviceAreas.map((a) => a.planningArea.code).sort(),
    handlungsfelder: codesOf("handlungsfeld"),
    lebensphasen: codesOf("lebensphase"),
    angebotsarten: codesOf("angebotsart"),
    hinweise: codesOf("hinweis"),
    locations: s.locations.map(({ location: l }) => ({
      ...l,
      planningAreaCode: l.planningArea?.code ?? null,
      schedules: s.schedules.filter((x) => x.locationId === l.id).map(sched),
    })),
    schedules: s.schedules.filter((x) => !x.locationId).map(sched),
    planning: s.planning && { ...s.planning, staffFte: s.planning.staffFte?.toNumber() ?? null },
    measureIds: s.measures.map((m) => m.measureId).sort(),
    translations: s.translations.map((t) => ({
      locale: t.locale,
      name: t.name,
      description: t.description,
      eligibilityDescription: t.eligibilityDescription,
      feesDescription: t.feesDescription,
      applicationProcess: t.applicationProcess,
    })),
  });
}
