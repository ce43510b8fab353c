import "server-only";
import { db } from "../../db";
import { PROPERTY_TERMS } from "../properties";
import {
  MEASURE_TAXONOMY,
  PLANUNGSRAUM,
  PROPERTY_TAXONOMY,
  TERM_FIELDS,
  measureTerm,
  toHsdsTaxonomy,
  toHsdsTerm,
  type VocabTaxonomy,
  type VocabTerm,
} from "../taxonomies";
import { HsdsNotFoundError } from "./errors";
import { toPage } from "./page";
import { hsdsParams, parseId, parseQuery } from "./params";

// The taxonomies and terms of /api/hsds/taxonomies and /taxonomy_terms: exactly the vocabulary
// fromOffer writes into public services' attributes, with the same ids, so a consumer can join:
//   - the database taxonomies fromOffer exports (Handlungsfeld, Lebensphase, Angebotsart, Hinweis,
//     Planungsraum), terms by their database id. An allow-list, not "all but planning": a
//     taxonomy added to the database later stays internal until someone decides to publish it;
//   - "lsz-massnahme": every measure of the plan (any period, retired ones too: publication
//     accepts any measure, and a public offer may link one), term id = Measure.id, only the
//     fields measureTerm gives (code, title, timeframe; never funding, evidence or status);
//   - "angebotskatalog-merkmal": the offer properties.
// Never "angebotskatalog-planung" (planner-only). The whole vocabulary is a few hundred terms, so
// it is read in one go and filtered and paged in memory.

const PUBLIC_DB_TAXONOMIES: string[] = [...Object.values(TERM_FIELDS), PLANUNGSRAUM];

type PublicVocabulary = { taxonomies: VocabTaxonomy[]; terms: VocabTerm[] };

async function loadPublicVocabulary(): Promise<PublicVocabulary> {
  const [taxonomies, terms, measures] = await db.$transaction([
    db.taxonomy.findMany({ where: { key: { in: PUBLIC_DB_TAXONOMIES } } }),
    db.taxonomyTerm.findMany({
      where: { taxonomy: { key: { in: PUBLIC_DB_TAXONOMIES } } },
      select: { id: true, code: true, name: true, description: true, parentId: true, taxonomyId: true },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }, { id: "asc" }],
    }),
    db.measure.findMany({
      select: { id: true, code: true, title: true, timeframe: true },
      orderBy: [{ code: "asc" }, { title: "asc" }, { id: "asc" }],
    }),
  ]);
  const byId = new Map(taxonomies.map((t) => [t.id, t]));
  const all = [...taxonomies, MEASURE_TAXONOMY, PROPERTY_TAXONOMY].sort((a, b) => a.name.localeCompare(b.name, "de") || a.id.localeCompare(b.id));
  const rank = new Map(all.map((t, i) => [t.id, i]));
  const vocabTerms: VocabTerm[] = [
    ...terms.map((t) => ({ ...t, taxonomy: byId.get(t.taxonomyId)! })),
    ...measures.map(measureTerm),
    ...PROPERTY_TERMS,
  ];
  // Grouped by taxonomy (in the taxonomies' order), each in its own order; sort is stable.
  return { taxonomies: all, terms: vocabTerms.sort((a, b) => rank.get(a.taxonomy.id)! - rank.get(b.taxonomy.id)!) };
}

const contains = (text: string | null | undefined, search: string) => (text ?? "").toLocaleLowerCase("de").includes(search.toLocaleLowerCase("de"));

const listShape = { search: hsdsParams.search, page: hsdsParams.page, per_page: hsdsParams.per_page, format: hsdsParams.format };

function pageOf<T>(items: T[], paging: { page: number; per_page: number }) {
  const start = (paging.page - 1) * paging.per_page;
  return toPage(items.slice(start, start + paging.per_page), items.length, paging);
}

/** GET /taxonomies: search = case-insensitive part of the name. */
export async function listTaxonomies(request: Request) {
  const q = parseQuery(request, listShape);
  const { taxonomies } = await loadPublicVocabulary();
  return pageOf(taxonomies.filter((t) => !q.search || contains(t.name, q.search)).map(toHsdsTaxonomy), q);
}

export async function getTaxonomy(request: Request, rawId: string) {
  parseQuery(request, {});
  const id = parseId(rawId);
  const taxonomy = (await loadPublicVocabulary()).taxonomies.find((t) => t.id === id);
  if (!taxonomy) throw new HsdsNotFoundError("taxonomy", id);
  return toHsdsTaxonomy(taxonomy);
}

/**
 * GET /taxonomy_terms: search = case-insensitive part of the name or the code; taxonomy_id;
 * parent_id (the terms below that term); top_only = terms without a parent (the reference's
 * wording, "terms that have not child terms", reads as a slip for "are not child terms").
 */
export async function listTaxonomyTerms(request: Request) {
  const q = parseQuery(request, {
    ...listShape,
    taxonomy_id: hsdsParams.optionalId,
    parent_id: hsdsParams.optionalId,
    top_only: hsdsParams.flag,
  });
  const { terms } = await loadPublicVocabulary();
  const taxonomyId = q.taxonomy_id?.toLowerCase();
  const parentId = q.parent_id?.toLowerCase();
  const matching = terms.filter(
    (t) =>
      (!q.search || contains(t.name, q.search) || contains(t.code, q.search)) &&
      (!taxonomyId || t.taxonomy.id === taxonomyId) &&
      (!parentId || t.parentId === parentId) &&
      (!q.top_only || !t.parentId),
  );
  return pageOf(matching.map(toHsdsTerm), q);
}

export async function getTaxonomyTerm(request: Request, rawId: string) {
  parseQuery(request, {});
  const id = parseId(rawId);
  const term = (await loadPublicVocabulary()).terms.find((t) => t.id === id);
  if (!term) throw new HsdsNotFoundError("taxonomy term", id);
  return toHsdsTerm(term);
}
