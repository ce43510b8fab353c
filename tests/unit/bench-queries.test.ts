// The bench's query mix (scripts/bench/queries.ts) on the hand-made catalogue: deterministic, every
// kind in the site's own parameters, misspellings that follow the documented rule, and ground truth
// that matches a plain reading of the catalogue (in it, each offer is found in its own town only).
import { describe, expect, it } from "vitest";
import { buildQueryMix } from "../../scripts/bench/queries";
import { QUERY_KINDS } from "../../scripts/bench/types";
import { paramsOf } from "../../scripts/bench/quality";
import { toQuery } from "../../search/params";
import { queryString } from "../../search/return-search";
import { benchCatalogue } from "../setup/bench-catalogue";

const catalogue = benchCatalogue();
const mix = buildQueryMix(catalogue);
const vocabulary = new Set(catalogue.offers.flatMap((o) => o.words));

const entries = (query: string) => [...new URLSearchParams(query)].map(([k, v]) => `${k}=${v}`).sort();

/** Optimal string alignment distance: deletions, insertions, substitutions, adjacent transpositions. */
function editDistance(a: string, b: string) {
  const x = [...a];
  const y = [...b];
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[x.length][y.length];
}

describe("buildQueryMix", () => {
  it("is deterministic, 280 queries of every kind alike, interleaved", () => {
    expect(buildQueryMix(catalogue)).toEqual(mix);
    expect(buildQueryMix(catalogue, { seed: 2 })).not.toEqual(mix);
    expect(mix).toHaveLength(280);
    for (const kind of QUERY_KINDS) expect(mix.filter((q) => q.kind === kind)).toHaveLength(40);
    expect(mix.slice(0, QUERY_KINDS.length).map((q) => q.kind)).toEqual([...QUERY_KINDS]);
    expect(buildQueryMix(catalogue, { size: 200 })).toHaveLength(200);
  });

  it("speaks the site's parameters: each query survives the site's parsing unchanged", () => {
    for (const { query } of mix) expect(entries(queryString(toQuery(paramsOf(query))))).toEqual(entries(query));
    const paging = mix.filter((q) => q.kind === "paging").map((q) => paramsOf(q.query));
    expect(paging.every((p) => p.q && p.page >= 2 && p.page <= 5)).toBe(true);
    const place = mix.filter((q) => q.kind === "place").map((q) => paramsOf(q.query));
    expect(place.every((p) => ["Jena", "Gera"].includes(p.ort!) && p.umkreis === 5 && p.sort === "entfernung")).toBe(true);
    expect(place.some((p) => p.q) && place.some((p) => !p.q)).toBe(true);
    const facets = mix.filter((q) => q.kind === "facets").map((q) => paramsOf(q.query));
    expect(facets.every((p) => !p.q && Object.keys(toQuery(p)).length >= 1)).toBe(true);
  });

  it("misspells one letter after the first in words of five letters or more, never into another word", () => {
    const typos = mix.filter((q) => q.kind === "typo");
    expect(new Set(typos.map((q) => q.query)).size).toBeGreaterThan(20);
    for (const { query } of typos) {
      const typo = paramsOf(query).q;
      expect(vocabulary.has(typo)).toBe(false);
      const sources = [...vocabulary].filter((w) => [...w].length >= 5 && w[0] === typo[0] && editDistance(w, typo) === 1);
      expect(sources, typo).not.toHaveLength(0);
    }
  });

  it("knows the relevant offers of each text, typo and compound query", () => {
    const inTown = (area: string) => catalogue.offers.filter((o) => o.municipality === area);
    for (const q of mix.filter((x) => ["text", "typo", "compound"].includes(x.kind))) {
      const p = paramsOf(q.query);
      expect(p.planungsraum).toHaveLength(1);
      const offers = inTown(p.planungsraum[0]).filter((o) => p.handlungsfeld.every((f) => o.data.handlungsfelder!.includes(f)));
      const ids = (matches: (o: (typeof offers)[number]) => boolean) => offers.filter(matches).map((o) => o.data.id).sort();
      if (q.kind === "text") expect(q.relevant!.sort(), q.query).toEqual(ids((o) => p.q.split(" ").every((w) => o.words.includes(w))));
      if (q.kind === "compound") expect(q.relevant!.sort(), q.query).toEqual(ids((o) => o.words.includes(p.q) || o.compounds.some((c) => c.parts.includes(p.q))));
      // A misspelling stands for the one word it was made from ("fraen": "frauen" or "fragen", whichever it was).
      if (q.kind === "typo") {
        const sources = [...vocabulary].filter((w) => w[0] === p.q[0] && editDistance(w, p.q) === 1);
        expect(sources.map((w) => ids((o) => o.words.includes(w))), q.query).toContainEqual(q.relevant!.sort());
      }
    }
    // The hand-checked compound case of tests/integration/bench-quality.test.ts, when the mix holds it.
    const beratung = mix.find((q) => q.kind === "compound" && q.query === "q=beratung&planungsraum=jena");
    expect(beratung?.relevant).toHaveLength(5);
  });
});
