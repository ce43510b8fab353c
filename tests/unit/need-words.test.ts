import { describe, expect, it } from "vitest";
import { NEED_WORDS } from "../../search/need-words";
import { KNOWN_WORDS, offerIndexSettings } from "../../search/settings";

// The curated need words stay usable as Meilisearch synonyms: lower case (Meilisearch normalises
// queries so), no generic target that would match half the catalogue, and applied one way.
describe("need words", () => {
  it("holds 20-80 curated needs in lower case, without generic targets", () => {
    const needs = Object.keys(NEED_WORDS);
    expect(needs.length).toBeGreaterThanOrEqual(20);
    expect(needs.length).toBeLessThanOrEqual(80);
    for (const [need, targets] of Object.entries(NEED_WORDS)) {
      expect(need).toBe(need.toLowerCase());
      expect(targets.length, need).toBeGreaterThan(0);
      for (const t of targets) {
        expect(t, need).toBe(t.toLowerCase());
        expect(["beratung", "hilfe", "hilfen", "angebot", "unterstützung", "sozialberatung"], need).not.toContain(t);
      }
    }
  });

  it("applies each need word as a synonym, one way only", () => {
    const synonyms = offerIndexSettings.synonyms!;
    expect(synonyms.demenz).toEqual(expect.arrayContaining(["pflegestützpunkt", "pflegeberatung"]));
    expect(synonyms.depression).toEqual(expect.arrayContaining(["psychosoziale beratung", "lebensberatung", "sozialpsychiatrischer dienst"]));
    expect(synonyms["sozialpsychiatrischer dienst"]).toBeUndefined();
    expect(synonyms.pflegestützpunkt ?? []).not.toContain("demenz");
  });

  it("turns typo tolerance off for the curated words only", () => {
    expect(offerIndexSettings.typoTolerance?.disableOnWords).toEqual(KNOWN_WORDS);
    expect(KNOWN_WORDS).toEqual(expect.arrayContaining(["schulden", "demenz", "depression"]));
    expect(KNOWN_WORDS.some((w) => w.includes(" "))).toBe(false);
  });
});
