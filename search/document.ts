import { LEICHTE_SPRACHE, SUPPORTED_LOCALES, TRANSLATION_LOCALES, type TranslationLocale } from "../i18n/locales";
import type { Prisma } from "../server/generated/prisma/client";
import { publicOfferView } from "../server/offers/public-view";
import type { offerInclude } from "../server/offers/store";
import { searchTermsFor } from "./decompound";
import { facetValuesOf } from "./facet-values";
import type { OpeningHours } from "../server/offers/opening-status";

// The offer -> search document mapping. Only published, active offers become documents, built from
// publicOfferView() only: a hidden address never reaches the index, nor anything derived from its
// location (coordinates, step-free access, Planungsraum, opening hours there).

/**
 * What a document holds, as a number: raise it whenever toOfferDocument() changes a field's
 * meaning or adds one the site reads. A site that starts against an index of an older shape
 * rebuilds it (rebuildIfOutdated in search/reindex.ts). 2: facetValues (November 2026). 3: openDays
 * and openSlots leave out the hours at a hidden location (December 2026). 4: languageNames. 5: hours
 * (for "open now" on the cards) and protection (Quick-Exit) (December 2026). 6: translations,
 * hasLeichteSprache, termLabels and language names in every site language (issue 12). 7: organizationId,
 * modifiedAt and termIds, the filters of the HSDS API's search (issue 15).
 */
export const DOCUMENT_SHAPE = 7;

export type IndexableService = Prisma.ServiceGetPayload<{ include: typeof offerInclude }>;

export type OfferDocument = {
  id: string;
  /** Published version; an older version never overwrites a newer one (search/sync.ts). */
  version: number;
  /** DOCUMENT_SHAPE when the document was written. */
  shape: number;
  name: string;
  alternateName: string | null;
  description: string;
  eligibility: string | null;
  organizationName: string;
  handlungsfeld: string[];
  lebensphase: string[];
  angebotsart: string[];
  offerTypes: string[];
  /** Planungsraum codes the offer is located in or serves. */
  planungsraum: string[];
  planningAreas: string[];
  free: boolean | null;
  languages: string[];
  /** The languages' names in every site language ("Ukrainisch", "Ukrainian", "українська", "الأوكرانية"), searchable; German itself left out. */
  languageNames: string[];
  channels: string[];
  stepFree: boolean;
  anonymousPossible: boolean;
  openDays: string[];
  /** Hours the offer is open, as weekday + hour ("MO09" = Monday 9:00-9:59), for "open now". */
  openSlots: string[];
  /** The public opening hours, for the cards' "jetzt geöffnet" / "öffnet Mo 9:00" (server/offers/opening-status.ts). */
  hours: OpeningHours[];
  byArrangement: boolean;
  /** A protection offer (women's shelter, violence protection), set by reviewers: pages showing it get Quick-Exit. */
  protection: boolean;
  /**
   * Approved translations of the offer's own text per locale, Leichte Sprache ("de-x-ls") included
   * (issue 12). Searched from every locale; the cards show the resident's language where present.
   * Optional until the index is rebuilt with them.
   */
  translations?: Partial<Record<TranslationLocale, OfferTranslationText>>;
  /** The offer has an approved text in Leichte Sprache (the filter "Leichte Sprache vorhanden"). */
  hasLeichteSprache?: boolean;
  /**
   * The offer's Handlungsfelder, Lebensphasen, Angebotsarten and phrases (`hinweis`) as labels in
   * the other site languages ("Debt counselling", "Боргове консультування"), searchable, so a
   * resident finds the offer types in their own language. German labels are left out (except the
   * phrases'): the German Angebotsarten are in `offerTypes`, and the broad German Handlungsfeld
   * names would match half the catalogue for everyday words ("Beratung, Unterstützung und Information").
   */
  termLabels?: string[];
  /** The HSDS API's filters (server/hsds/api): organization_id, modified_after, taxonomy_term_id / taxonomy_id. */
  organizationId: string;
  /** When the published version was published, epoch milliseconds. */
  modifiedAt: number;
  /**
   * Every term id the offer's HSDS attributes carry: its terms, its LSZ measures (term id = measure
   * id) and the Planungsraum terms of its public places and served areas.
   */
  termIds: string[];
  hasPublicAddress: boolean;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  lastVerifiedAt: number | null;
  /** Compound parts and tails for German compound search (filled by the search issue's splitter). */
  searchTerms: string[];
  /** Every facet value as "attribute:value", the one attribute whose values are counted (facet-values.ts). */
  facetValues: string[];
  _geo?: { lat: number; lng: number };
};

export type OfferTranslationText = { name: string; description: string; outdated: boolean };

export function isSearchable(s: { version: number; status: string }) {
  return s.version > 0 && s.status === "active";
}

