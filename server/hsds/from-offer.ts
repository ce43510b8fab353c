import type { ForeignAttribute } from "../offers/foreign-attribute";
import { publicOfferView } from "../offers/public-view";
import type { OfferData } from "../offers/schema";
import type { OrganizationInput } from "./to-offer";
import { toHsdsAccessibility } from "./accessibility";
import type { HsdsAttribute, HsdsService } from "./hsds-schema";
import { serviceAtLocationId, stableUuid } from "./ids";
import { planningAttributes, propertyAttributes } from "./properties";
import { toHsdsSchedules } from "./schedules";
import { TRANSLATIONS_PROPERTY, toHsdsTranslations } from "./translations";
import { TERM_FIELDS, measureTerm, toHsdsAttribute, type TermField, type VocabTerm, type Vocabulary } from "./taxonomies";

// OfferData -> HSDS 3.0 service object (valid against
// vendor/hsds-3.0/schema/compiled/service_with_definitions.json). Pure; the caller passes the
// organisation and the vocabulary (term labels, Planungsräume, measures).
//
// Confidentiality: the offer is written as publicOfferView() shows it, so one whose address is
// HIDDEN has no service_at_locations (no location id, street, postcode, coordinates, location
// hours or Planungsraum of the address); its phones, service-level hours and served areas stay.
// Planner-only facts (`planning`, the organisation's provider type) are written only with
// includeInternal, as attributes of the taxonomy "angebotskatalog-planung".

export type ExportOrganization = OrganizationInput & { providerType: string | null };

export type ExportContext = {
  organization: ExportOrganization;
  vocabulary: Vocabulary;
  includeInternal?: boolean;
  /** When the offer was last published (HSDS last_modified). */
  lastModified?: Date | null;
};

const SCOPE_LABELS: Record<OfferData["serviceAreaScope"], string> = {
  CITY: "Gesamtes Stadtgebiet",
  PLANNING_AREAS: "Ausgewählte Planungsräume",
  OUTREACH: "Aufsuchend, vor Ort bei den Menschen",
  REGION: "Region über die Stadt hinaus",
};
const STATE = "Thüringen";

/** Drops null and undefined members (HSDS types a missing value as absent, never null). */
function prune<T>(value: T): T {
  if (Array.isArray(value)) return value.map(prune) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).flatMap(([k, v]) => (v === null || v === undefined ? [] : [[k, prune(v)]])),
    ) as T;
  }
  return value;
}

function termOf(vocab: Vocabulary, taxonomyKey: string, code: string): VocabTerm {
  const term = vocab.terms.find((t) => t.taxonomy.key === taxonomyKey && t.code === code);
  if (!term) throw new Error(`no ${taxonomyKey} term with code "${code}"`);
  return term;
}

function areaTerm(vocab: Vocabulary, code: string) {
  const area = vocab.planningAreas.find((a) => a.code === code);
  const term = area && vocab.terms.find((t) => t.id === area.termId);
  if (!area || !term) throw new Error(`no Planungsraum with code "${code}"`);
  return { area, term };
}

