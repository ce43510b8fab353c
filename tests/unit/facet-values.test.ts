import { describe, expect, it } from "vitest";
import { facetValuesOf, splitFacetCounts } from "../../search/facet-values";

const facets = {
  handlungsfeld: ["1", "4"],
  lebensphase: ["senioren"],
  planungsraum: [],
  angebotsart: ["schuldnerberatung"],
  languages: ["de", "ar"],
  channels: ["PHONE"],
  openDays: ["MO"],
  free: null,
  stepFree: true,
  anonymousPossible: false,
  protection: true,
};

describe("facet values in one attribute", () => {
  it("writes every value as attribute:value, and nothing for unknown costs", () => {
    expect(facetValuesOf(facets)).toEqual([
      "handlungsfeld:1",
      "handlungsfeld:4",
      "lebensphase:senioren",
      "angebotsart:schuldnerberatung",
      "languages:de",
      "languages:ar",
      "channels:PHONE",
      "openDays:MO",
      "stepFree:true",
      "anonymousPossible:false",
      "protection:true",
    ]);
  });

  it("splits the counts back per attribute, keeping colons inside values", () => {
    expect(splitFacetCounts({ "handlungsfeld:4": 3, "handlungsfeld:1": 2, "free:true": 5, "languages:x:y": 1 })).toEqual({
      handlungsfeld: { "4": 3, "1": 2 },
      free: { true: 5 },
      languages: { "x:y": 1 },
    });
    expect(splitFacetCounts(undefined)).toEqual({});
  });
});
