import { parse } from "csv-parse/sync";
import { z } from "zod";
import { plainText } from "../plain-text";
import { TERM_FIELDS, type TermField } from "../offers/schema";
import type { HsdsTerm } from "./hsds-schema";
import type { Vocabulary } from "./taxonomies";

// A crosswalk maps terms of another directory's taxonomies onto ours: one row per term, as
// `taxonomy,term,target` (CSV with a header; comma or semicolon). `taxonomy` names the foreign
// taxonomy by its name or id (HSDS taxonomy / taxonomy_detail.name / taxonomy_id), `term` the term
// by its code, name or id; both match case-insensitively. `target` is one of our terms as
// "<taxonomy>:<code>" (handlungsfeld:4, lebensphase:senioren, angebotsart:<code>, hinweis:<code>).
// Pure: the import (file and stored rows, server/hsds/crosswalk-store.ts) and the reviewers' page
// check rows with the same rules.

export const CROSSWALK_TEXT_MAX = 300;
export const CROSSWALK_ROWS_MAX = 5000;

export type CrosswalkTarget = { field: TermField; taxonomy: string; code: string };
export type CrosswalkRow = { taxonomy: string; term: string; target: string };
export type Crosswalk = Map<string, CrosswalkRow & { resolved: CrosswalkTarget }>;

export type CrosswalkErrorCode = "required" | "tooLong" | "targetFormat" | "unknownTarget" | "duplicate" | "header" | "tooMany" | "unreadable";
export type CrosswalkError = { line: number | null; field: keyof CrosswalkRow | null; code: CrosswalkErrorCode };

const norm = (s: string | null | undefined) => (s ?? "").normalize("NFC").trim().toLowerCase();

/** The key a row and an attribute meet by. */
export const crosswalkKey = (taxonomy: string, term: string) => `${norm(taxonomy)}\u001f${norm(term)}`;

const cell = plainText().min(1, "required").max(CROSSWALK_TEXT_MAX, "tooLong");
const rowSchema = z.object({ taxonomy: cell, term: cell, target: cell });

/** One row's target among our terms, or an error code. */
function resolveTarget(target: string, vocab: Vocabulary): CrosswalkTarget | CrosswalkErrorCode {
  const match = /^\s*([a-z_-]+)\s*:\s*(\S.*?)\s*$/i.exec(target);
  if (!match) return "targetFormat";
  const taxonomy = match[1].toLowerCase();
  const field = (Object.keys(TERM_FIELDS) as TermField[]).find((f) => TERM_FIELDS[f] === taxonomy);
  if (!field) return "unknownTarget";
  const term = vocab.terms.find((t) => t.taxonomy.key === taxonomy && norm(t.code) === norm(match[2]));
  return term ? { field, taxonomy, code: term.code } : "unknownTarget";
}

/** Checks one row (as typed or read); the target normalised to "<taxonomy>:<code>". */
export function checkCrosswalkRow(
  input: unknown,
  vocab: Vocabulary,
): { ok: true; row: CrosswalkRow & { resolved: CrosswalkTarget } } | { ok: false; errors: Partial<Record<keyof CrosswalkRow, CrosswalkErrorCode>> } {
  const parsed = rowSchema.safeParse(input);
  if (!parsed.success) {
    const errors: Partial<Record<keyof CrosswalkRow, CrosswalkErrorCode>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof CrosswalkRow;
      errors[field] ??= issue.message === "tooLong" ? "tooLong" : "required";
    }
    return { ok: false, errors };
  }
  const resolved = resolveTarget(parsed.data.target, vocab);
  if (typeof resolved === "string") return { ok: false, errors: { target: resolved } };
  return { ok: true, row: { ...parsed.data, target: `${resolved.taxonomy}:${resolved.code}`, resolved } };
}

/**
 * A crosswalk CSV's rows, each checked; every error names its line (header = line 1) and column.
 * A file with any error yields no rows.
 */
