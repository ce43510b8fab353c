import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { formats } from "./formats";
import { routing } from "./routing";

// One message file per namespace and locale (messages/<locale>/<namespace>.json), so features and
// translations can be edited independently. Listed one by one: the bundler resolves an import
// with one dynamic part (the locale), not two. A namespace a locale has no file for yet is empty.
const loadMessages = (locale: string): Promise<Messages[]> =>
  Promise.all([
    import(`../messages/${locale}/layout.json`).catch(missing),
    import(`../messages/${locale}/search.json`).catch(missing),
    import(`../messages/${locale}/offer.json`).catch(missing),
    import(`../messages/${locale}/weekday.json`).catch(missing),
    import(`../messages/${locale}/hours.json`).catch(missing),
    import(`../messages/${locale}/directory.json`).catch(missing),
    import(`../messages/${locale}/facets.json`).catch(missing),
    import(`../messages/${locale}/pages.json`).catch(missing),
    import(`../messages/${locale}/merkliste.json`).catch(missing),
    import(`../messages/${locale}/report.json`).catch(missing),
    import(`../messages/${locale}/auth.json`).catch(missing),
    import(`../messages/${locale}/admin.json`).catch(missing),
    import(`../messages/${locale}/review.json`).catch(missing),
    import(`../messages/${locale}/offer-form.json`).catch(missing),
    import(`../messages/${locale}/history.json`).catch(missing),
    import(`../messages/${locale}/reports.json`).catch(missing),
    import(`../messages/${locale}/accounts.json`).catch(missing),
    import(`../messages/${locale}/network.json`).catch(missing),
    import(`../messages/${locale}/organizations.json`).catch(missing),
    import(`../messages/${locale}/http.json`).catch(missing),
    import(`../messages/${locale}/need-data.json`).catch(missing),
    import(`../messages/${locale}/planning.json`).catch(missing),
    import(`../messages/${locale}/demand.json`).catch(missing),
    import(`../messages/${locale}/scenarios.json`).catch(missing),
    import(`../messages/${locale}/gaps.json`).catch(missing),
    import(`../messages/${locale}/planning-map.json`).catch(missing),
    import(`../messages/${locale}/plan.json`).catch(missing),
    import(`../messages/${locale}/funding.json`).catch(missing),
    import(`../messages/${locale}/plan-editing.json`).catch(missing),
    import(`../messages/${locale}/snapshots.json`).catch(missing),
    import(`../messages/${locale}/plan-periods.json`).catch(missing),
    import(`../messages/${locale}/evidence.json`).catch(missing),
    import(`../messages/${locale}/committee-report.json`).catch(missing),
    import(`../messages/${locale}/start.json`).catch(missing),
  ]);

type Messages = { default: Record<string, unknown> };
const missing = (): Messages => ({ default: {} });

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const below = out[key];
    out[key] = isObject(below) && isObject(value) ? deepMerge(below, value) : value;
  }
  return out;
}
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  // German is the source language: every string a catalogue lacks falls back to it, key by key.
  const [german, own] = await Promise.all([loadMessages(routing.defaultLocale), locale === routing.defaultLocale ? [] : loadMessages(locale)]);
  const messages = deepMerge(Object.assign({}, ...german.map((p) => p.default)), Object.assign({}, ...own.map((p) => p.default)));
  // The city's time zone for every date, on the server and (through NextIntlClientProvider) in the browser.
  return { locale, messages, timeZone: "Europe/Berlin", formats };
});
