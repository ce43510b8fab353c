import { z } from "zod";
import { TRANSLATION_LOCALES } from "../../i18n/locales";
import { plainText } from "../plain-text";
import { foreignAttributeSchema } from "./foreign-attribute";

// The editable offer as one document: what a provider's draft holds, what a publication snapshots
// into the history, and what seed and HSDS import produce. One schema for all of them, so a draft
// that validates can always be published. No "server-only" here: forms reuse it for messages.

const text = (max: number) => plainText().min(1).max(max);
const optionalText = (max: number) =>
  plainText().max(max).nullish().transform((v) => (v ? v : null));
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM");
const code = z.string().regex(/^[a-z0-9_-]+$/i).max(60);

/** OfferData fields that hold taxonomy term codes, and the taxonomy of each. */
export const TERM_FIELDS = {
  handlungsfelder: "handlungsfeld",
  lebensphasen: "lebensphase",
  angebotsarten: "angebotsart",
  /** Standard phrases ("kostenlos", "ohne Termin"), shown to residents in their language. */
  hinweise: "hinweis",
} as const;
export type TermField = keyof typeof TERM_FIELDS;

export const weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export const OFFER_STATUSES = ["active", "temporarily_closed", "inactive", "defunct"] as const;
export const ADDRESS_VISIBILITIES = ["PUBLIC", "HIDDEN", "NONE"] as const;
export const SERVICE_AREA_SCOPES = ["CITY", "PLANNING_AREAS", "OUTREACH", "REGION"] as const;
export const CHANNELS = ["IN_PERSON", "PHONE", "ONLINE", "OUTREACH"] as const;
export const PHONE_TYPES = ["voice", "cell", "text", "fax", "video", "pager", "textphone"] as const;

export const scheduleSchema = z
  .object({
    id: z.uuid().optional(),
    weekday: z.enum(weekdays),
    opensAt: time,
    closesAt: time,
    description: optionalText(300),
  })
  .refine((s) => s.opensAt < s.closesAt, { message: "closesAt must be after opensAt", path: ["closesAt"] });

export const locationSchema = z.object({
  id: z.uuid(),
  name: optionalText(200),
  street: optionalText(200),
  postalCode: z.string().regex(/^\d{5}$/, "must be a five-digit German postcode").nullish().transform((v) => v ?? null),
  city: optionalText(100),
  latitude: z.number().min(-90).max(90).nullish().transform((v) => v ?? null),
  longitude: z.number().min(-180).max(180).nullish().transform((v) => v ?? null),
  planningAreaCode: code.nullish().transform((v) => v ?? null),
  stepFree: z.boolean().nullish().transform((v) => v ?? null),
  accessibleToilet: z.boolean().nullish().transform((v) => v ?? null),
  hearingLoop: z.boolean().nullish().transform((v) => v ?? null),
  accessibilityNote: optionalText(1000),
  /** Opening hours at this location. */
  schedules: z.array(scheduleSchema).max(50).default([]),
});

export const phoneSchema = z.object({
  id: z.uuid().optional(),
  number: z.string().trim().regex(/^[+0-9 ()/-]{3,40}$/, "must be a phone number"),
  extension: optionalText(20),
  type: z.enum(PHONE_TYPES).default("voice"),
  description: optionalText(300),
});

export const contactSchema = z.object({
  id: z.uuid().optional(),
  name: optionalText(200),
  title: optionalText(200),
  department: optionalText(200),
  email: z.email().nullish().transform((v) => v ?? null),
});

export const planningSchema = z.object({
  staffFte: z.number().min(0).max(9999).nullish().transform((v) => v ?? null),
  places: z.number().int().min(0).nullish().transform((v) => v ?? null),
  waitingTimeWeeks: z.number().int().min(0).max(520).nullish().transform((v) => v ?? null),
  acceptingNewClients: z.boolean().nullish().transform((v) => v ?? null),
  legalBasis: optionalText(300),
  lszFundingArea: optionalText(300),
  lszFundingStage: z.number().int().min(1).max(3).nullish().transform((v) => v ?? null),
  fundingAmountEur: z.number().int().min(0).nullish().transform((v) => v ?? null),
  professionalContact: optionalText(500),
  intakeCriteria: optionalText(2000),
});


