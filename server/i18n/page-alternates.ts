import "server-only";
import { headers } from "next/headers";
import { DEFAULT_LOCALE, type SupportedLocale } from "@/i18n/locales";
import { PAGE_URL_HEADER, localeHref, pagePathOf } from "@/i18n/page-url";
import { env } from "../env";
import { enabledLocales } from "./enabled-locales";

export type Alternate = { locale: SupportedLocale; href: string };

/** The page being rendered in every language the site serves: same path, same query (a search stays a search). */
export async function pageAlternates(locale: string): Promise<Alternate[]> {
  const page = pagePathOf((await headers()).get(PAGE_URL_HEADER), locale);
  return enabledLocales().map((code) => ({ locale: code, href: localeHref(code, page) }));
}

/**
 * hreflang alternates for the page's head: one absolute URL per served language plus x-default
 * (German). Absolute on the site's public URL (NEXTAUTH_URL), else on the host the request named.
 */
export async function pageAlternateUrls(locale: string): Promise<Record<string, string>> {
  const base = env.NEXTAUTH_URL ?? (await requestOrigin());
  const alternates = await pageAlternates(locale);
  const urls: Record<string, string> = Object.fromEntries(alternates.map((a) => [a.locale, new URL(a.href, base).href]));
  urls["x-default"] = urls[DEFAULT_LOCALE]!;
  return urls;
}

/** Without NEXTAUTH_URL (development): the Host header, which is the client's claim, so only a valid host is taken. */
async function requestOrigin() {
  const h = await headers();
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  try {
    return new URL(`${proto}://${h.get("host")}`).origin;
  } catch {
    return "http://localhost";
  }
}
