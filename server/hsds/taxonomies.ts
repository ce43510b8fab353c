import { TERM_FIELDS, type TermField } from "../offers/schema";
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
// Unknown taxonomies (e.g. the official examples' "taxonomy") are ignored with a warning: a file
// from another directory may carry classifications we have no place for, and that must not stop
// the import. A known taxonomy with an unknown term is a data error (publishOffer rejects it),
// because silently dropping a Handlungsfeld would misfile the offer.

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
  | { kind: "ignored"; reason: string };

const norm = (s: string | null | undefined) => (s ?? "").trim().toLowerCase();

/** Which of our taxonomies (database or catalogue-defined) the attribute's term claims to be in. */
function findTaxonomy(vocab: Vocabulary, term: HsdsTerm | null | undefined): VocabTaxonomy | undefined {
  if (!term) return undefined;
  const names = [term.taxonomy, term.taxonomy_detail?.name, term.taxonomy_detail?.id, term.taxonomy_id].map(norm).filter(Boolean);
  const known = [...new Map(vocab.terms.map((t) => [t.taxonomy.id, t.taxonomy])).values(), ...CATALOGUE_TAXONOMIES];
  return known.find((tax) => [tax.key, tax.name, tax.id].map(norm).some((n) => names.includes(n)));
}

/** What an incoming attribute means for the offer (see the comment at the top for the rules). */
export function resolveAttribute(vocab: Vocabulary, attr: HsdsAttribute): ResolvedAttribute {
  const term = attr.taxonomy_term;
  const termId = term?.id ?? attr.taxonomy_term_id ?? undefined;
  const value = attr.value == null ? null : String(attr.value);
  if (termId && vocab.measures.some((m) => m.id === termId)) return { kind: "measure", id: termId };

  let dbTerm = vocab.terms.find((t) => t.id === termId);
  const taxonomy = dbTerm?.taxonomy ?? findTaxonomy(vocab, term);
  if (!taxonomy) {
    const label = term ? `"${term.name}" (taxonomy "${term.taxonomy_detail?.name ?? term.taxonomy ?? "not named"}")` : termId;
    return { kind: "ignored", reason: `attribute ${attr.id}: term ${label} is not in one of our taxonomies` };
  }
  if (!dbTerm && term) {
    dbTerm = vocab.terms.find(
      (t) => t.taxonomy.id === taxonomy.id && (term.code ? t.code === term.code : norm(t.name) === norm(term.name)),
    );
  }
  // An unknown code in a known taxonomy is passed on: publishOffer rejects it with the field name.
  const code = dbTerm?.code ?? term?.code ?? term?.name ?? "";

  if (taxonomy.key === PLANUNGSRAUM) {
    const area = vocab.planningAreas.find((a) => a.termId === dbTerm?.id);
    return { kind: "area", code: area?.code ?? code };
  }
  const field = (Object.keys(TERM_FIELDS) as TermField[]).find((f) => TERM_FIELDS[f] === taxonomy.key);
  if (field) return { kind: "term", field, code };
  if (taxonomy.key === PROPERTY_TAXONOMY.key) return { kind: "property", code, value };
  if (taxonomy.key === PLANNING_TAXONOMY.key) return { kind: "planning", code, value };
  if (taxonomy.key === MEASURE_TAXONOMY.key) {
    const measure = vocab.measures.find((m) => m.code != null && m.code === code);
    if (measure) return { kind: "measure", id: measure.id };
    return { kind: "ignored", reason: `attribute ${attr.id}: LSZ measure "${term?.name ?? code}" is not in this catalogue` };
  }
  return { kind: "ignored", reason: `attribute ${attr.id}: taxonomy "${taxonomy.name}" is not mapped` };
}