export const translationSchema = z.object({
  locale: z.enum(TRANSLATION_LOCALES),
  name: text(200),
  description: text(10_000),
  eligibilityDescription: optionalText(4000),
  feesDescription: optionalText(2000),
  applicationProcess: optionalText(4000),
  /**
   * The editor confirms that this unchanged translation still fits the German text: publishing it
   * clears (or does not set) its outdatedSince. Only meaningful in a revision; the published rows
   * do not keep it, so a version read back from the tables never carries it.
   */
  stillCurrent: z.boolean().default(false),
});

/** The offer's fields, without the cross-field rules (forms derive their schema from this). */
export const offerFieldsSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  name: text(200),
  alternateName: optionalText(200),
  description: text(10_000),
  url: z.url({ protocol: /^https?$/ }).nullish().transform((v) => v ?? null),
  email: z.email().nullish().transform((v) => v ?? null),
  status: z.enum(OFFER_STATUSES).default("active"),
  feesDescription: optionalText(2000),
  free: z.boolean().nullish().transform((v) => v ?? null),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, "must be an ISO 639 code")).max(40).default([]),
  eligibilityDescription: optionalText(4000),
  applicationProcess: optionalText(4000),
  requiredDocuments: z.array(text(300)).max(30).default([]),
  appointmentRequired: z.boolean().default(false),
  byArrangement: z.boolean().default(false),
  lastVerifiedAt: z.iso.date().nullish().transform((v) => v ?? null),
  addressVisibility: z.enum(ADDRESS_VISIBILITIES).default("PUBLIC"),
  serviceAreaScope: z.enum(SERVICE_AREA_SCOPES).default("CITY"),
  serviceAreaNote: optionalText(1000),
  /** Planungsräume served (for PLANNING_AREAS or OUTREACH). */
  serviceAreaCodes: z.array(code).max(50).default([]),
  anonymousPossible: z.boolean().default(false),
  /** A protection offer (women's shelter, violence protection): shows Quick-Exit. Reviewers set it. */
  protectionOffer: z.boolean().default(false),
  channels: z.array(z.enum(CHANNELS)).max(4).default([]),
  interpreterAvailable: z.boolean().nullish().transform((v) => v ?? null),
  homeVisits: z.boolean().nullish().transform((v) => v ?? null),
  /** Codes of the taxonomy terms. */
  handlungsfelder: z.array(code).max(6).default([]),
  lebensphasen: z.array(code).max(20).default([]),
  angebotsarten: z.array(code).max(20).default([]),
  hinweise: z.array(code).max(30).default([]),
  locations: z.array(locationSchema).max(30).default([]),
  /** Hours that belong to no location (e.g. phone hours). */
  schedules: z.array(scheduleSchema).max(50).default([]),
  phones: z.array(phoneSchema).max(20).default([]),
  contacts: z.array(contactSchema).max(20).default([]),
  planning: planningSchema.nullish().transform((v) => v ?? null),
  measureIds: z.array(z.uuid()).max(50).default([]),
  /** Reviewed with the offer, published with it (one per locale). */
  translations: z.array(translationSchema).max(TRANSLATION_LOCALES.length).default([]),
  /**
   * Another directory's classifications the import could not map, kept as they came so an export
   * carries them on (server/offers/foreign-attribute.ts). Only imports write them; forms keep them.
   */
  foreignAttributes: z.array(foreignAttributeSchema).max(200).default([]),
  isDemo: z.boolean().default(false),
});

/** Rules across fields, shared by the document schema and the edit form's schema. */
export function offerRules<T extends { addressVisibility: string; locations: unknown[]; translations: { locale: string }[] }>(o: T, ctx: z.RefinementCtx) {
  if (o.addressVisibility === "NONE" && o.locations.length > 0)
    ctx.addIssue({ code: "custom", message: "an offer without an address cannot have locations", path: ["locations"] });
  const locales = o.translations.map((t) => t.locale);
  locales.forEach((l, i) => {
    if (locales.indexOf(l) !== i) ctx.addIssue({ code: "custom", message: "one translation per language", path: ["translations", i, "locale"] });
  });
}

export const offerDataSchema = offerFieldsSchema.superRefine(offerRules);

export type OfferData = z.output<typeof offerDataSchema>;
export type OfferDataInput = z.input<typeof offerDataSchema>;
