import { describe, expect, it } from "vitest";
import { buildFilters, currentSlot } from "../../search/filters";
import { MAX_VALUES_PER_FACET, parseSearchParams, toQuery } from "../../search/params";

describe("search parameters", () => {
  it("keeps valid values and drops anything that could change a filter", () => {
    const p = parseSearchParams({
      q: "  Schulden ",
      handlungsfeld: ["4", '4" OR id EXISTS', "4"],
      planungsraum: "nord",
      kanal: ["telefon", "fax"],
      sprache: ["de", "DROP TABLE"],
      kostenlos: "1",
      barrierefrei: "ja",
      page: "-3",
      sort: "entfernung",
      lat: "52.5",
    });
    expect(p).toMatchObject({
      q: "Schulden",
      handlungsfeld: ["4"],
      planungsraum: ["nord"],
      kanal: ["telefon"],
      sprache: ["de"],
      kostenlos: "1",
      barrierefrei: undefined,
      page: 1,
      sort: "entfernung",
      lat: undefined, // outside Eisenach
    });
  });

  it("writes the same search back into a URL query", () => {
    const p = parseSearchParams({ q: "Pflege", lebensphase: ["senioren", "pflege"], jetzt: "1", page: "2" });
    expect(toQuery(p)).toEqual({ q: "Pflege", lebensphase: ["senioren", "pflege"], jetzt: "1", page: "2" });
    expect(parseSearchParams(toQuery(p))).toEqual(p);
  });
});

describe("search parameters an attack piles up", () => {
  const known = { angebotsart: ["beratung", "kurs"], sprache: ["de", "tr"] };

  it("keeps only the values the site knows, once each", () => {
    const junk = Array.from({ length: 900 }, (_, i) => String(i));
    const p = parseSearchParams({ angebotsart: [...junk, "kurs", "beratung", "kurs"], sprache: ["tr", "xx", "tr"], handlungsfeld: "4" }, known);
    expect(p.angebotsart).toEqual(["kurs", "beratung"]);
    expect(p.sprache).toEqual(["tr"]);
    expect(p.handlungsfeld).toEqual(["4"]); // a facet without a known list keeps any value of its shape
  });

  it("caps every facet parameter, known values or not", () => {
    const p = parseSearchParams({ handlungsfeld: Array.from({ length: 900 }, (_, i) => String(i)) });
    expect(p.handlungsfeld).toHaveLength(MAX_VALUES_PER_FACET);
  });

  it("removes what a remove button names and starts at page 1", () => {
    const p = parseSearchParams(
      { angebotsart: ["kurs", "beratung"], kostenlos: "1", umkreis: "5", page: "3", ohne: ["angebotsart:kurs", "kostenlos", "umkreis", "toString", "page", "q:x"] },
      known,
    );
    expect(p).toMatchObject({ angebotsart: ["beratung"], kostenlos: undefined, umkreis: undefined, page: 1 });
    expect(toQuery(p)).toEqual({ angebotsart: ["beratung"] });
  });
});

describe("search filters", () => {
  it("ORs within a facet, ANDs across facets, and leaves out the facet being counted", () => {
    const p = parseSearchParams({ handlungsfeld: ["4", "6"], planungsraum: ["nord"], kanal: ["telefon"], kostenlos: "1" });
    expect(buildFilters(p, null)).toEqual([
      ['handlungsfeld = "4"', 'handlungsfeld = "6"'],
      ['planungsraum = "nord"'],
      ['channels = "PHONE"'],
      "free = true",
    ]);
    expect(buildFilters(p, null, { except: "handlungsfeld" })).toEqual([['planungsraum = "nord"'], ['channels = "PHONE"'], "free = true"]);
  });

  it("sorts by distance only among offers with a public address", () => {
    const p = parseSearchParams({ sort: "entfernung", umkreis: "2" });
    expect(buildFilters(p, { lat: 50.98, lon: 10.32 })).toEqual(["hasPublicAddress = true", "_geoRadius(50.98, 10.32, 2000)"]);
  });

  it("knows the current hour in Eisenach, whatever the server's time zone", () => {
    expect(currentSlot(new Date("2026-11-27T08:30:00Z"))).toBe("FR09"); // CET = UTC+1
    expect(currentSlot(new Date("2026-07-05T22:10:00Z"))).toBe("MO00"); // CEST = UTC+2
  });
});
