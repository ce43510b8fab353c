import { z } from "zod";
import { locationSchema, offerFieldsSchema, offerRules, planningSchema, type OfferData } from "../offers/schema";
import { TRANSLATION_LOCALES } from "../../i18n/locales";

// The offer edit form: what it sends and how that is checked. Built from the offer's own schema, so
// the form cannot accept what an offer may not hold; only the shapes a form can express differ
// (yes/no/unknown selects, one line per document, rows without ids). No server code here: the
// form component uses it too.

/** A select with "ja", "nein" and "keine Angabe" (empty) for a boolean that may be unknown. */
const yesNoUnknown = z
  .enum(["yes", "no"])
  .optional()
  .transform((v) => (v === "yes" ? true : v === "no" ? false : null));

const optional = (max: number) => z.string().trim().max(max).optional();

/** An empty translation is no translation; a started one needs a name and a description. */
const translationForm = z
  .object({
    locale: z.enum(TRANSLATION_LOCALES),
    name: optional(200),
    description: optional(10_000),
    eligibilityDescription: optional(4000),
    feesDescription: optional(2000),
    applicationProcess: optional(4000),
    /** "Übersetzung ist noch aktuell": confirms an unchanged translation after a German change. */
    stillCurrent: z.boolean().default(false),
  })
  .superRefine((t, ctx) => {
    const started = [t.name, t.description, t.eligibilityDescription, t.feesDescription, t.applicationProcess].some(Boolean);
    for (const key of ["name", "description"] as const)
      if (started && !t[key]) ctx.addIssue({ code: "custom", path: [key], message: "required" });
  });

const locationForm = locationSchema.omit({ id: true, latitude: true, longitude: true }).extend({
  /** The stored location being edited; a new one gets its id on the server. */
  id: z.uuid().optional(),
  stepFree: yesNoUnknown,
  accessibleToilet: yesNoUnknown,
  hearingLoop: yesNoUnknown,
});

/** Languages offered as checkboxes (ISO 639): those most asked for in Eisenach's counselling. */
export const LANGUAGE_CHOICES = ["de", "en", "ar", "ru", "uk", "tr", "fa", "ps", "ku", "pl", "ro", "bg", "vi", "fr", "es", "ti", "so"];

/** Planning fields a provider keeps current; the others (funding, legal basis) are the city's. */
export const PROVIDER_PLANNING_FIELDS = ["places", "staffFte", "waitingTimeWeeks", "acceptingNewClients", "professionalContact", "intakeCriteria"] as const;

export const offerFormSchema = offerFieldsSchema
  .omit({ id: true, organizationId: true, isDemo: true, lastVerifiedAt: true, foreignAttributes: true })
  .extend({
    free: yesNoUnknown,
    interpreterAvailable: yesNoUnknown,
    homeVisits: yesNoUnknown,
    /** One document per line. */
    requiredDocuments: z
      .string()
      .optional()
      .transform((v) => (v ?? "").split("\n").map((line) => line.trim()).filter(Boolean))
      .pipe(z.array(z.string().max(300, "too_long")).max(30)),
    locations: z.array(locationForm).max(30).default([]),
    planning: planningSchema.extend({ acceptingNewClients: yesNoUnknown }).optional(),
    translations: z
      .array(translationForm)
      .max(TRANSLATION_LOCALES.length)
      .default([])
      .transform((ts) => ts.filter((t) => t.name || t.description).map((t) => ({ ...t, name: t.name!, description: t.description! }))),
  })
  .superRefine(offerRules);

export type OfferFormInput = z.input<typeof offerFormSchema>;
export type OfferFormValues = z.output<typeof offerFormSchema>;

/** What an error next to a field says (messages: Review.edit.errors.<code>). */
export const FORM_ERROR_CODES = ["required", "too_long", "invalid", "closes_before_opens", "no_locations_without_address", "duplicate_locale", "unknown_choice", "forbidden"] as const;
export type FormErrorCode = (typeof FORM_ERROR_CODES)[number];

/** Messages of the offer schema's own rules, as form error codes. */
const RULE_CODES: Record<string, FormErrorCode> = {
  "closesAt must be after opensAt": "closes_before_opens",
  "an offer without an address cannot have locations": "no_locations_without_address",
  "one translation per language": "duplicate_locale",
};

/** zod error map for the form: a code instead of zod's English message (for developers, not for the form). */
export function formErrorMap(issue: { code?: string; input?: unknown; message?: string }): FormErrorCode {
  if (issue.code === "invalid_type" && (issue.input === undefined || issue.input === "")) return "required";
  if (issue.code === "too_small" && typeof issue.input === "string") return "required";
  if (issue.code === "too_big") return "too_long";
  if (issue.code === "invalid_value") return "unknown_choice";
  return "invalid";
}

/** Every issue's message as a code the form can translate. */
export const formErrorCodes = (issues: readonly { message: string }[]): FormErrorCode[] =>
  issues.map((i) => RULE_CODES[i.message] ?? ((FORM_ERROR_CODES as readonly string[]).includes(i.message) ? (i.message as FormErrorCode) : "invalid"));

export const REVIEW_COMMENT_MIN = 3;
export const REVIEW_COMMENT_MAX = 2000;

const yesNo = (v: boolean | null) => (v === true ? "yes" : v === false ? "no" : undefined);

/** An offer as the form's starting values (the shapes the form's fields send). */
export function toFormDefaults(d: OfferData): OfferFormInput {
  const { id: _id, organizationId: _org, isDemo: _demo, lastVerifiedAt: _verified, ...rest } = d;
  return {
    ...rest,
    free: yesNo(d.free),
    interpreterAvailable: yesNo(d.interpreterAvailable),
    homeVisits: yesNo(d.homeVisits),
    requiredDocuments: d.requiredDocuments.join("\n"),
    locations: d.locations.map(({ latitude: _lat, longitude: _lon, ...l }) => ({
      ...l,
      stepFree: yesNo(l.stepFree),
      accessibleToilet: yesNo(l.accessibleToilet),
      hearingLoop: yesNo(l.hearingLoop),
    })),
    planning: d.planning ? { ...d.planning, acceptingNewClients: yesNo(d.planning.acceptingNewClients) } : undefined,
    // One entry per language, filled or not, so the form always shows every language's fields.
    translations: TRANSLATION_LOCALES.map((locale) => d.translations.find((t) => t.locale === locale) ?? { locale }),
  } as OfferFormInput;
}
