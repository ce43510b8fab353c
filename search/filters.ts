import { CHANNELS, FACETS, type FacetParam, type SearchParams } from "./params";

// Builds Meilisearch filters from *parsed* parameters only (search/params.ts): attribute names
// come from constants here, values have passed a strict pattern or enum, so nothing a resident
// types can change the filter's structure.

type Filter = string | string[];

/** A filter value in quotes; quotes and backslashes dropped (values are checked before, this is the last guard). */
export const quote = (v: string) => `"${v.replace(/["\\]/g, "")}"`;

function facetValues(params: SearchParams, facet: FacetParam): string[] {
  return facet === "kanal" ? params.kanal.map((k) => CHANNELS[k]) : params[facet];
}

/** OR within a facet. */
function facetFilter(params: SearchParams, facet: FacetParam): Filter | null {
  const values = facetValues(params, facet);
  return values.length ? values.map((v) => `${FACETS[facet]} = ${quote(v)}`) : null;
}

/** "Open now" as the current weekday and hour slot in Eisenach's time zone. */
export function currentSlot(now = new Date()) {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", weekday: "short", hour: "2-digit", hourCycle: "h23" }).formatToParts(now);
  const weekday = parts.find((p) => p.type === "weekday")!.value.slice(0, 2).toUpperCase();
  const hour = parts.find((p) => p.type === "hour")!.value;
  return `${weekday}${hour}`;
}

export type Origin = { lat: number; lon: number };

/**
 * The filters of a search (AND across facets), optionally without one facet — the disjunctive
 * count query for that facet leaves its own selection out.
 */
export function buildFilters(params: SearchParams, origin: Origin | null, opts: { except?: FacetParam; now?: Date } = {}) {
  const filters: Filter[] = [];
  for (const facet of Object.keys(FACETS) as FacetParam[]) {
    if (facet === opts.except) continue;
    const f = facetFilter(params, facet);
    if (f) filters.push(f);
  }
  if (params.kostenlos) filters.push("free = true");
  if (params.barrierefrei) filters.push("stepFree = true");
  if (params.anonym) filters.push("anonymousPossible = true");
  if (params.leichtesprache) filters.push("hasLeichteSprache = true");
  if (params.jetzt) filters.push(`openSlots = ${quote(currentSlot(opts.now))}`);
  if (origin && params.umkreis) {
    // Offers without a public address are never placed in a radius. In a distance sort they come
    // last (Meilisearch sorts documents without _geo after the others), marked "ohne Adresse".
    filters.push("hasPublicAddress = true");
    filters.push(`_geoRadius(${origin.lat}, ${origin.lon}, ${params.umkreis * 1000})`);
  }
  return filters;
}
