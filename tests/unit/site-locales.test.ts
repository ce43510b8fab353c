import { describe, expect, it } from "vitest";
import { parseEnv } from "../../server/env";
import { localeHref, MAX_CARRIED_QUERY, pagePathOf } from "../../i18n/page-url";
import { preferredLocale } from "../../server/i18n/language-offer";

const base = { DATABASE_URL: "postgresql://u:p@h/db", MEILI_HOST: "http://127.0.0.1:7700", MEILI_API_KEY: "0123456789abcdef", NEXTAUTH_SECRET: "x".repeat(32) };

describe("SITE_LOCALES", () => {
  it("serves every supported language unless set, German always, in the site's order", () => {
    expect(parseEnv(base).SITE_LOCALES).toEqual(["de", "en", "uk", "ru", "ar", "fa"]);
    expect(parseEnv({ ...base, SITE_LOCALES: "" }).SITE_LOCALES).toEqual(["de", "en", "uk", "ru", "ar", "fa"]);
    expect(parseEnv({ ...base, SITE_LOCALES: "uk, de ,EN" }).SITE_LOCALES).toEqual(["de", "en", "uk"]);
    expect(parseEnv({ ...base, SITE_LOCALES: "de" }).SITE_LOCALES).toEqual(["de"]);
  });

  it("refuses an unknown language and a list without German, naming the variable", () => {
    expect(() => parseEnv({ ...base, SITE_LOCALES: "de,fr,xx" })).toThrowError(/SITE_LOCALES lists unknown languages \(fr, xx\); the site has de, en, uk, ru, ar, fa/);
    expect(() => parseEnv({ ...base, SITE_LOCALES: "en,uk" })).toThrowError(/SITE_LOCALES must include de/);
    expect(() => parseEnv({ ...base, SITE_LOCALES: "de-x-ls" })).toThrowError(/SITE_LOCALES lists unknown languages/);
  });
});

describe("the same page in another language", () => {
  it("keeps path and query and puts German at / without prefix", () => {
    const search = pagePathOf("/?q=Schulden&handlungsfeld=2", "de");
    expect(localeHref("uk", search)).toBe("/uk?q=Schulden&handlungsfeld=2");
    expect(localeHref("de", search)).toBe("/?q=Schulden&handlungsfeld=2");
    const offer = pagePathOf("/uk/angebote/7?suche=%2F%3Fq%3Dx", "uk");
    expect(offer).toEqual({ pathname: "/angebote/7", search: "?suche=%2F%3Fq%3Dx" });
    expect(localeHref("de", offer)).toBe("/angebote/7?suche=%2F%3Fq%3Dx");
    expect(localeHref("ar", offer)).toBe("/ar/angebote/7?suche=%2F%3Fq%3Dx");
    expect(localeHref("en", pagePathOf("/uk", "uk"))).toBe("/en");
    // A German path that merely starts with a locale's letters keeps them.
    expect(pagePathOf("/ukraine-hilfe", "de").pathname).toBe("/ukraine-hilfe");
  });

  it("carries a query up to MAX_CARRIED_QUERY and drops a longer, made-up one", () => {
    const longest = `?q=${"a".repeat(MAX_CARRIED_QUERY - 3)}`;
    expect(pagePathOf(`/uk${longest}`, "uk")).toEqual({ pathname: "/", search: longest });
    expect(pagePathOf(`/uk/angebote/7${longest}b`, "uk")).toEqual({ pathname: "/angebote/7", search: "" });
  });

  it("never links off the site, whatever address it is given", () => {
    for (const odd of [undefined, null, "", "https://evil.example/x", "//evil.example", "x"]) expect(pagePathOf(odd, "de")).toEqual({ pathname: "/", search: "" });
    expect(localeHref("de", pagePathOf("/uk//evil.example", "uk"))).toBe("/evil.example");
    expect(localeHref("de", pagePathOf("/\\evil.example", "de"))).toBe("/");
  });
});

describe("the browser's language (Accept-Language)", () => {
  const all = ["de", "en", "uk", "ru", "ar", "fa"] as const;
  it("takes the served language with the highest q-value, regional variants and close languages included", () => {
    expect(preferredLocale("uk", all)).toBe("uk");
    expect(preferredLocale("de-DE,de;q=0.9,en;q=0.8", all)).toBe("de");
    expect(preferredLocale("de;q=0.5, uk-UA", all)).toBe("uk");
    expect(preferredLocale("fr-FR,fr;q=0.9,ar;q=0.5", all)).toBe("ar");
    expect(preferredLocale("fa-IR", all)).toBe("fa");
    expect(preferredLocale("en-GB,en;q=0.9", all)).toBe("en");
  });

  it("offers nothing for a language the site does not serve, a wildcard or a broken header", () => {
    expect(preferredLocale("fr-FR,fr;q=0.9", all)).toBeUndefined();
    expect(preferredLocale("uk", ["de", "en"])).toBeUndefined();
    expect(preferredLocale("*", all)).toBeUndefined();
    expect(preferredLocale(null, all)).toBeUndefined();
    expect(preferredLocale("", all)).toBeUndefined();
    expect(preferredLocale("<script>, en;q=abc, ,;;, uk;q=0.1", all)).toBe("uk");
  });
});
