import type { ForeignAttributeInput } from "../offers/foreign-attribute";
import type { OfferDataInput } from "../offers/schema";
import type { Crosswalk } from "./crosswalk";
import { fromHsdsAccessibility } from "./accessibility";
import type { HsdsAttribute, HsdsContact, HsdsLocation, HsdsOrganization, HsdsPhone, HsdsService } from "./hsds-schema";
import { readPlanning, readProperties } from "./properties";
import { fromHsdsSchedules } from "./schedules";
import { fromHsdsTranslations } from "./translations";
import { resolveAttribute, type ResolvedAttribute, type TermField, type Vocabulary } from "./taxonomies";

// HSDS 3.0 service object (already checked by hsdsServiceSchema) -> organisation + OfferData.
// Pure: the vocabulary (our terms, Planungsräume, measures) is passed in. Whatever has no place in
// our model is reported in `warnings` and the mapping goes on; invalid values are passed on so
// that the offer validation (offerDataSchema) names the field.
//
// Not mapped: program, funding, metadata, alert, wait_time, accreditations, licenses, minimum_age /
// maximum_age, assurer_email, organization's own locations/phones/contacts/identifiers, a
// location's own phones and contacts, languages of phones and locations, contacts' phones,
// address_2/region/country, service_areas' names (our areas come from Planungsraum attributes),
// schedule validity. Terms we do not know (taxonomies.ts) are kept as the offer's
// foreignAttributes when they are the service's own; those of a location or the organisation are
// only reported (`foreignTerms`). A crosswalk maps either kind into our fields. Translations come from the extension property x_translations (translations.ts). Phones and contacts of a service_at_location are added to the offer's.

export type OrganizationInput = {
  id: string;
  name: string;
  alternateName: string | null;
  description: string | null;
  email: string | null;
  website: string | null;
  legalStatus: string | null;
  /** Only set when the record carries it (internal exports). */
  providerType?: string | null;
};

export type MappedService = {
  organization: OrganizationInput | null;
  offer: OfferDataInput;
  /** Whether the record carried translations (x_translations; else the stored ones are kept on import). */
  hasTranslations: boolean;
  /** Whether the record carried planner-only facts (else the stored ones are kept on import). */
  hasPlanning: boolean;
  /** Whether the record said how visible the address is (our property attribute). */
  hasAddressVisibility: boolean;
  /** Every term of the record we did not know, with the term the crosswalk mapped it to (or null). */
  foreignTerms: { taxonomy: string; term: string; target: string | null }[];
  warnings: string[];
};

const clean = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);
const PHONE_TYPES = ["voice", "text", "fax", "cell", "video", "pager", "textphone"];
const PHONE_TYPE_ALIASES: Record<string, string> = { mobile: "cell", sms: "text", tty: "textphone", telefon: "voice" };

function uniqueById<T extends { id: string }>(items: T[]) {
  return [...new Map(items.map((x) => [x.id, x])).values()];
}

