import { TRANSLATION_LOCALES } from "../../i18n/locales";
import type { OfferData, OfferDataInput } from "../offers/schema";
import type { HsdsService } from "./hsds-schema";

// HSDS 3.0 has no table for translated text. The catalogue writes an offer's translations as an
// extension property of the service, which the schema allows (its objects do not forbid
// additional properties, so the export still validates):
//
//   "x_translations": { "<BCP 47 tag>": { "name", "description", "eligibility_description",
//                                          "application_process", "fees_description" } }
//
// keyed by language tag ("en", "uk", "ar", Leichte Sprache "de-x-ls"), each member named like the
// service field it translates. Always written (an empty object when there is none), so an import
// can tell "no translations" from "a file that knows nothing of them": a record without the
// property keeps the stored translations; a record with it replaces them. The tabular (CSV)
// package has no place for it and carries no translations.

export const TRANSLATIONS_PROPERTY = "x_translations";

type HsdsTranslations = NonNullable<HsdsService["x_translations"]>;

export function toHsdsTranslations(offer: OfferData): HsdsTranslations {
  return Object.fromEntries(
    offer.translations.map((t) => [
      t.locale,
      {
        name: t.name,
        description: t.description,
        eligibility_description: t.eligibilityDescription,
        application_process: t.applicationProcess,
        fees_description: t.feesDescription,
      },
    ]),
  );
}

const str = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);

/**
 * The translations of a record, or undefined when it has no x_translations (keep the stored ones).
 * Tags the catalogue does not translate into are reported and left out; the texts are checked by
 * the offer schema like any other field.
 */
export function fromHsdsTranslations(service: HsdsService, warn: (m: string) => void): OfferDataInput["translations"] | undefined {
  const raw = service.x_translations;
  if (raw === undefined || raw === null) return undefined;
  const out: NonNullable<OfferDataInput["translations"]> = [];
  for (const [tag, t] of Object.entries(raw)) {
    const locale = TRANSLATION_LOCALES.find((l) => l === tag.toLowerCase());
    if (!locale) {
      warn(`${TRANSLATIONS_PROPERTY}: language "${tag}" is not one the catalogue translates into and was left out`);
      continue;
    }
    out.push({
      locale,
      name: str(t.name) ?? "",
      description: str(t.description) ?? "",
      eligibilityDescription: str(t.eligibility_description),
      applicationProcess: str(t.application_process),
      feesDescription: str(t.fees_description),
    });
  }
  return out;
}
