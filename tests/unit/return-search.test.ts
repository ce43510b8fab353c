import { describe, expect, it } from "vitest";
import { parseSearchParams } from "../../search/params";
import { returnSearchQuery, returnSearchValue } from "../../search/return-search";

// "Zurück zur Suche": the search travels in the offer link's `suche` parameter and comes back as
// the query of the search page, and nothing else: the path is always the site's own search page.

describe("the way back to the search", () => {
  it("carries query, filters, place and page there and back", () => {
    const search = parseSearchParams({ q: "Beratung", handlungsfeld: ["4", "6"], kostenlos: "1", ort: "Karlstraße", sort: "entfernung", page: "2" });
    const value = returnSearchValue(search);
    expect(value).toBe("q=Beratung&page=2&handlungsfeld=4&handlungsfeld=6&kostenlos=1&ort=Karlstra%C3%9Fe&sort=entfernung");
    expect(returnSearchQuery(value)).toEqual({ q: "Beratung", page: "2", handlungsfeld: ["4", "6"], kostenlos: "1", ort: "Karlstraße", sort: "entfernung" });
    expect(returnSearchValue(parseSearchParams({}))).toBe("");
  });

  it.each([
    "//evil.example",
    "https://evil.example/?q=Beratung",
    "javascript:alert(1)",
    "/\\evil.example",
    "%2F%2Fevil.example",
    "next=//evil.example&redirect=https://evil.example",
  ])("falls back to the plain search page for %j", (value) => {
    expect(returnSearchQuery(value)).toEqual({});
  });

  it("drops unknown parameters and malformed values, keeping the rest", () => {
    expect(returnSearchQuery("?q=Pflege&evil=1&handlungsfeld=<script>&sort=drop table")).toEqual({ q: "Pflege" });
    expect(returnSearchQuery(["q=Erste", "q=Zweite"])).toEqual({ q: "Erste" });
    expect(returnSearchQuery("q=" + "x".repeat(5000))).toEqual({});
    expect(returnSearchQuery(undefined)).toEqual({});
  });
});
