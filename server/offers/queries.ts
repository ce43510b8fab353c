import "server-only";
import { cache } from "react";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { LEICHTE_SPRACHE } from "../../i18n/locales";
import { isSearchable } from "../../search/document";
import { resolveOfferText, termLabel, type TextView } from "./offer-text";
import { publicOfferView } from "./public-view";

// What a resident may see of a published offer. The select below names every column that is read,
// so planner-only data (ServicePlanning, provider type, the planners' note on a plan measure and
// the measure's internal fields) is never even loaded, and the
// row passes publicOfferView() before it is read: for HIDDEN and NONE the DTO has no locations and
// no hours at a location at all.

const scheduleSelect = { weekday: true, opensAt: true, closesAt: true, description: true, locationId: true } as const;

export const publicOfferSelect = {
  id: true,
  version: true,
  status: true,
  name: true,
  alternateName: true,
  description: true,
  url: true,
  email: true,
  feesDescription: true,
  free: true,
  languages: true,
  eligibilityDescription: true,
  applicationProcess: true,
  requiredDocuments: true,
  appointmentRequired: true,
  byArrangement: true,
  lastVerifiedAt: true,
  addressVisibility: true,
  serviceAreaScope: true,
  serviceAreaNote: true,
  anonymousPossible: true,
  protectionOffer: true,
  channels: true,
  interpreterAvailable: true,
  homeVisits: true,
  isDemo: true,
  organization: { select: { name: true, website: true } },
  terms: { select: { term: { select: { name: true, labels: true, sortOrder: true, taxonomy: { select: { key: true } } } } } },
  // Approved translations only (texts, nothing about a place); the page picks the reader's language.
  translations: {
    where: { reviewState: "APPROVED" },
    select: { locale: true, name: true, description: true, eligibilityDescription: true, feesDescription: true, applicationProcess: true, outdatedSince: true },
  },
  locations: {
    select: {
      location: {
        select: {
          id: true,
          name: true,
          street: true,
          postalCode: true,
          city: true,
          stepFree: true,
          accessibleToilet: true,
          hearingLoop: true,
          accessibilityNote: true,
        },
      },
    },
  },
  schedules: { select: scheduleSelect, orderBy: [{ weekday: "asc" }, { opensAt: "asc" }] },
  phones: { select: { number: true, extension: true, type: true, description: true } },
  contacts: { select: { name: true, title: true, department: true, email: true } },
  serviceAreas: { select: { planningArea: { select: { name: true } } } },
  // The plan measures it serves: public facts of the council's plan (title, field, period) only.
  // A retired measure has left the plan (it stays in the planners' history).
  measures: {
    where: { measure: { retiredAt: null } },
    select: {
      measure: {
        select: {
          id: true,
          title: true,
          period: { select: { id: true, name: true, startsOn: true } },
          handlungsfeld: { select: { name: true, labels: true, sortOrder: true } },
        },
      },
    },
  },
} satisfies Prisma.ServiceSelect;

type Row = Prisma.ServiceGetPayload<{ select: typeof publicOfferSelect }>;
type ScheduleRow = Row["schedules"][number];

const toSchedule = ({ weekday, opensAt, closesAt, description }: ScheduleRow) => ({ weekday, opensAt, closesAt, description });

/** A taxonomy label in the reader's language, German as the fallback. */
export const label = (term: { name: string; labels: unknown }, locale: string) => termLabel(term, locale).label;

/** The public DTO in the reader's language; `view` is the offer page's Leichte Sprache switch. */
export function toPublicOffer(stored: Row, locale: string, view?: TextView) {
  const s = publicOfferView(stored);
  const text = resolveOfferText(s, s.translations, locale, view);
  // Phrases (taxonomy "hinweis") follow the text: in Leichte Sprache when the page shows it.
  const phraseLocale = text.kind === "leichteSprache" ? LEICHTE_SPRACHE : locale;
  return {
    id: s.id,
    name: text.name,
    alternateName: s.alternateName,
    description: text.description,
    /** Which text is shown, the HTML `lang` of each field, and whether Leichte Sprache exists. */
    text: { kind: text.kind, outdated: text.outdated, lang: text.lang, hasLeichteSprache: text.hasLeichteSprache },
    /** Standard phrases from the phrase library, in the text's language (German as fallback). */
    phrases: s.terms
      .filter((t) => t.term.taxonomy.key === "hinweis")
      .sort((a, b) => a.term.sortOrder - b.term.sortOrder)
      .map((t) => termLabel(t.term, phraseLocale)),
    organization: { name: s.organization.name, website: s.organization.website },
    /** Angebotsarten ("what"), in the reader's language. */
    categories: s.terms
      .filter((t) => t.term.taxonomy.key === "angebotsart")
      .sort((a, b) => a.term.sortOrder - b.term.sortOrder)
      .map((t) => label(t.term, locale)),
    eligibility: text.eligibilityDescription,
    feesDescription: text.feesDescription,
    free: s.free,
    applicationProcess: text.applicationProcess,
    requiredDocuments: s.requiredDocuments,
    appointmentRequired: s.appointmentRequired,
    byArrangement: s.byArrangement,
    anonymousPossible: s.anonymousPossible,
    protectionOffer: s.protectionOffer,
    addressVisibility: s.addressVisibility,
    serviceArea: {
      scope: s.serviceAreaScope,
      note: s.serviceAreaNote,
      areas: s.serviceAreas.map((a) => a.planningArea.name),
    },
    channels: s.channels,
    languages: s.languages,
    interpreterAvailable: s.interpreterAvailable,
    homeVisits: s.homeVisits,
    url: s.url,
    email: s.email,
    phones: s.phones,
    contacts: s.contacts.filter((c) => c.name || c.title || c.department || c.email),
    locations: s.locations.map(({ location: l }) => ({
      ...l,
      schedules: s.schedules.filter((x) => x.locationId === l.id).map(toSchedule),
    })),
    /** Hours that belong to no location (e.g. phone hours). */
    schedules: s.schedules.filter((x) => !x.locationId).map(toSchedule),
    /** "YYYY-MM-DD" or null. */
    lastVerifiedAt: s.lastVerifiedAt ? s.lastVerifiedAt.toISOString().slice(0, 10) : null,
    isDemo: s.isDemo,
    /** Latest period first, then in the order of the Handlungsfelder. */
    planMeasures: s.measures
      .map(({ measure: m }) => m)
      .sort((a, b) => b.period.startsOn.getTime() - a.period.startsOn.getTime() || a.handlungsfeld.sortOrder - b.handlungsfeld.sortOrder || a.title.localeCompare(b.title, "de"))
      .map((m) => ({ id: m.id, title: m.title, handlungsfeld: label(m.handlungsfeld, locale), periodId: m.period.id, periodName: m.period.name })),
  };
}

/** Cached per request: the page and its metadata ask for the same offer. */
export const getPublicOffer = cache(async (id: string, locale = "de", view?: TextView) => {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const s = await db.service.findUnique({ where: { id }, select: publicOfferSelect });
  if (!s || !isSearchable(s)) return null;
  return toPublicOffer(s, locale, view);
});

export type PublicOffer = NonNullable<Awaited<ReturnType<typeof getPublicOffer>>>;
export type PublicLocation = PublicOffer["locations"][number];
export type PublicSchedule = PublicOffer["schedules"][number];
