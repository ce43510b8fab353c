import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
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
    import(`../messages/${locale}/facets.json`),
    import(`../messages/${locale}/pages.json`),
    import(`../messages/${locale}/merkliste.json`),
    import(`../messages/${locale}/report.json`),
    import(`../messages/${locale}/auth.json`),
    import(`../messages/${locale}/admin.json`),
    import(`../messages/${locale}/review.json`),
  ]);

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const parts = await loadMessages(locale);
  return { locale, messages: Object.assign({}, ...parts.map((p) => p.default)) };
});
