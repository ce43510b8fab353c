import { describe, expect, it } from "vitest";
import { synonymGroups } from "../../prisma/seed/synonyms";
import { indexSettings } from "../../search/settings";
import { knownWords, toMeiliSynonyms } from "../../search/synonyms";
import { synonymGroupFormValues, synonymGroupInputSchema } from "../../server/synonyms/schema";

// The seeded synonym list (prisma/seed/synonyms.ts) as the search applies it.
const seeded = synonymGroups.map((g) => ({ kind: g.kind, words: g.words, targets: g.targets ?? [] }));
const synonyms = toMeiliSynonyms(seeded);

describe("the seeded synonym list", () => {
  it("passes the rules of the reviewers' form, with unique keys", () => {
    for (const g of synonymGroups) {
      const parsed = synonymGroupInputSchema.safeParse(synonymGroupFormValues({ ...g, targets: g.targets ?? [], note: g.note ?? null }));
      expect(parsed.success, `${g.key}: ${parsed.error?.message}`).toBe(true);
      expect(parsed.data?.words, g.key).toEqual(g.words); // already lower case and trimmed
    }
    expect(new Set(synonymGroups.map((g) => g.key)).size).toBe(synonymGroups.length);
  });

  it("keeps the German need words one way and without generic targets", () => {
    expect(synonyms.demenz).toEqual(expect.arrayContaining(["pflegestützpunkt", "pflegeberatung"]));
    expect(synonyms.depression).toEqual(expect.arrayContaining(["psychosoziale beratung", "lebensberatung", "sozialpsychiatrischer dienst"]));
    expect(synonyms["sozialpsychiatrischer dienst"]).toBeUndefined();
    expect(synonyms.pflegestützpunkt ?? []).not.toContain("demenz");
    for (const g of synonymGroups.filter((g) => g.key.startsWith("de-") && g.kind === "ONE_WAY" && g.key !== "de-hilfe")) {
      for (const t of g.targets ?? []) expect(["beratung", "hilfe", "hilfen", "angebot", "unterstützung", "sozialberatung"], g.key).not.toContain(t);
    }
  });

  it("maps the main needs of every site language to the German offer words", () => {
    for (const word of ["debt advice", "борги", "долги", "ديون", "بدهی"]) expect(synonyms[word], word).toContain("schuldnerberatung");
    for (const word of ["pregnancy", "вагітність", "беременность", "حمل", "بارداری"]) expect(synonyms[word], word).toContain("schwangerschaft");
    expect(synonyms.counselling).toContain("beratung");
    expect(synonyms.schuldnerberatung).not.toContain("борги"); // one way
  });

  it("writes out both directions of an equivalent group", () => {
    expect(toMeiliSynonyms([{ kind: "EQUIVALENT", words: ["Kita", " kindergarten "], targets: [] }])).toEqual({ kindergarten: ["kita"], kita: ["kindergarten"] });
  });

  it("turns typo tolerance off for the curated single words only", () => {
    const settings = indexSettings(seeded);
    expect(settings.typoTolerance?.disableOnWords).toEqual(knownWords(synonyms));
    expect(knownWords(synonyms)).toEqual(expect.arrayContaining(["schulden", "demenz", "depression", "борги"]));
    expect(knownWords(synonyms).some((w) => w.includes(" "))).toBe(false);
  });
});

describe("the synonym form's rules", () => {
  it("splits lines and commas, lower-cases, refuses filter syntax and incomplete groups", () => {
    const ok = synonymGroupInputSchema.parse({ kind: "ONE_WAY", words: "Debt,  Борги\nديون", targets: "Schuldnerberatung", note: "" });
    expect(ok).toEqual({ kind: "ONE_WAY", words: ["debt", "борги", "ديون"], targets: ["schuldnerberatung"], note: null });
    expect(synonymGroupInputSchema.safeParse({ kind: "ONE_WAY", words: "debt", targets: "", note: "" }).success).toBe(false);
    expect(synonymGroupInputSchema.safeParse({ kind: "EQUIVALENT", words: "kita", targets: "", note: "" }).success).toBe(false);
    expect(synonymGroupInputSchema.safeParse({ kind: "EQUIVALENT", words: 'kita\n"x" OR 1=1', targets: "", note: "" }).success).toBe(false);
    expect(synonymGroupInputSchema.safeParse({ kind: "DROP", words: "a\nb", targets: "", note: "" }).success).toBe(false);
  });
});
