import { TERM_FIELDS, type TermField } from "../offers/schema";
import { crosswalkFor, type Crosswalk, type CrosswalkTarget } from "./crosswalk";
import type { HsdsAttribute, HsdsTerm } from "./hsds-schema";
import { stableUuid } from "./ids";

// How the catalogue's classifications travel as HSDS attributes (attribute -> taxonomy_term ->
// taxonomy_detail), in both directions.
//
// Our own taxonomies (database): handlungsfeld, lebensphase, angebotsart, planungsraum; exported
// with the terms' database ids. Three more are defined here, with ids derived from their keys:
//   - "lsz-massnahme": a linked LSZ measure; the term id is the measure's id.
//   - "angebotskatalog-merkmal": offer properties HSDS has no field for (address visibility,
//     service area scope, channels, ...); the attribute's `value` holds the value.
//   - "angebotskatalog-planung": planner-only facts (capacity, waiting time, funding, ...), only
//     exported when asked for (includeInternal). Not for publication.
//
// Vocabulary never stops an import: a term of a taxonomy we do not know (e.g. the official
// examples' "taxonomy", a neighbour's life phases) and a term we cannot find in one we know (a
// Lebensphase "Ältere Menschen") is "foreign": the import keeps it on the offer as it came
// (OfferData foreignAttributes, exported again) and reports it as not mapped, unless a crosswalk
// (crosswalk.ts) maps it to one of our terms; then the offer gets that term too.

export type VocabTaxonomy = {
  id: string;
  key: string;
  name: string;
  description: string | null;
  uri?: string | null;
  version?: string | null;
};
export type VocabTerm = {
  id: string;
  code: string;
  name: string;
  description: string | null;
  parentId?: string | null;
  taxonomy: VocabTaxonomy;
};
/** What the mapping needs to know from the database: terms, Planungsräume and measures. */
export type Vocabulary = {
  terms: VocabTerm[];
  planningAreas: { code: string; name: string; termId: string }[];
  measures: { id: string; code: string | null; title: string; timeframe: string | null }[];
};

export { TERM_FIELDS, type TermField };
export const PLANUNGSRAUM = "planungsraum";

function catalogueTaxonomy(key: string, name: string, description: string): VocabTaxonomy {
  return { id: stableUuid("taxonomy", key), key, name, description, version: "1" };
}

export const MEASURE_TAXONOMY = catalogueTaxonomy(
  "lsz-massnahme",
  "LSZ-Maßnahmen",
  "Maßnahmen (Handlungsziele) des fachspezifischen integrierten Plans nach der LSZ-Richtlinie, zu denen das Angebot beiträgt.",
);
export const PROPERTY_TAXONOMY = catalogueTaxonomy(
  "angebotskatalog-merkmal",
  "Angebotskatalog: Merkmale",
  "Merkmale eines Angebots, für die HSDS kein Feld hat. Der Wert steht im Attribut (value).",
);
export const PLANNING_TAXONOMY = catalogueTaxonomy(
  "angebotskatalog-planung",
  "Angebotskatalog: Planungsdaten (intern)",
  "Nur für die Sozialplanung, nicht zur Veröffentlichung. Wird nur auf ausdrücklichen Wunsch exportiert. Der Wert steht im Attribut (value).",
);
const CATALOGUE_TAXONOMIES = [MEASURE_TAXONOMY, PROPERTY_TAXONOMY, PLANNING_TAXONOMY];

/** A term of one of the catalogue-defined taxonomies (property or planning field). */
export function catalogueTerm(taxonomy: VocabTaxonomy, code: string, name: string): VocabTerm {
  return { id: stableUuid("term", taxonomy.key, code), code, name, description: null, taxonomy };
}

export function measureTerm(m: Vocabulary["measures"][number]): VocabTerm {
  return {
    id: m.id,
    code: m.code ?? m.id,
    name: m.title,
    description: m.timeframe ? `Zeitraum: ${m.timeframe}` : null,
    taxonomy: MEASURE_TAXONOMY,
  };
}

export function toHsdsTaxonomy(tax: VocabTaxonomy) {
  return {
    id: tax.id,
    name: tax.name,
    description: tax.description ?? "",
    ...(tax.uri ? { uri: tax.uri } : {}),
    ...(tax.version ? { version: tax.version } : {}),
  };
}

export function toHsdsTerm(t: VocabTerm): HsdsTerm {
  const tax = t.taxonomy;
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    description: t.description ?? "",
    ...(t.parentId ? { parent_id: t.parentId } : {}),
    taxonomy: tax.key,
    taxonomy_detail: toHsdsTaxonomy(tax),
    taxonomy_id: tax.id,
    language: "de",
  };
}

