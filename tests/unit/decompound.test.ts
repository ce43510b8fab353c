import { describe, expect, it } from "vitest";
import { compoundTerms, splitCompound } from "../../search/decompound/split";
import { completedCutWords, searchTermsFor } from "../../search/decompound";
import { HIGHLIGHT_POST_TAG as POST, HIGHLIGHT_PRE_TAG as PRE, highlightName, markName, toSegments, type Segment } from "../../search/highlight";

const parts = (word: string) => splitCompound(word.toLowerCase())?.map((p) => p.surface).join("|") ?? word.toLowerCase();
const show = (segments: Segment[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join("");

describe("compound terms", () => {
  it.each([
    ["Suchtberatungsstelle", ["sucht", "beratung", "stelle", "beratungsstelle"]],
    ["Pflegestützpunkt", ["pflege", "stützpunkt"]],
    ["Kindertagesstätte", ["kinder", "tages", "tagesstätte", "stätte"]],
    ["Glücksspielsucht", ["glücksspiel", "spiel", "sucht", "spielsucht"]],
    ["Schuldnerberatung", ["schuldner", "beratung"]],
    ["Mehrgenerationenhaus", ["mehrgenerationen", "generationen", "haus"]],
    ["Wohngeldstelle", ["wohngeld", "stelle"]],
    ["Familienhebamme", ["familien", "hebamme"]],
    ["Frauenhäuser", ["frauen", "häuser", "haus"]],
    ["Gesundheitsamt", ["gesundheit", "amt"]],
    ["Beratungsstellen", ["beratung", "stellen"]],
  ])("%s", (word, expected) => {
    expect(compoundTerms(word)).toEqual(expect.arrayContaining(expected));
  });

  it("leaves out the whole word, bogus parts and silent modifiers", () => {
    expect(compoundTerms("Suchtberatungsstelle")).not.toContain("suchtberatungsstelle");
    expect(compoundTerms("Gesundheitsamt")).not.toContain("samt");
    expect(compoundTerms("Mehrgenerationenhaus")).not.toContain("mehr");
  });

  it.each(["Hebamme", "Generation", "Generationen", "Nachbarschaft", "Beratung", "Einsamkeit", "ehrenamtliche", "Thüringen", "Wohnung", "Schulden", "Nachmittag", "notwendig", "Unterstützung", "vereinbart"])(
    "does not split %s",
    (word) => {
      expect(splitCompound(word.toLowerCase())).toBeNull();
      expect(compoundTerms(word)).toEqual([]);
    },
  );

  it("splits off one unknown part only where hyphenation allows it", () => {
    expect(parts("Hospizberatung")).toBe("hospiz|beratung");
    expect(parts("Spielautomaten")).toBe("spiel|automaten");
    expect(parts("Westthüringen")).toBe("westthüringen");
  });
});

// Exact part boundaries: seeded compounds, unseen domain compounds and non-compounds.
const GOLD = `
sucht|beratungs|stelle pflege|stützpunkt kinder|tages|stätte glücks|spiel|sucht schuldner|beratung
mehr|generationen|haus wohn|geld|stelle familien|hebamme hebammen|sprech|stunde erziehungs|beratung
jugend|büro jugend|berufs|agentur freiwilligen|agentur senioren|büro senioren|treff kinder|schutz|dienst
schwangerschafts|konflikt|beratung verbraucher|insolvenz|beratung nachbarschafts|zentrum frauen|haus
migrations|beratung sozial|beratung kinder|tages|pflege eltern|geld eltern|zeit tages|pflege pflege|heim
lebens|beratungs|stelle spiel|sucht telefon|beratung pflege|telefon selbst|hilfe|gruppen haus|notruf
krabbel|gruppe deutsch|kurs eltern|kurs ferien|betreuung schul|kinder kinder|büro jugend|treff
stadtteil|büro wohn|beratung vorsorge|vollmacht betreuungs|verfügung pflege|geld|empfänger
hospiz|beratung trauer|begleitung familien|hilfe sozial|kaufhaus demenz|beratung angehörigen|gruppe
jugend|migrations|dienst integrations|kurs eltern|briefe schwangeren|beratung pflege|kurs frauen|zentrum
senioren|wohn|anlage nachbarschafts|hilfe gesundheits|amt hebammen|praxis generationen|brücke
haus|aufgaben|betreuung männer|beratung sucht|selbst|hilfe|gruppe kleider|kammer ehrenamts|börse
hebamme generation nachbarschaft beratung einsamkeit gemeinschaft integration verbraucher jugendliche
ehrenamtliche unterstützung notwendig bewerbungen angehörige thüringen partnerschaft vereinbarkeit
wohnung schulden pflegende erziehende nachmittag einrichtung
schuldner|hilfe obdachlosen|hilfe kinder|armut familien|pass babysitter|dienst eltern|café
bewerbungs|training sprach|patenschaft notfall|seelsorge wohnungslosen|hilfe jugend|sozial|arbeit
gewalt|beratung opfer|beratung kur|beratung tages|gruppe hilfe|plan sucht|prävention stadtteil|mutter
leih|groß|eltern pflege|versicherung renten|beratung behinderten|beauftragte inklusions|beratung
patenschafts|projekt vaterschafts|anerkennung wochenende bescheinigung beratungen verständigung
ehrenamtlicher selbstständig erwachsene vertraulich
`.split(/\s+/).filter(Boolean);

function cuts(segmented: string) {
  const out = new Set<number>();
  let at = 0;
  for (const piece of segmented.split("|").slice(0, -1)) out.add((at += piece.length));
  return out;
}

describe("splitter quality on labelled words", () => {
  it("finds part boundaries with precision and recall of at least 0.9", () => {
    let truePositives = 0;
    let predicted = 0;
    let expected = 0;
    for (const gold of GOLD) {
      const want = cuts(gold);
      const got = cuts(parts(gold.replaceAll("|", "")));
      expected += want.size;
      predicted += got.size;
      for (const c of got) if (want.has(c)) truePositives++;
    }
    const precision = truePositives / predicted;
    const recall = truePositives / expected;
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe("search terms of an offer", () => {
  it("completes cut-off compounds", () => {
    const words = completedCutWords("Schuldner- und Verbraucherinsolvenzberatung").map((c) => c.word);
    expect(words).toContain("schuldnerberatung");
    expect(completedCutWords("Kinder- und Jugendzentrum").map((c) => c.word)).toEqual(["kinderzentrum"]);
  });

  it("puts name-level terms first, skips words the name already has, stays small", () => {
    const terms = searchTermsFor(["Pflegestützpunkt Eisenach", "Pflegeberatung"], ["Neutrale Pflegeberatung: der Pflegestützpunkt hilft bei Pflegegraden."]);
    expect(terms.slice(0, 2)).toEqual(["pflege", "stützpunkt"]);
    expect(terms).not.toContain("pflegeberatung");
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms.every((t) => t === t.toLowerCase())).toBe(true);
    expect(terms.length).toBeLessThan(12);
  });
});

describe("highlighting", () => {
  it("turns Meilisearch's formatted value into segments", () => {
    expect(toSegments(`Pflege${PRE}stütz${POST}punkt`)).toEqual([
      { text: "Pflege", mark: false },
      { text: "stütz", mark: true },
      { text: "punkt", mark: false },
    ]);
    expect(toSegments(`${PRE}a${PRE}b${POST}${POST}c`)).toEqual([
      { text: "ab", mark: true },
      { text: "c", mark: false },
    ]);
    expect(toSegments("<b>&</b>")).toEqual([{ text: "<b>&</b>", mark: false }]);
  });

  it.each([
    ["stützpunkt", "Pflege[stützpunkt] Eisenach"],
    ["STUETZPUNKT", "Pflege[stützpunkt] Eisenach"],
    ["stutzpunkt", "Pflege[stützpunkt] Eisenach"],
    ["stüzpunkt", "Pflege[stützpunkt] Eisenach"],
    ["Hilfe bei Pflege", "[Pflege]stützpunkt Eisenach"],
  ])("marks %s inside a compound name", (query, expected) => {
    expect(show(markName("Pflegestützpunkt Eisenach", query))).toBe(expected);
  });

  it("marks short words only at a word start and ignores stop words", () => {
    expect(show(markName("Familienberatung im Beratungszentrum", "rat im"))).toBe("Familienberatung im Beratungszentrum");
    expect(show(markName("Seniorenbeirat", "Beirat"))).toBe("Senioren[beirat]");
    expect(show(markName("Straßenfest", "strasse"))).toBe("[Straße]nfest");
  });

  it("joins Meilisearch's marks with compound parts", () => {
    const name = "Fachstelle Glücksspielsucht – Beratung bei Spielsucht";
    const formatted = `Fachstelle Glücksspielsucht – Beratung bei ${PRE}Spielsucht${POST}`;
    expect(show(highlightName(name, "spielsucht", formatted))).toBe("Fachstelle Glücks[spielsucht] – Beratung bei [Spielsucht]");
    expect(show(highlightName(name, "spielsucht", "cropped …"))).toBe("Fachstelle Glücks[spielsucht] – Beratung bei [Spielsucht]");
  });
});
