// What the key-set test (messages.test.ts) cannot see inside the ICU messages of every catalogue:
// - each plural names every category its language needs: Ukrainian and Russian say "1 результат",
//   "2 результати", "5 результатів" (one/few/many), Arabic has six forms. A missing category falls
//   back to "other", so "5" would read like "2", and nothing else notices;
// - a number German formats ({page, number}, plurals) is formatted in the translation too: a plain
//   {page} prints Latin digits next to the Persian ones Intl writes for Farsi elsewhere on the page.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from "../../i18n/locales";

const dir = path.resolve(import.meta.dirname, "../../messages");

/** Every string in a catalogue with its key path ("Search.resultCount"). */
const strings = (value: unknown, prefix = ""): [string, string][] =>
  typeof value === "string"
    ? [[prefix, value]]
    : value && typeof value === "object"
      ? Object.entries(value).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k))
      : [];

/** Every element of a parsed message, those nested in plural, select and tag bodies too. */
const elements = (parsed: MessageFormatElement[]): MessageFormatElement[] =>
  parsed.flatMap((el) => [
    el,
    ...(el.type === TYPE.plural || el.type === TYPE.select ? Object.values(el.options).flatMap((o) => elements(o.value)) : []),
    ...(el.type === TYPE.tag ? elements(el.children) : []),
  ]);

type Catalogue = { file: string; key: string; parsed: MessageFormatElement[] | Error };

/** Each message of `locale`'s catalogues under `root`, parsed as next-intl parses it (rich-text tags on). */
function catalogue(root: string, locale: string): Catalogue[] {
  const folder = path.join(root, locale);
  if (!existsSync(folder)) return []; // a locale without catalogues shows German (i18n/request.ts)
  return readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .flatMap((file) =>
      strings(JSON.parse(readFileSync(path.join(folder, file), "utf8"))).map(([key, message]) => {
        try {
          return { file, key, parsed: parse(message) };
        } catch (error) {
          return { file, key, parsed: error as Error };
        }
      }),
    );
}

/** "uk/search.json Search.resultCount: {count} lacks few, many" for every plural that misses a category (and every message that is no valid ICU). */
function missingPluralCategories(root: string, locale: string): string[] {
  const needed = (ordinal: boolean) => new Intl.PluralRules(locale, { type: ordinal ? "ordinal" : "cardinal" }).resolvedOptions().pluralCategories;
  return catalogue(root, locale).flatMap(({ file, key, parsed }) => {
    if (parsed instanceof Error) return [`${locale}/${file} ${key}: not valid ICU (${parsed.message})`];
    return elements(parsed).flatMap((el) => {
      if (el.type !== TYPE.plural) return [];
      // "=0" is an exact value, not a category: it does not stand in for "zero" or "one".
      const missing = needed(el.pluralType === "ordinal").filter((c) => !(c in el.options));
      return missing.length > 0 ? [`${locale}/${file} ${key}: {${el.value}} lacks ${missing.join(", ")}`] : [];
    });
  });
}

const FORMATTED = new Set<TYPE>([TYPE.number, TYPE.plural, TYPE.date, TYPE.time]);

/** Every argument German formats (number, plural, date, time) that `locale`'s message of the same key prints as plain text. */
function unformattedNumbers(root: string, locale: string): string[] {
  const german = new Map(catalogue(root, DEFAULT_LOCALE).map((m) => [`${m.file} ${m.key}`, m.parsed]));
  return catalogue(root, locale).flatMap(({ file, key, parsed }) => {
    const source = german.get(`${file} ${key}`);
    if (parsed instanceof Error || !source || source instanceof Error) return [];
    const formatted = new Set(elements(source).flatMap((el) => (FORMATTED.has(el.type) && "value" in el ? [el.value] : [])));
    return elements(parsed).flatMap((el) =>
      el.type === TYPE.argument && formatted.has(el.value) ? [`${locale}/${file} ${key}: {${el.value}} is plain text; German formats it (e.g. {${el.value}, number})`] : [],
    );
  });
}

/** A messages folder of its own: German and one Ukrainian catalogue with the given messages. */
function fixture(uk: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), "catalogue-icu-"));
  mkdirSync(path.join(root, "de"));
  mkdirSync(path.join(root, "uk"));
  writeFileSync(path.join(root, "de", "search.json"), JSON.stringify({ Search: { page: "Seite {page, number} von {pages, number}", count: "{count, plural, one {# Angebot} other {# Angebote}}" } }));
  writeFileSync(path.join(root, "uk", "search.json"), JSON.stringify({ Search: uk }));
  return root;
}

describe("plural categories", () => {
  it.each(SUPPORTED_LOCALES)("every plural in messages/%s covers the categories Intl.PluralRules needs", (locale) => {
    expect(missingPluralCategories(dir, locale)).toEqual([]);
  });

  it("reports a plural that lacks a category, nested ones and broken ICU too", () => {
    const root = fixture({
      resultCount: "{count, plural, one {# результат} other {# результатів}}",
      complete: "{count, plural, one {#} few {#} many {#} other {#}}",
      nested: "{kind, select, a {<b>{n, plural, =0 {жодного} one {#} other {#}}</b>} other {x}}",
      broken: "{count, plural, one {#}",
    });
    expect(missingPluralCategories(root, "uk")).toEqual([
      "uk/search.json Search.resultCount: {count} lacks few, many",
      "uk/search.json Search.nested: {n} lacks few, many",
      expect.stringMatching(/^uk\/search.json Search.broken: not valid ICU/),
    ]);
    expect(missingPluralCategories(root, "fa")).toEqual([]); // no catalogue: German stands in
  });
});

describe("numbers in translations", () => {
  it.each(SUPPORTED_LOCALES.filter((l) => l !== DEFAULT_LOCALE))("messages/%s formats every number German formats", (locale) => {
    expect(unformattedNumbers(dir, locale)).toEqual([]);
  });

  it("reports a number German formats that a translation prints as plain text", () => {
    const root = fixture({ page: "Сторінка {page} з {pages, number}", count: "{count, plural, one {#} few {#} many {#} other {#}}" });
    expect(unformattedNumbers(root, "uk")).toEqual(["uk/search.json Search.page: {page} is plain text; German formats it (e.g. {page, number})"]);
  });
});
