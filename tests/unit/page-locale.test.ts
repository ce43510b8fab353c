import { describe, expect, it } from "vitest";

// The page-side check behind proxy.ts: a request that passes the proxy untouched (a path with a dot,
// which next-intl's matcher skips) still finds no page in a language the site does not serve.
process.env.SITE_LOCALES = "de,en";
const { enterPageLocale } = await import("../../i18n/page-locale");
const { enabledLocales, isEnabledLocale } = await import("../../server/i18n/enabled-locales");

describe("enterPageLocale with SITE_LOCALES=de,en", () => {
  it("finds no page in a supported language the site does not serve, nor in an unknown one", () => {
    for (const locale of ["uk", "ar", "fr", "favicon.ico"]) expect(() => enterPageLocale(locale), locale).toThrowError(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  // (Entering a served one sets next-intl's request locale, which needs React's server renderer: e2e.)
  it("serves German and English only", () => {
    expect(enabledLocales()).toEqual(["de", "en"]);
    expect(["de", "en", "uk", "x"].map(isEnabledLocale)).toEqual([true, true, false, false]);
  });
});
