/** A value of a facet as its filter row shows it. */
export type FacetOption = { value: string; label: string; count: number | undefined };

/**
 * How many values a long facet shows until the resident asks for all. A state-wide catalogue has
 * hundreds of Planungsräume: each row costs page weight and render time twice (HTML and RSC;
 * docs/performance.md), and nobody scans 600 checkboxes.
 */
export const SHOWN_VALUES = 12;

/**
 * The rows a facet shows: all of them when there are only a few more than SHOWN_VALUES, else the
 * SHOWN_VALUES with most hits plus every ticked one (the form must carry the whole search), in
 * the facet's own order.
 */
export function shownOptions(options: FacetOption[], selected: readonly string[]): FacetOption[] {
  if (options.length <= SHOWN_VALUES + 3) return options;
  const top = new Set([...options].sort((a, b) => (b.count ?? 0) - (a.count ?? 0)).slice(0, SHOWN_VALUES).map((o) => o.value));
  return options.filter((o) => top.has(o.value) || selected.includes(o.value));
}
