// A long facet shows its most frequent values and every ticked one, in its own order; a short one
// shows everything (app/_components/search/facet-options.ts).
import { describe, expect, it } from "vitest";
import { SHOWN_VALUES, shownOptions, type FacetOption } from "../../app/_components/search/facet-options";
import { parseSearchParams } from "../../search/params";

const options = (n: number, count = (i: number) => i + 1): FacetOption[] =>
  Array.from({ length: n }, (_, i) => ({ value: `v${i}`, label: `Wert ${i}`, count: count(i) }));

describe("shownOptions", () => {
  it("shows every value of a facet with few more than SHOWN_VALUES", () => {
    const few = options(SHOWN_VALUES + 3);
    expect(shownOptions(few, [])).toEqual(few);
  });

  it("shows the values with most hits of a long facet, in the facet's order, plus the ticked ones", () => {
    const many = options(633, (i) => (i % 50 === 0 ? 1000 + i : i % 7));
    const shown = shownOptions(many, ["v3"]);
    // 13 values have 1,000 hits or more (v0, v50 ... v600); v0 has the fewest of them.
    const top = many.filter((o) => o.count! >= 1000).map((o) => o.value).slice(1);
    expect(top).toHaveLength(SHOWN_VALUES);
    expect(shown.map((o) => o.value)).toEqual(["v3", ...top]);
    expect(shown).toHaveLength(SHOWN_VALUES + 1);
  });

  it("keeps the facet's order when counts are unknown (database fallback)", () => {
    const many = options(40, () => 0).map((o) => ({ ...o, count: undefined }));
    expect(shownOptions(many, ["v39"]).map((o) => o.value)).toEqual([...many.slice(0, SHOWN_VALUES).map((o) => o.value), "v39"]);
  });
});

describe("the 'show all' parameter", () => {
  it("takes facet names and drops anything else", () => {
    expect(parseSearchParams({ alle: ["planungsraum", "<script>", "sprache"] }).alle).toEqual(["planungsraum", "sprache"]);
  });
});
