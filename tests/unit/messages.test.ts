import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "../../i18n/routing";

const dir = path.resolve(import.meta.dirname, "../../messages");
const keys = (value: unknown, prefix = ""): string[] =>
  value && typeof value === "object"
    ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

describe("message catalogues", () => {
  const namespaces = readdirSync(path.join(dir, routing.defaultLocale)).filter((f) => f.endsWith(".json"));
  const source = readFileSync(path.resolve(import.meta.dirname, "../../i18n/request.ts"), "utf8");

  // English is kept complete; the other catalogues may lack strings (German stands in for them),
  // but a key German does not have is a typo that would never be shown.
  it.each(namespaces)("%s is loaded, complete in English and has no unknown keys in any locale", (file) => {
    expect(source).toContain(`/${file}\``);
    const german = keys(JSON.parse(readFileSync(path.join(dir, routing.defaultLocale, file), "utf8"))).sort();
    for (const locale of routing.locales) {
      const own = path.join(dir, locale, file);
      if (locale !== "en" && !existsSync(own)) continue;
      const other = keys(JSON.parse(readFileSync(own, "utf8"))).sort();
      if (locale === "en") expect(other, `${locale}/${file}`).toEqual(german);
      else expect(other.filter((k) => !german.includes(k)), `${locale}/${file}`).toEqual([]);
    }
  });
});
