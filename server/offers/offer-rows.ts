import "server-only";
import { serviceAtLocationId } from "../hsds/ids";
import type { OfferData } from "./schema";

// The rows a published offer occupies, built from its document without touching the database.
// One builder for both writers (store.ts's writeOfferData, one offer at a time, and
// publish-bulk.ts's publishNewOffersInBulk, many new offers per statement), so they cannot drift.

const dateOrNull = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);

/** The references the rows need, resolved from codes to row ids. */
export type ResolvedReferences = {
  termIds: string[];
  /** Planungsraum code -> PlanningArea.id */
  areaIds: Map<string, string>;
  /** locale -> outdatedSince of the published translation (absent: null, as for a new offer). */
  outdatedSince?: Map<string, Date | null>;
};

/** The Service row's own fields (without id, version and publication time). */
export function serviceFields(data: OfferData) {
  return {
    organizationId: data.organizationId,
    name: data.name,
    alternateName: data.alternateName,
    description: data.description,
    url: data.url,
    email: data.email,
    status: data.status,
    feesDescription: data.feesDescription,
    free: data.free,
    languages: data.languages,
    eligibilityDescription: data.eligibilityDescription,
    applicationProcess: data.applicationProcess,
    requiredDocuments: data.requiredDocuments,
    appointmentRequired: data.appointmentRequired,
    byArrangement: data.byArrangement,
    lastVerifiedAt: dateOrNull(data.lastVerifiedAt),
    addressVisibility: data.addressVisibility,
    serviceAreaScope: data.serviceAreaScope,
    serviceAreaNote: data.serviceAreaNote,
    anonymousPossible: data.anonymousPossible,
    protectionOffer: data.protectionOffer,
    channels: data.channels,
    interpreterAvailable: data.interpreterAvailable,
    homeVisits: data.homeVisits,
    foreignAttributes: data.foreignAttributes,
    isDemo: data.isDemo,
  };
}

/** The Location rows (with id) of the offer's places. */
export function locationRows(data: OfferData, areaIds: Map<string, string>) {
  return data.locations.map((loc) => {
    const { schedules: _written, planningAreaCode, ...fields } = loc; // schedules are Schedule rows
    return {
      ...fields,
      organizationId: data.organizationId,
      planningAreaId: planningAreaCode ? areaIds.get(planningAreaCode)! : null,
      isDemo: data.isDemo,
    };
  });
}

/** Every row below the Service and its places, per table. */
export function childRows(data: OfferData, refs: ResolvedReferences) {
  const serviceId = data.id;
  return {
    serviceAtLocation: data.locations.map((l) => ({ id: serviceAtLocationId(serviceId, l.id), serviceId, locationId: l.id })),
    schedule: [
      ...data.schedules.map((s) => ({ ...s, serviceId })),
      ...data.locations.flatMap((l) => l.schedules.map((s) => ({ ...s, serviceId, locationId: l.id }))),
    ],
    phone: data.phones.map((p) => ({ ...p, serviceId })),
    contact: data.contacts.map((c) => ({ ...c, serviceId })),
    serviceTerm: refs.termIds.map((termId) => ({ serviceId, termId })),
    serviceAreaPlanningArea: data.serviceAreaCodes.map((c) => ({ serviceId, planningAreaId: refs.areaIds.get(c)! })),
    serviceMeasure: data.measureIds.map((measureId) => ({ serviceId, measureId })),
    // Translations are reviewed as part of the offer, so what is published here is approved.
    serviceTranslation: data.translations.map(({ stillCurrent: _confirmed, ...t }) => ({
      ...t,
      serviceId,
      reviewState: "APPROVED" as const,
      outdatedSince: refs.outdatedSince?.get(t.locale) ?? null,
    })),
    servicePlanning: data.planning ? [{ serviceId, ...data.planning }] : [],
  };
}

/** What the history (ServiceVersion.data) keeps of a publication. */
export function versionSnapshot(data: OfferData): OfferData {
  // A confirmation ("still current") acts on this publication only; the published version does not keep it.
  return { ...data, translations: data.translations.map((t) => ({ ...t, stillCurrent: false })) };
}
