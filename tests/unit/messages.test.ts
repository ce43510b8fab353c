import { readdirSync, readFileSync } from "node:fs";
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

  it.each(namespaces)("%s is loaded and has the same keys in every locale", (file) => {
    expect(source).toContain(`/${file}\``);
    const german = keys(JSON.parse(readFileSync(path.join(dir, routing.defaultLocale, file), "utf8"))).sort();
    for (const locale of routing.locales) {
      const other = keys(JSON.parse(readFileSync(path.join(dir, locale, file), "utf8"))).sort();
      expect(other, `${locale}/${file}`).toEqual(german);
    }
  });
});