function languageName(code: string) {
  try {
    return new Intl.DisplayNames(["de"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A phone extension is a number in HSDS; one that is not is kept as part of the number. */
function phoneNumber(p: OfferData["phones"][number]) {
  const numeric = p.extension != null && /^(0|[1-9]\d{0,14})$/.test(p.extension);
  return {
    number: p.extension && !numeric ? `${p.number}-${p.extension}` : p.number,
    extension: numeric ? Number(p.extension) : null,
  };
}

/**
 * A foreign attribute as it came, linked to this service. HSDS requires a description on terms and
 * taxonomies: one the feed left out is written empty, as ours are.
 */
function foreignAttribute(a: ForeignAttribute, serviceId: string): HsdsAttribute {
  const term = a.taxonomy_term;
  const detail = term?.taxonomy_detail;
  return {
    ...a,
    link_id: serviceId,
    link_entity: "service",
    taxonomy_term_id: a.taxonomy_term_id ?? term?.id,
    ...(term
      ? { taxonomy_term: { ...term, description: term.description ?? "", ...(detail ? { taxonomy_detail: { ...detail, description: detail.description ?? "" } } : {}) } }
      : {}),
  };
}

function attributes(offer: OfferData, ctx: ExportContext): HsdsAttribute[] {
  const link = { id: offer.id, entity: "service" } as const;
  const vocab = ctx.vocabulary;
  return [
    ...(Object.keys(TERM_FIELDS) as TermField[]).flatMap((field) =>
      offer[field].map((code) => toHsdsAttribute(link, termOf(vocab, TERM_FIELDS[field], code))),
    ),
    ...offer.serviceAreaCodes.map((code) => toHsdsAttribute(link, areaTerm(vocab, code).term)),
    ...offer.measureIds.map((id) => {
      const measure = vocab.measures.find((m) => m.id === id);
      if (!measure) throw new Error(`no LSZ measure with id ${id}`);
      return toHsdsAttribute(link, measureTerm(measure));
    }),
    ...propertyAttributes(offer, link),
    ...(ctx.includeInternal && offer.planning ? planningAttributes(offer.planning, link) : []),
    ...offer.foreignAttributes.map((a) => foreignAttribute(a, offer.id)),
  ];
}

function serviceAtLocations(offer: OfferData, vocab: Vocabulary): HsdsService["service_at_locations"] {
  return offer.locations.map((loc) => {
    const hasAddress = loc.street || loc.postalCode || loc.city;
    const salId = serviceAtLocationId(offer.id, loc.id);
    return {
      id: salId,
      service_id: offer.id,
      location_id: loc.id,
      schedules: toHsdsSchedules(salId, loc.schedules),
      location: {
        id: loc.id,
        location_type: "physical",
        name: loc.name,
        latitude: loc.latitude,
        longitude: loc.longitude,
        addresses: hasAddress
          ? [{
              id: stableUuid(loc.id, "address"),
              address_1: loc.street ?? "",
              city: loc.city ?? "",
              state_province: STATE,
              postal_code: loc.postalCode ?? "",
              country: "DE",
              address_type: "physical",
            }]
          : [],
        accessibility: toHsdsAccessibility(loc.id, loc),
        attributes: loc.planningAreaCode
          ? [toHsdsAttribute({ id: loc.id, entity: "location" }, areaTerm(vocab, loc.planningAreaCode).term)]
          : [],
      },
    };
  });
}

function serviceAreas(offer: OfferData, vocab: Vocabulary): HsdsService["service_areas"] {
  const note = offer.serviceAreaNote;
  if (offer.serviceAreaCodes.length === 0) {
    return [{ id: stableUuid(offer.id, "service_area", offer.serviceAreaScope), name: SCOPE_LABELS[offer.serviceAreaScope], description: note }];
  }
  return offer.serviceAreaCodes.map((code) => ({
    id: stableUuid(offer.id, "service_area", code),
    name: areaTerm(vocab, code).area.name,
    description: note,
  }));
}

/** An organisation's public one-to-one fields (never its provider type: that is planner-only). */
export function toHsdsOrganization(org: OrganizationInput) {
  return prune({
    id: org.id,
    name: org.name,
    alternate_name: org.alternateName,
    description: org.description ?? "",
    email: org.email,
    website: org.website,
    legal_status: org.legalStatus,
  });
}

export function fromOffer(stored: OfferData, ctx: ExportContext): HsdsService {
  const offer = publicOfferView(stored);
  const org = ctx.organization;
  const orgLink = { id: org.id, entity: "organization" } as const;
  return prune({
    id: offer.id,
    organization_id: org.id,
    name: offer.name,
    alternate_name: offer.alternateName,
    description: offer.description,
    url: offer.url,
    email: offer.email,
    status: offer.status === "temporarily_closed" ? "temporarily closed" : offer.status,
    interpretation_services: offer.interpreterAvailable ? "Sprachmittlung möglich" : null,
    application_process: offer.applicationProcess,
    fees_description: offer.feesDescription,
    eligibility_description: offer.eligibilityDescription,
    assured_date: offer.lastVerifiedAt,
    last_modified: ctx.lastModified?.toISOString(),
    phones: offer.phones.map((p, i) => ({
      id: p.id ?? stableUuid(offer.id, "phone", String(i)),
      ...phoneNumber(p),
      type: p.type,
      description: p.description,
    })),
    schedules: toHsdsSchedules(offer.id, offer.schedules, offer.byArrangement),
    service_areas: serviceAreas(offer, ctx.vocabulary),
    service_at_locations: serviceAtLocations(offer, ctx.vocabulary),
    languages: offer.languages.map((code) => ({ id: stableUuid(offer.id, "language", code), code, name: languageName(code) })),
    organization: {
      ...toHsdsOrganization(org),
      attributes: ctx.includeInternal ? planningAttributes({ providerType: org.providerType }, orgLink) : [],
    },
    cost_options:
      offer.free === null
        ? []
        : [{ id: stableUuid(offer.id, "cost_option"), option: offer.free ? "kostenlos" : "kostenpflichtig", currency: "EUR", ...(offer.free ? { amount: 0 } : {}) }],
    required_documents: offer.requiredDocuments.map((document, i) => ({ id: stableUuid(offer.id, "required_document", String(i)), document })),
    contacts: offer.contacts.map((c, i) => ({ ...c, id: c.id ?? stableUuid(offer.id, "contact", String(i)) })),
    attributes: attributes(offer, ctx),
    [TRANSLATIONS_PROPERTY]: toHsdsTranslations(offer),
  });
}

