import "server-only";
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { headers } from "next/headers";
import type { SupportedLocale } from "@/i18n/locales";
import { enabledLocales } from "./enabled-locales";

/** Returned by the matcher when no requested language is close to a served one. */
const NONE = "und";

/**
 * The served language the browser prefers (Accept-Language, by q-value, regional variants and
 * close languages as CLDR matches them: "de-AT" is German, "uk-UA" Ukrainian), or undefined
 * when it asks for none we have.
 */
export function preferredLocale(acceptLanguage: string | null | undefined, served: readonly SupportedLocale[]): SupportedLocale | undefined {
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage ?? undefined } }).languages().filter(isLanguageTag);
  if (requested.length === 0) return undefined;
  const best = match(requested, served as SupportedLocale[], NONE);
  return served.find((code) => code === best);
}

/** The language to offer a switch to on a page in `locale`: the browser's choice when it is another one. */
export async function offeredLocale(locale: string): Promise<SupportedLocale | undefined> {
  const best = preferredLocale((await headers()).get("accept-language"), enabledLocales());
  return best === locale ? undefined : best;
}

// "*" and malformed tags from the header would make the matcher throw and lose the valid ones.
function isLanguageTag(tag: string) {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
