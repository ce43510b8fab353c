// A what-if scenario as the coverage figures see it: hypothetical offers added and real offers taken
// out. The matrix, the gap ranking and the map all take one (optional) and compute "what if"
// instead of "today"; nothing of it ever reaches the public catalogue.

export type HypotheticalOffer = {
  /** Stable key within the scenario (the stored item's id). */
  key: string;
  /** The planner's name for it, shown in cell lists (optional: the figures do not need it). */
  name?: string;
  /** Planungsraum code the offer would serve. */
  areaCode: string;
  /** Term codes per axis taxonomy (codes repeat across taxonomies, so they are kept apart). */
  terms: { handlungsfeld: string[]; lebensphase: string[]; angebotsart: string[] };
  places: number | null;
  fte: number | null;
};

export type ScenarioDelta = { added: HypotheticalOffer[]; removedIds: string[] };
