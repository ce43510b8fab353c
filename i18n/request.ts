import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

// One message file per namespace and locale (messages/<locale>/<namespace>.json), so features
// and translations can be edited independently.
export const namespaces = ["layout", "search", "offer", "weekday"] as const;

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const parts = await Promise.all(namespaces.map((ns) => import(`../messages/${locale}/${ns}.json`)));
  return { locale, messages: Object.assign({}, ...parts.map((p) => p.default)) };
});