function toPhone(p: HsdsPhone, warn: (m: string) => void) {
  const raw = clean(p.type)?.toLowerCase() ?? "voice";
  const type = PHONE_TYPE_ALIASES[raw] ?? raw;
  if (!PHONE_TYPES.includes(type)) warn(`phone ${p.id}: type "${p.type}" read as voice`);
  return {
    id: p.id,
    // The official examples quote numbers ("\"+44 1234 234567\""); quotes are never part of one.
    number: p.number.replace(/["']/g, "").trim(),
    extension: p.extension == null ? null : clean(String(p.extension)),
    type: (PHONE_TYPES.includes(type) ? type : "voice") as "voice",
    description: clean(p.description),
  };
}

const toContact = (c: HsdsContact) => ({
  id: c.id,
  name: clean(c.name),
  title: clean(c.title),
  department: clean(c.department),
  email: clean(c.email),
});

type Resolve = (attrs: HsdsAttribute[] | null | undefined, owner?: string) => ResolvedAttribute[];

/** Resolves attributes, collecting the foreign ones of every level; `owner` names a location or organisation (not kept there). */
function resolver(vocab: Vocabulary, crosswalk: Crosswalk, warn: (m: string) => void) {
  const foreign: Extract<ResolvedAttribute, { kind: "foreign" }>[] = [];
  const resolve: Resolve = (attrs, owner) => {
    const resolved = (attrs ?? []).map((a) => resolveAttribute(vocab, a, crosswalk));
    for (const r of resolved) {
      if (r.kind !== "foreign") continue;
      foreign.push(r);
      if (owner && !r.mapped) warn(`attribute ${r.attribute.id} of ${owner}: term "${r.term}" (${r.taxonomy}) is not kept (only a service's own terms are)`);
    }
    return resolved;
  };
  return { resolve, foreign };
}

/**
 * The attribute as the offer keeps it: HSDS nulls as absent members, the value as text, and the
 * term's id also in taxonomy_term_id (the export writes it there, so reading an export back changes nothing).
 */
function toForeignAttribute(a: HsdsAttribute): ForeignAttributeInput {
  const { value, ...rest } = a;
  const stripped = JSON.parse(JSON.stringify(rest, (_k, v: unknown) => (v === null ? undefined : v))) as ForeignAttributeInput;
  const termId = stripped.taxonomy_term_id ?? stripped.taxonomy_term?.id;
  return { ...stripped, ...(termId ? { taxonomy_term_id: termId } : {}), ...(value == null ? {} : { value: String(value) }) };
}

function ofKind<K extends ResolvedAttribute["kind"]>(resolved: ResolvedAttribute[], kind: K) {
  return resolved.filter((r): r is Extract<ResolvedAttribute, { kind: K }> => r.kind === kind);
}

function toOrganization(o: HsdsOrganization, resolve: Resolve): OrganizationInput {
  const { providerType } = readPlanning(ofKind(resolve(o.attributes, `organization ${o.id}`), "planning"));
  return {
    id: o.id,
    name: o.name.trim(),
    alternateName: clean(o.alternate_name),
    description: clean(o.description),
    email: clean(o.email),
    website: clean(o.website),
    legalStatus: clean(o.legal_status),
    ...(providerType !== undefined ? { providerType: clean(providerType) } : {}),
  };
}

function toLocation(loc: HsdsLocation, schedules: OfferDataInput["schedules"], resolve: Resolve, warn: (m: string) => void) {
  const addresses = loc.addresses ?? [];
  const address = addresses.find((a) => a.address_type === "physical") ?? addresses.find((a) => a.address_type !== "virtual");
  if (addresses.length > 1) warn(`location ${loc.id}: ${addresses.length} addresses, kept the ${address?.address_type ?? "first"} one`);
  let postalCode = clean(address?.postal_code);
  if (postalCode && !/^\d{5}$/.test(postalCode)) {
    warn(`location ${loc.id}: postal code "${postalCode}" is not a German postcode and was left out`);
    postalCode = null;
  }
  const hasCoordinates = loc.latitude != null && loc.longitude != null;
  const validCoordinates = hasCoordinates && Math.abs(loc.latitude!) <= 90 && Math.abs(loc.longitude!) <= 180;
  if (hasCoordinates && !validCoordinates) warn(`location ${loc.id}: coordinates ${loc.latitude}, ${loc.longitude} are out of range and were left out`);
  const [area] = ofKind(resolve(loc.attributes, `location ${loc.id}`), "area");
  return {
    id: loc.id,
    name: clean(loc.name),
    street: clean(address?.address_1),
    postalCode,
    city: clean(address?.city),
    latitude: validCoordinates ? loc.latitude : null,
    longitude: validCoordinates ? loc.longitude : null,
    planningAreaCode: area?.code ?? null,
    ...fromHsdsAccessibility(loc.id, loc.accessibility ?? []),
    schedules,
  };
}

function costFree(options: NonNullable<HsdsService["cost_options"]>) {
  if (options.length === 0) return null;
  return options.every((o) => o.amount === 0);
}

function languageCodes(service: HsdsService, warn: (m: string) => void) {
  const codes: string[] = [];
  for (const l of service.languages ?? []) {
    const code = clean(l.code)?.toLowerCase().split(/[-_]/)[0];
    if (code) codes.push(code);
    else warn(`language ${l.id} (${l.name ?? "no name"}) has no code and was left out`);
  }
  return [...new Set(codes)];
}

export function toOffer(service: HsdsService, vocab: Vocabulary, crosswalk: Crosswalk = new Map()): MappedService {
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  const { resolve, foreign } = resolver(vocab, crosswalk, warn);
  const resolved = resolve(service.attributes);
  const of = <K extends ResolvedAttribute["kind"]>(kind: K) => ofKind(resolved, kind);
  const codes = (field: TermField) => [
    ...new Set([
      ...of("term").filter((r) => r.field === field).map((r) => r.code),
      ...foreign.flatMap((r) => (r.mapped?.field === field ? [r.mapped.code] : [])),
    ]),
  ];
  const properties = readProperties(of("property"));
  const planning = readPlanning(of("planning"));
  [...properties.ignored, ...planning.ignored].forEach(warn);

  // Hours: a service_at_location's own schedules, else its location's; service-level ones last.
  // The same schedule may appear at several levels (as in the official examples): the first wins.
  const used = new Set<string>();
  let byArrangement = false;
  const hours = (list: Parameters<typeof fromHsdsSchedules>[0]) => {
    const r = fromHsdsSchedules(list.filter((x) => !used.has(x.id)), warn);
    list.forEach((x) => used.add(x.id));
    byArrangement ||= r.byArrangement;
    return r.rows;
  };
  const sals = service.service_at_locations ?? [];
  const locations: ReturnType<typeof toLocation>[] = [];
  for (const sal of sals) {
    const loc = sal.location;
    if (!loc) warn(`service_at_location ${sal.id} has no nested location and was left out`);
    else if (loc.location_type === "virtual") warn(`location ${loc.id} is virtual and was left out`);
    else if (locations.some((l) => l.id === loc.id)) warn(`location ${loc.id} is listed twice; the first entry was kept`);
    else locations.push(toLocation(loc, hours(sal.schedules?.length ? sal.schedules : (loc.schedules ?? [])), resolve, warn));
  }
  const schedules = hours(service.schedules ?? []);
  const organization = service.organization ? toOrganization(service.organization, resolve) : null;

  const offer: OfferDataInput = {
    id: service.id,
    organizationId: organization?.id ?? service.organization_id ?? "",
    name: service.name.trim(),
    alternateName: clean(service.alternate_name),
    description: clean(service.description) ?? "",
    url: clean(service.url),
    email: clean(service.email),
    status: service.status === "temporarily closed" ? "temporarily_closed" : service.status,
    feesDescription: clean(service.fees_description) ?? clean(service.fees),
    free: costFree(service.cost_options ?? []),
    languages: languageCodes(service, warn),
    eligibilityDescription: clean(service.eligibility_description),
    applicationProcess: clean(service.application_process),
    requiredDocuments: (service.required_documents ?? []).flatMap((d) => clean(d.document) ?? []),
    byArrangement,
    lastVerifiedAt: service.assured_date?.slice(0, 10) ?? null,
    addressVisibility: locations.length ? "PUBLIC" : "NONE",
    interpreterAvailable: clean(service.interpretation_services) ? true : null,
    serviceAreaNote: [...new Set((service.service_areas ?? []).flatMap((a) => clean(a.description) ?? []))].join("\n") || null,
    serviceAreaCodes: [...new Set(of("area").map((r) => r.code))],
    handlungsfelder: codes("handlungsfelder"),
    lebensphasen: codes("lebensphasen"),
    angebotsarten: codes("angebotsarten"),
    hinweise: codes("hinweise"),
    measureIds: [...new Set(of("measure").map((r) => r.id))],
    locations,
    schedules,
    phones: uniqueById([...(service.phones ?? []), ...sals.flatMap((s) => s.phones ?? [])]).map((p) => toPhone(p, warn)),
    contacts: uniqueById([...(service.contacts ?? []), ...sals.flatMap((s) => s.contacts ?? [])]).map(toContact),
    planning: planning.planning as OfferDataInput["planning"],
    // Mapped or not, the service's own foreign terms stay as they came: nothing of the feed is lost.
    foreignAttributes: uniqueById(of("foreign").map((r) => toForeignAttribute(r.attribute))),
    // Catalogue properties (address visibility, channels, ...) override what was derived above.
    ...(properties.fields as Partial<OfferDataInput>),
  };
  const translations = fromHsdsTranslations(service, warn);
  if (translations) offer.translations = translations;
  return {
    organization,
    offer,
    hasTranslations: translations !== undefined,
    hasPlanning: planning.planning !== null,
    hasAddressVisibility: properties.fields.addressVisibility !== undefined,
    foreignTerms: foreign.map((r) => ({ taxonomy: r.taxonomy, term: r.term, target: r.mapped ? `${r.mapped.taxonomy}:${r.mapped.code}` : null })),
    warnings,
  };
}
