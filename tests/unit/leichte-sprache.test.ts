import { describe, expect, it } from "vitest";
import { leichteSpracheHints, sentencesOf } from "../../server/revisions/leichte-sprache";

const rules = (text: string) => leichteSpracheHints(text).map((h) => h.rule);

describe("Leichte Sprache hints", () => {
  it("finds nothing to say about short, plain, active sentences", () => {
    expect(leichteSpracheHints("Sie haben Schulden? Wir helfen Ihnen. Die Beratung kostet nichts.").filter((h) => h.rule !== "negation")).toEqual([]);
    expect(leichteSpracheHints("Wir helfen bei Fragen zur Schuldner·beratung und zum Geld.")).toEqual([]);
    expect(leichteSpracheHints("")).toEqual([]);
    expect(leichteSpracheHints(null)).toEqual([]);
  });

  it("names sentences over 15 words with their word count", () => {
    const long = "Wir beraten Sie bei allen Fragen rund um Ihre Schulden und helfen Ihnen auch gern beim Ausfüllen von Anträgen.";
    expect(leichteSpracheHints(long)).toContainEqual({ rule: "long_sentence", text: expect.stringMatching(/^Wir beraten Sie/), words: 19 });
    expect(rules("Wir beraten Sie. Wir helfen Ihnen.")).not.toContain("long_sentence");
  });

  it("names sentences with several statements (commas, und, oder)", () => {
    expect(rules("Sie kommen zu uns, wir hören zu, und dann suchen wir eine Lösung.")).toContain("many_statements");
    expect(rules("Sie können anrufen oder eine E-Mail schreiben oder vorbeikommen.")).toContain("many_statements");
    expect(rules("Sie können anrufen oder vorbeikommen.")).not.toContain("many_statements");
  });

  it("names long words without a hyphen once, and accepts them split", () => {
    const hints = leichteSpracheHints("Die Verbraucherinsolvenzberatung hilft. Die Verbraucherinsolvenzberatung ist hier.");
    expect(hints.filter((h) => h.rule === "long_word")).toEqual([{ rule: "long_word", text: "Verbraucherinsolvenzberatung" }]);
    expect(rules("Die Verbraucher-insolvenz-beratung hilft.")).not.toContain("long_word");
    expect(rules("Die Verbraucher·insolvenz·beratung hilft.")).not.toContain("long_word");
  });

  it("points to passive voice and negations", () => {
    expect(rules("Ihr Antrag wird von uns geprüft.")).toContain("passive");
    expect(rules("Die Kosten werden bezahlt.")).toContain("passive");
    expect(rules("Der Kurs wird im Stadtteil angeboten.")).toContain("passive");
    expect(rules("Wir werden Ihnen helfen.")).not.toContain("passive");
    expect(rules("Wir prüfen Ihren Antrag.")).not.toContain("passive");
    expect(rules("Sie brauchen keinen Termin.")).toContain("negation");
    expect(rules("Sie brauchen einen Termin.")).not.toContain("negation");
  });

  it("splits sentences at end marks and line breaks", () => {
    expect(sentencesOf("Erster Satz. Zweiter Satz!\n- Punkt eins\n- Punkt zwei")).toEqual(["Erster Satz.", "Zweiter Satz!", "- Punkt eins", "- Punkt zwei"]);
  });
});