export function parseCrosswalkCsv(text: string, vocab: Vocabulary): { rows: (CrosswalkRow & { resolved: CrosswalkTarget })[]; errors: CrosswalkError[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { delimiter: [",", ";"], skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch {
    return { rows: [], errors: [{ line: null, field: null, code: "unreadable" }] };
  }
  const [header = [], ...body] = records;
  const columns = header.map((h) => h.toLowerCase());
  const at = { taxonomy: columns.indexOf("taxonomy"), term: columns.indexOf("term"), target: columns.indexOf("target") };
  if (Object.values(at).some((i) => i < 0)) return { rows: [], errors: [{ line: 1, field: null, code: "header" }] };
  if (body.length > CROSSWALK_ROWS_MAX) return { rows: [], errors: [{ line: null, field: null, code: "tooMany" }] };
  const rows: (CrosswalkRow & { resolved: CrosswalkTarget })[] = [];
  const errors: CrosswalkError[] = [];
  const seen = new Set<string>();
  body.forEach((record, i) => {
    const line = i + 2;
    const checked = checkCrosswalkRow({ taxonomy: record[at.taxonomy] ?? "", term: record[at.term] ?? "", target: record[at.target] ?? "" }, vocab);
    if (!checked.ok) {
      for (const [field, code] of Object.entries(checked.errors)) errors.push({ line, field: field as keyof CrosswalkRow, code });
      return;
    }
    const key = crosswalkKey(checked.row.taxonomy, checked.row.term);
    if (seen.has(key)) errors.push({ line, field: "term", code: "duplicate" });
    seen.add(key);
    rows.push(checked.row);
  });
  return errors.length ? { rows: [], errors } : { rows, errors };
}

/** The crosswalk the import uses: `stored` rows, then `file` rows (a file's row wins over a stored one). */
export function buildCrosswalk(stored: CrosswalkRow[], file: CrosswalkRow[], vocab: Vocabulary): Crosswalk {
  const out: Crosswalk = new Map();
  for (const row of [...stored, ...file]) {
    const checked = checkCrosswalkRow(row, vocab);
    // A stored row whose target term has since been removed no longer maps anything.
    if (checked.ok) out.set(crosswalkKey(row.taxonomy, row.term), checked.row);
  }
  return out;
}

/** The row of `crosswalk` that maps this term, if any. */
export function crosswalkFor(crosswalk: Crosswalk, term: HsdsTerm | null | undefined) {
  if (!term || crosswalk.size === 0) return undefined;
  const taxonomies = [term.taxonomy, term.taxonomy_detail?.name, term.taxonomy_detail?.id, term.taxonomy_id].filter((x): x is string => !!x);
  const terms = [term.code, term.name, term.id].filter((x): x is string => !!x);
  for (const taxonomy of taxonomies) for (const t of terms) {
    const row = crosswalk.get(crosswalkKey(taxonomy, t));
    if (row) return row;
  }
  return undefined;
}

/** An English line per error, for `npm run import`. */
export function describeCrosswalkError(file: string, e: CrosswalkError) {
  const where = [e.line ? `line ${e.line}` : null, e.field ? `column ${e.field}` : null].filter(Boolean).join(", ");
  const what: Record<CrosswalkErrorCode, string> = {
    required: "is empty",
    tooLong: `is longer than ${CROSSWALK_TEXT_MAX} characters`,
    targetFormat: 'must be "<taxonomy>:<code>", e.g. lebensphase:senioren',
    unknownTarget: "names no term of handlungsfeld, lebensphase, angebotsart or hinweis",
    duplicate: "maps the same taxonomy and term as an earlier line",
    header: "the header must name the columns taxonomy, term, target",
    tooMany: `more than ${CROSSWALK_ROWS_MAX} rows`,
    unreadable: "not a readable CSV file",
  };
  return `${file}${where ? ` ${where}` : ""}: ${what[e.code]}`;
}
