import type { OfferData } from "../offers/schema";
import type { HsdsAttribute } from "./hsds-schema";
import { PLANNING_TAXONOMY, PROPERTY_TAXONOMY, catalogueTerm, toHsdsAttribute } from "./taxonomies";

// Offer properties HSDS has no field for ("angebotskatalog-merkmal") and planner-only facts
// ("angebotskatalog-planung") as attributes whose `value` holds the value, in both directions.
// Values are strings: "true"/"false", numbers in JS notation, enum values as stored.

type Link = Parameters<typeof toHsdsAttribute>[0];
type Raw = string | boolean | string[];

const flag = (v: boolean) => (v ? ["true"] : []);
const maybe = (v: boolean | null) => (v === null ? [] : [String(v)]);

const PROPERTIES: { code: string; label: string; field: keyof OfferData; multi?: true; encode: (o: OfferData) => string[] }[] = [
  { code: "address_visibility", label: "Sichtbarkeit der Adresse (PUBLIC, HIDDEN, NONE)", field: "addressVisibility", encode: (o) => [o.addressVisibility] },
  { code: "service_area_scope", label: "Einzugsgebiet (CITY, PLANNING_AREAS, OUTREACH, REGION)", field: "serviceAreaScope", encode: (o) => [o.serviceAreaScope] },
  { code: "channel", label: "Zugangsweg (IN_PERSON, PHONE, ONLINE, OUTREACH)", field: "channels", multi: true, encode: (o) => o.channels },
  { code: "appointment_required", label: "Termin erforderlich", field: "appointmentRequired", encode: (o) => flag(o.appointmentRequired) },
  { code: "anonymous_possible", label: "Anonym möglich", field: "anonymousPossible", encode: (o) => flag(o.anonymousPossible) },
  { code: "interpreter_available", label: "Sprachmittlung möglich", field: "interpreterAvailable", encode: (o) => maybe(o.interpreterAvailable) },
  { code: "home_visits", label: "Hausbesuche", field: "homeVisits", encode: (o) => maybe(o.homeVisits) },
  { code: "demo", label: "Demo-Eintrag (keine echten Daten)", field: "isDemo", encode: (o) => flag(o.isDemo) },
];

type Planning = NonNullable<OfferData["planning"]>;
type PlanningField = { code: string; label: string; field: keyof Planning | "providerType"; type: "number" | "boolean" | "text" };
const PLANNING: PlanningField[] = [
  { code: "staff_fte", label: "Personal (Vollzeitäquivalente)", field: "staffFte", type: "number" },
  { code: "places", label: "Plätze", field: "places", type: "number" },
  { code: "waiting_time_weeks", label: "Wartezeit in Wochen", field: "waitingTimeWeeks", type: "number" },
  { code: "accepting_new_clients", label: "Nimmt neue Personen auf", field: "acceptingNewClients", type: "boolean" },
  { code: "legal_basis", label: "Rechtsgrundlage", field: "legalBasis", type: "text" },
  { code: "lsz_funding_area", label: "LSZ-Förderbereich", field: "lszFundingArea", type: "text" },
  { code: "lsz_funding_stage", label: "LSZ-Förderstufe", field: "lszFundingStage", type: "number" },
  { code: "funding_amount_eur", label: "Förderbetrag (EUR)", field: "fundingAmountEur", type: "number" },
  { code: "professional_contact", label: "Kontakt für Fachkräfte", field: "professionalContact", type: "text" },
  { code: "intake_criteria", label: "Aufnahmekriterien", field: "intakeCriteria", type: "text" },
  // The organisation's (Organization.providerType), on the organisation's attributes.
  { code: "provider_type", label: "Trägerart", field: "providerType", type: "text" },
];

const propertyTerms = new Map(PROPERTIES.map((p) => [p.code, catalogueTerm(PROPERTY_TAXONOMY, p.code, p.label)]));
/** The terms of PROPERTY_TAXONOMY (public: the open-data API lists them). */
export const PROPERTY_TERMS = [...propertyTerms.values()];
/** Their ids: the API refuses them as filters (server/hsds/api/service-filters.ts). */
export const PROPERTY_TERM_IDS: ReadonlySet<string> = new Set(PROPERTY_TERMS.map((t) => t.id));
const planningTerms = new Map(PLANNING.map((p) => [p.code, catalogueTerm(PLANNING_TAXONOMY, p.code, p.label)]));

export function propertyAttributes(offer: OfferData, link: Link): HsdsAttribute[] {
  return PROPERTIES.flatMap((p) => p.encode(offer).map((v) => toHsdsAttribute(link, propertyTerms.get(p.code)!, v)));
}

/** Planning facts (an offer's `planning`, or `{ providerType }` of an organisation) as attributes. */
export function planningAttributes(values: Partial<Record<PlanningField["field"], unknown>>, link: Link): HsdsAttribute[] {
  return PLANNING.flatMap((p) => {
    const v = values[p.field];
    return v == null ? [] : [toHsdsAttribute(link, planningTerms.get(p.code)!, String(v))];
  });
}

type Coded = { code: string; value: string | null };

/**
 * Offer fields from property attributes. Unparseable values are passed on as they are, so the
 * offer validation names the field; unknown codes come back in `ignored`.
 */
export function readProperties(attrs: Coded[]) {
  const fields: Record<string, Raw> = {};
  const ignored: string[] = [];
  for (const { code, value } of attrs) {
    const p = PROPERTIES.find((x) => x.code === code);
    if (!p) ignored.push(`unknown offer property "${code}"`);
    else if (p.multi) fields[p.field] = [...((fields[p.field] as string[] | undefined) ?? []), value ?? ""];
    else fields[p.field] = value === "true" ? true : value === "false" ? false : (value ?? "");
  }
  return { fields, ignored };
}

/** Planning facts from planning attributes; `planning` is null when the record carries none. */
export function readPlanning(attrs: Coded[]) {
  const values: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const { code, value } of attrs) {
    const p = PLANNING.find((x) => x.code === code);
    const v = value?.trim() ?? "";
    if (!p) ignored.push(`unknown planning field "${code}"`);
    else if (p.type === "number") values[p.field] = v === "" ? null : Number(v);
    else if (p.type === "boolean") values[p.field] = v === "true" ? true : v === "false" ? false : v;
    else values[p.field] = v;
  }
  const { providerType, ...planning } = values;
  return {
    planning: Object.keys(planning).length ? planning : null,
    providerType: providerType as string | undefined,
    ignored,
  };
}
