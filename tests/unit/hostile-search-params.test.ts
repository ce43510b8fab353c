import { describe, expect, it } from "vitest";
import { buildFilters } from "../../search/filters";
import { FACETS, parseSearchParams, searchParamsSchema } from "../../search/params";
import { FILTER_SYNTAX, HOSTILE_VALUES } from "../setup/hostile-values";

// Every hostile value in every search parameter (alone, as a list, and all at once): parsing never
// throws, and every filter built from the result has one of the fixed shapes below, with a value
// that is a plain code. So nothing a resident puts into a URL can change a filter's structure.

const PARAMS = Object.keys(searchParamsSchema.shape);
const ORIGIN = { lat: 50.97, lon: 10.32 };
const FACET_ATTRIBUTES = Object.values(FACETS).join("|");
const ALLOWED = [
  new RegExp(`^(${FACET_ATTRIBUTES}) = "[a-z0-9_-]{1,60}"$`),
  /^channels = "(IN_PERSON|PHONE|ONLINE|OUTREACH)"$/,
  /^(free|stepFree|anonymousPossible|hasPublicAddress) = true$/,
  /^openSlots = "(MO|TU|WE|TH|FR|SA|SU)\d\d"$/,
  /^_geoRadius\(50\.97, 10\.32, \d+\)$/,
];
const texts = [...HOSTILE_VALUES.map((v) => v.text), ...FILTER_SYNTAX];

function expectOnlyAllowedFilters(raw: Record<string, string | string[]>) {
  const params = parseSearchParams(raw);
  const atoms = buildFilters(params, ORIGIN).flat();
  for (const atom of atoms) expect(ALLOWED.some((re) => re.test(atom)), `${JSON.stringify(raw).slice(0, 200)} built ${atom}`).toBe(true);
  for (const syntax of FILTER_SYNTAX) expect(atoms.join(" AND ")).not.toContain(syntax);
  return params;
}

describe("hostile search parameters", () => {
  it.each(PARAMS)("%s: every hostile value, alone and as a list, builds only allowed filters", (param) => {
    for (const text of texts) {
      expectOnlyAllowedFilters({ [param]: text, sort: "entfernung", umkreis: "5" });
      expectOnlyAllowedFilters({ [param]: [text, text, "4"], sort: "entfernung", umkreis: "5" });
    }
  });

  it("all parameters hostile at once", () => {
    for (const text of texts) {
      const params = expectOnlyAllowedFilters(Object.fromEntries(PARAMS.map((p) => [p, [text, text]])));
      expect(params.page).toBeGreaterThanOrEqual(1);
      expect(params.page).toBeLessThanOrEqual(1000);
      expect(params.q.length).toBeLessThanOrEqual(200);
    }
  });

  it("page numbers outside 1..1000 fall back to the first page", () => {
    for (const page of ["-1", "0", "-99999999999", "1e308", "99999999999999999999", "NaN", "1.5", "", "\u0000"]) {
      expect(parseSearchParams({ page }).page, page).toBe(1);
    }
    expect(parseSearchParams({ page: ["3", "-1"] }).page).toBe(3);
  });

  it("the search text keeps no control characters (the database fallback cannot take a NUL)", () => {
    expect(parseSearchParams({ q: " Schuld\u0000ner\u0007beratung\u001b " }).q).toBe("Schuldnerberatung");
  });

  it("filter syntax in a facet never survives parsing", () => {
    for (const facet of Object.keys(FACETS)) {
      const params = parseSearchParams({ [facet]: [...FILTER_SYNTAX] }) as Record<string, unknown>;
      expect(params[facet], facet).toEqual([]);
    }
  });
});
