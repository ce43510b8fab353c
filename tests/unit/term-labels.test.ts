import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { taxonomies, withTermLabels } from "../../prisma/seed/taxonomies";

// Translation files are edited by hand: a wrong code must stop the seed instead of vanishing.
describe("term labels from files", () => {
  let dir = "";
  const write = (locale: string, content: unknown) => {
    dir ||= mkdtempSync(path.join(tmpdir(), "term-labels-"));
    writeFileSync(path.join(dir, `${locale}.json`), JSON.stringify(content));
  };
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true });
    dir = "";
  });
  // The seed's own labels only (the exported taxonomies carry the real files' labels already).
  const bare = taxonomies.map((t) => ({ ...t, terms: t.terms.map((x) => ({ ...x, labels: { en: x.labels.en, "de-x-ls": x.labels["de-x-ls"] } })) }));
  const term = (list: typeof taxonomies, key: string, code: string) => list.find((t) => t.key === key)!.terms.find((x) => x.code === code)!;

  it("adds a file's labels next to the ones written in the seed", () => {
    write("uk", { lebensphase: { senioren: "Літні люди (65+)" } });
    const merged = withTermLabels(bare, dir);
    expect(term(merged, "lebensphase", "senioren").labels).toEqual({ en: "Older people (65+)", "de-x-ls": "Ältere Menschen", uk: "Літні люди (65+)" });
  });

  it("reads only translation locales and ignores other files", () => {
    write("xx", { lebensphase: { senioren: "?" } });
    expect(term(withTermLabels(bare, dir), "lebensphase", "senioren").labels).not.toHaveProperty("xx");
  });

  it.each([
    ["an unknown taxonomy", { lebensphasen: { senioren: "x" } }, /unknown taxonomy "lebensphasen"/],
    ["an unknown code", { lebensphase: { senior: "x" } }, /unknown lebensphase code "senior"/],
    ["an empty label", { lebensphase: { senioren: " " } }, /ru\.json/],
  ])("rejects %s", (_what, content, message) => {
    write("ru", content);
    expect(() => withTermLabels(bare, dir)).toThrow(message);
  });

  it("rejects relabelling a term the seed labels itself", () => {
    write("en", { lebensphase: { senioren: "Seniors" } });
    expect(() => withTermLabels(bare, dir)).toThrow(/labelled in taxonomies\.ts already/);
  });

  it("labels every Handlungsfeld, Lebensphase and Angebotsart in Ukrainian and Russian", () => {
    for (const t of taxonomies.filter((x) => x.key !== "planungsraum")) {
      for (const x of t.terms) expect([x.labels.uk, x.labels.ru], `${t.key} ${x.code}`).toEqual([expect.any(String), expect.any(String)]);
    }
  });
});