/** An attribute linking `linkId` (a service, location or organization) to a term. */
export function toHsdsAttribute(
  link: { id: string; entity: "service" | "location" | "organization" },
  term: VocabTerm,
  value?: string,
): HsdsAttribute {
  return {
    id: stableUuid("attribute", link.id, term.id, value ?? ""),
    link_id: link.id,
    link_entity: link.entity,
    taxonomy_term_id: term.id,
    ...(value !== undefined ? { value } : {}),
    taxonomy_term: toHsdsTerm(term),
  };
}

export type ResolvedAttribute =
  | { kind: "term"; field: TermField; code: string }
  | { kind: "area"; code: string }
  | { kind: "measure"; id: string }
  | { kind: "property" | "planning"; code: string; value: string | null }
  | { kind: "foreign"; attribute: HsdsAttribute; taxonomy: string; term: string; mapped: CrosswalkTarget | null };

const norm = (s: string | null | undefined) => (s ?? "").trim().toLowerCase();

/** Which of our taxonomies (database or catalogue-defined) the attribute's term claims to be in. */
function findTaxonomy(vocab: Vocabulary, term: HsdsTerm | null | undefined): VocabTaxonomy | undefined {
  if (!term) return undefined;
  const names = [term.taxonomy, term.taxonomy_detail?.name, term.taxonomy_detail?.id, term.taxonomy_id].map(norm).filter(Boolean);
  const known = [...new Map(vocab.terms.map((t) => [t.taxonomy.id, t.taxonomy])).values(), ...CATALOGUE_TAXONOMIES];
  return known.find((tax) => [tax.key, tax.name, tax.id].map(norm).some((n) => names.includes(n)));
}

/** A term the catalogue does not know, with the crosswalk's mapping if it has one. */
function foreign(attr: HsdsAttribute, crosswalk: Crosswalk, known?: VocabTaxonomy): ResolvedAttribute {
  const term = attr.taxonomy_term;
  return {
    kind: "foreign",
    attribute: attr,
    taxonomy: known?.key ?? term?.taxonomy_detail?.name ?? term?.taxonomy ?? term?.taxonomy_id ?? "(no taxonomy)",
    term: term?.name ?? term?.code ?? attr.taxonomy_term_id ?? "(no term)",
    mapped: crosswalkFor(crosswalk, term)?.resolved ?? null,
  };
}

/** What an incoming attribute means for the offer (see the comment at the top for the rules). */
export function resolveAttribute(vocab: Vocabulary, attr: HsdsAttribute, crosswalk: Crosswalk = new Map()): ResolvedAttribute {
  const term = attr.taxonomy_term;
  const termId = term?.id ?? attr.taxonomy_term_id ?? undefined;
  const value = attr.value == null ? null : String(attr.value);
  if (termId && vocab.measures.some((m) => m.id === termId)) return { kind: "measure", id: termId };

  let dbTerm = vocab.terms.find((t) => t.id === termId);
  const taxonomy = dbTerm?.taxonomy ?? findTaxonomy(vocab, term);
  if (!taxonomy) return foreign(attr, crosswalk);
  if (!dbTerm && term) {
    dbTerm = vocab.terms.find(
      (t) => t.taxonomy.id === taxonomy.id && (term.code ? t.code === term.code : norm(t.name) === norm(term.name)),
    );
  }
  const code = dbTerm?.code ?? term?.code ?? term?.name ?? "";

  if (taxonomy.key === PLANUNGSRAUM) {
    const area = vocab.planningAreas.find((a) => a.termId === dbTerm?.id);
    return area ? { kind: "area", code: area.code } : foreign(attr, crosswalk, taxonomy);
  }
  const field = (Object.keys(TERM_FIELDS) as TermField[]).find((f) => TERM_FIELDS[f] === taxonomy.key);
  if (field) return dbTerm ? { kind: "term", field, code: dbTerm.code } : foreign(attr, crosswalk, taxonomy);
  // Our catalogue-defined property and planning fields: properties.ts reads (and warns about) their codes.
  if (taxonomy.key === PROPERTY_TAXONOMY.key) return { kind: "property", code, value };
  if (taxonomy.key === PLANNING_TAXONOMY.key) return { kind: "planning", code, value };
  if (taxonomy.key === MEASURE_TAXONOMY.key) {
    const measure = vocab.measures.find((m) => m.code != null && m.code === code);
    if (measure) return { kind: "measure", id: measure.id };
  }
  return foreign(attr, crosswalk, taxonomy);
}
