import { describe, expect, it } from "vitest";
import { buildFilters, currentSlot } from "../../search/filters";
import { parseSearchParams, toQuery } from "../../search/params";

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
