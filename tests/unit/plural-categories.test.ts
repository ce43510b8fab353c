// Every ICU plural in every catalogue names each plural category its language needs: Ukrainian and
// Russian say "1 результат", "2 результати", "5 результатів" (one/few/many), Arabic has six forms.
// A missing category makes ICU fall back to "other", so "5" would read like "2"; nothing else notices.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { SUPPORTED_LOCALES } from "../../i18n/locales";

const dir = path.resolve(import.meta.dirname, "../../messages");

/** Every string in a catalogue with its key path ("Search.resultCount"). */
const strings = (value: unknown, prefix = ""): [string, string][] =>
  typeof value === "string"
    ? [[prefix, value]]
    : value && typeof value === "object"
      ? Object.entries(value).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k))
      : [];

/** Each plural of a parsed message (nested ones in plural, select and tag bodies too): its argument, ordinal or not, and its categories. */
function plurals(elements: MessageFormatElement[]): { name: string; ordinal: boolean; categories: string[] }[] {
  return elements.flatMap((el) => {
    if (el.type === TYPE.plural) {
      return [
        // "=0" is an exact value, not a category: it does not stand in for "zero" or "one".
        { name: el.value, ordinal: el.pluralType === "ordinal", categories: Object.keys(el.options).filter((k) => !k.startsWith("=")) },
        ...Object.values(el.options).flatMap((o) => plurals(o.value)),
      ];
    }
    if (el.type === TYPE.select) return Object.values(el.options).flatMap((o) => plurals(o.value));
    if (el.type === TYPE.tag) return plurals(el.children);
    return [];
  });
}

/** "uk/search.json Search.resultCount: {count} lacks few, many" for every plural in `locale`'s catalogues under `root` that misses a category. */
function missingPluralCategories(root: string, locale: string): string[] {
  const folder = path.join(root, locale);
  if (!existsSync(folder)) return []; // a locale without catalogues shows German (i18n/request.ts)
  const needed = (ordinal: boolean) => new Intl.PluralRules(locale, { type: ordinal ? "ordinal" : "cardinal" }).resolvedOptions().pluralCategories;
  const problems: string[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".json"))) {
    for (const [key, message] of strings(JSON.parse(readFileSync(path.join(folder, file), "utf8")))) {
      let parsed: MessageFormatElement[];
      try {
        // next-intl parses with rich-text tags (<link>...</link>) on, as here.
        parsed = parse(message);
      } catch (error) {
        problems.push(`${locale}/${file} ${key}: not valid ICU (${(error as Error).message})`);
        continue;
      }
      for (const plural of plurals(parsed)) {
        const missing = needed(plural.ordinal).filter((c) => !plural.categories.includes(c));
        if (missing.length > 0) problems.push(`${locale}/${file} ${key}: {${plural.name}} lacks ${missing.join(", ")}`);
      }
    }
  }
  return problems;
}

describe("plural categories", () => {
  it.each(SUPPORTED_LOCALES)("every plural in messages/%s covers the categories Intl.PluralRules needs", (locale) => {
    expect(missingPluralCategories(dir, locale)).toEqual([]);
  });

  it("reports a plural that lacks a category, nested ones and broken ICU too", () => {
    const root = mkdtempSync(path.join(tmpdir(), "plural-categories-"));
    mkdirSync(path.join(root, "uk"));
    const catalogue = {
      Search: {
        resultCount: "{count, plural, one {# результат} other {# результатів}}",
        complete: "{count, plural, one {#} few {#} many {#} other {#}}",
        nested: "{kind, select, a {<b>{n, plural, =0 {жодного} one {#} other {#}}</b>} other {x}}",
        broken: "{count, plural, one {#}",
      },
    };
    writeFileSync(path.join(root, "uk", "search.json"), JSON.stringify(catalogue));
    const problems = missingPluralCategories(root, "uk");
    expect(problems.slice(0, 2)).toEqual(["uk/search.json Search.resultCount: {count} lacks few, many", "uk/search.json Search.nested: {n} lacks few, many"]);
    expect(problems[2]).toMatch(/^uk\/search.json Search.broken: not valid ICU/);
    expect(problems).toHaveLength(3);
    expect(missingPluralCategories(root, "fa")).toEqual([]); // no catalogue: German stands in
  });
});
