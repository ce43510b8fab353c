import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from "../../i18n/locales";
import { RESIDENT_NAMESPACES } from "../../i18n/namespaces";

// Lists, per locale and namespace, the German keys a catalogue lacks (German is shown for them,
// i18n/request.ts), and holds the residents' namespaces complete in every supported locale.

const dir = path.resolve(import.meta.dirname, "../../messages");

/** Leaf keys; an array (a page's lines) is one message, as the German fallback replaces it whole. */
const keys = (value: unknown, prefix = ""): string[] =>
  value && typeof value === "object" && !Array.isArray(value)
    ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

const read = (locale: string, namespace: string) => {
  const file = path.join(dir, locale, `${namespace}.json`);
  return existsSync(file) ? keys(JSON.parse(readFileSync(file, "utf8"))) : [];
};

function missingKeys(locale: string, namespace: string): string[] {
  const own = new Set(read(locale, namespace));
  return read(DEFAULT_LOCALE, namespace).filter((key) => !own.has(key));
}

const namespaces = readdirSync(path.join(dir, DEFAULT_LOCALE)).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
const others = SUPPORTED_LOCALES.filter((l) => l !== DEFAULT_LOCALE);

const isResident = (namespace: string) => (RESIDENT_NAMESPACES as readonly string[]).includes(namespace);
const shortList = (keys: string[]) => keys.slice(0, 4).join(", ") + (keys.length > 4 ? ", ..." : "");

describe("missing keys per locale", () => {
  it("prints what each catalogue lacks", () => {
    const rows = others.flatMap((locale) => {
      const resident = namespaces.filter(isResident).map((namespace) => ({ locale, namespace, missing: missingKeys(locale, namespace) }));
      // Staff namespaces are German by decision (i18n/namespaces.ts): one line per locale.
      const staff = namespaces.filter((ns) => !isResident(ns)).flatMap((ns) => missingKeys(locale, ns));
      return [...resident, { locale, namespace: "(staff, German by decision)", missing: staff }];
    });
    console.table(rows.filter((r) => r.missing.length > 0).map((r) => ({ ...r, count: r.missing.length, missing: shortList(r.missing) })));
    // The list names namespaces that exist: a renamed file would otherwise drop out of the check.
    expect(namespaces).toEqual(expect.arrayContaining([...RESIDENT_NAMESPACES]));
  });

  for (const locale of others) {
    it(`${locale}: the residents' namespaces are complete`, () => {
      const missing = Object.fromEntries(RESIDENT_NAMESPACES.map((ns) => [ns, missingKeys(locale, ns)]).filter(([, keys]) => keys.length > 0));
      expect(missing).toEqual({});
    });
  }
});