export function toOfferDocument(stored: IndexableService): OfferDocument | null {
  if (!isSearchable(stored)) return null;
  const s = publicOfferView(stored);
  const terms = (key: string) => s.terms.filter((t) => t.term.taxonomy.key === key).map((t) => t.term);
  const firstLocation = s.locations[0]?.location;
  const areas = new Map<string, string>();
  const areaTermIds = new Set<string>();
  for (const { location } of s.locations) {
    if (!location.planningArea) continue;
    areas.set(location.planningArea.code, location.planningArea.name);
    areaTermIds.add(location.planningArea.termId);
  }
  for (const { planningArea } of s.serviceAreas) {
    areas.set(planningArea.code, planningArea.name);
    areaTermIds.add(planningArea.termId);
  }

  const translations = approvedTranslations(s.translations);
  const doc: OfferDocument = {
    id: s.id,
    version: s.version,
    shape: DOCUMENT_SHAPE,
    name: s.name,
    alternateName: s.alternateName,
    description: s.description,
    eligibility: s.eligibilityDescription,
    organizationName: s.organization.name,
    handlungsfeld: terms("handlungsfeld").map((t) => t.code),
    lebensphase: terms("lebensphase").map((t) => t.code),
    angebotsart: terms("angebotsart").map((t) => t.code),
    offerTypes: terms("angebotsart").map((t) => t.name),
    planungsraum: [...areas.keys()],
    planningAreas: [...areas.values()],
    free: s.free,
    languages: s.languages,
    languageNames: languageNamesOf(s.languages),
    channels: s.channels,
    stepFree: s.locations.some((l) => l.location.stepFree === true),
    anonymousPossible: s.anonymousPossible,
    openDays: [...new Set(s.schedules.map((x) => x.weekday))],
    openSlots: openSlots(s.schedules),
    hours: s.schedules.map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt })),
    byArrangement: s.byArrangement,
    protection: s.protectionOffer,
    translations,
    hasLeichteSprache: LEICHTE_SPRACHE in translations,
    termLabels: termLabelsOf(s.terms.map((t) => t.term)),
    organizationId: s.organizationId,
    modifiedAt: s.publishedAt?.getTime() ?? 0,
    termIds: [...new Set([...s.terms.map((t) => t.termId), ...s.measures.map((m) => m.measureId), ...areaTermIds])],
    hasPublicAddress: s.locations.length > 0,
    street: firstLocation?.street ?? null,
    postalCode: firstLocation?.postalCode ?? null,
    city: firstLocation?.city ?? null,
    phone: s.phones[0]?.number ?? null,
    lastVerifiedAt: s.lastVerifiedAt ? Math.floor(s.lastVerifiedAt.getTime() / 1000) : null,
    searchTerms: [],
    facetValues: [],
  };
  doc.facetValues = facetValuesOf(doc);
  doc.searchTerms = searchTermsFor([doc.name, doc.alternateName, ...doc.offerTypes], [doc.description, doc.eligibility]);
  if (firstLocation?.latitude != null && firstLocation.longitude != null) {
    doc._geo = { lat: firstLocation.latitude, lng: firstLocation.longitude };
  }
  return doc;
}

/**
 * The approved translations of the offer's own text (texts only: nothing of a place, so a hidden
 * address cannot leak through them). A translation the reviewers have not approved, or rejected,
 * is never shown nor searched; an outdated one still is, marked as such.
 */
function approvedTranslations(rows: IndexableService["translations"]) {
  const out: Partial<Record<TranslationLocale, OfferTranslationText>> = {};
  for (const t of rows) {
    if (t.reviewState !== "APPROVED" || !(TRANSLATION_LOCALES as readonly string[]).includes(t.locale)) continue;
    out[t.locale as TranslationLocale] = { name: t.name, description: t.description, outdated: t.outdatedSince !== null };
  }
  return out;
}

/** Taxonomies whose labels residents search by (Planungsräume are proper nouns, searched as `planningAreas`). */
const PHRASES = "hinweis";
const LABELLED_TAXONOMIES = ["handlungsfeld", "lebensphase", "angebotsart", PHRASES];
const OTHER_LOCALES: readonly string[] = SUPPORTED_LOCALES.filter((l) => l !== "de");

function termLabelsOf(terms: { name: string; labels: unknown; taxonomy: { key: string } }[]) {
  const labels = new Set<string>();
  for (const term of terms) {
    if (!LABELLED_TAXONOMIES.includes(term.taxonomy.key)) continue;
    // A phrase is specific ("Dolmetscher auf Anfrage"): its German wording is searchable too.
    if (term.taxonomy.key === PHRASES) labels.add(term.name);
    if (!term.labels || typeof term.labels !== "object") continue;
    for (const [locale, label] of Object.entries(term.labels)) {
      if (OTHER_LOCALES.includes(locale) && typeof label === "string" && label.trim()) labels.add(label);
    }
  }
  return [...labels];
}

const LANGUAGE_NAMES = SUPPORTED_LOCALES.map((locale) => new Intl.DisplayNames([locale], { type: "language", fallback: "none" }));

/**
 * "Ukrainisch", "Ukrainian", "українська", "украинский" and "الأوكرانية" find the offers spoken in
 * Ukrainian (Node's full ICU names every language in every site language). German is left out: nearly every offer speaks
 * it, so "Deutsch" would match the whole catalogue instead of the German courses.
 */
function languageNamesOf(codes: string[]) {
  const names = new Set<string>();
  for (const code of codes) {
    if (code === "de") continue;
    for (const display of LANGUAGE_NAMES) {
      try {
        const name = display.of(code);
        if (name) names.add(name);
      } catch {
        // not a valid language tag (a hand-made import): nothing to name
      }
    }
  }
  return [...names];
}

/** Every hour slot touched by a schedule ("09:30-11:00" on Monday -> MO09, MO10). */
function openSlots(schedules: { weekday: string; opensAt: string; closesAt: string }[]) {
  const slots = new Set<string>();
  for (const { weekday, opensAt, closesAt } of schedules) {
    const from = Number(opensAt.slice(0, 2));
    const [toHour, toMinute] = closesAt.split(":").map(Number);
    for (let h = from; h < toHour || (h === toHour && toMinute > 0); h++) slots.add(`${weekday}${String(h).padStart(2, "0")}`);
  }
  return [...slots];
}
