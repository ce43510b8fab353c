import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { formats } from "./formats";
import { routing } from "./routing";

// One message file per namespace and locale (messages/<locale>/<namespace>.json), so features and
// translations can be edited independently. Listed one by one: the bundler resolves an import
// with one dynamic part (the locale), not two.
const loadMessages = (locale: string) =>
  Promise.all([
    import(`../messages/${locale}/layout.json`),
    import(`../messages/${locale}/search.json`),
    import(`../messages/${locale}/offer.json`),
    import(`../messages/${locale}/weekday.json`),
    import(`../messages/${locale}/hours.json`),
    import(`../messages/${locale}/directory.json`),
    import(`../messages/${locale}/facets.json`),
    import(`../messages/${locale}/pages.json`),
    import(`../messages/${locale}/merkliste.json`),
    import(`../messages/${locale}/report.json`),
    import(`../messages/${locale}/auth.json`),
    import(`../messages/${locale}/admin.json`),
    import(`../messages/${locale}/review.json`),
    import(`../messages/${locale}/offer-form.json`),
    import(`../messages/${locale}/history.json`),
    import(`../messages/${locale}/reports.json`),
    import(`../messages/${locale}/accounts.json`),
    import(`../messages/${locale}/network.json`),
    import(`../messages/${locale}/organizations.json`),
    import(`../messages/${locale}/http.json`),
    import(`../messages/${locale}/need-data.json`),
    import(`../messages/${locale}/planning.json`),
    import(`../messages/${locale}/demand.json`),
    import(`../messages/${locale}/scenarios.json`),
    import(`../messages/${locale}/gaps.json`),
    import(`../messages/${locale}/planning-map.json`),
    import(`../messages/${locale}/plan.json`),
    import(`../messages/${locale}/funding.json`),
    import(`../messages/${locale}/plan-editing.json`),
    import(`../messages/${locale}/snapshots.json`),
    import(`../messages/${locale}/plan-periods.json`),
    import(`../messages/${locale}/evidence.json`),
    import(`../messages/${locale}/committee-report.json`),
    import(`../messages/${locale}/start.json`),
  ]);

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const parts = await loadMessages(locale);
  // The city's time zone for every date, on the server and (through NextIntlClientProvider) in the browser.
  return { locale, messages: Object.assign({}, ...parts.map((p) => p.default)), timeZone: "Europe/Berlin", formats };
});
