import "server-only";
import type { Db, Tx } from "../db";
import { publishOffer } from "../offers/publish";
import { offerDataSchema, type OfferData, type OfferDataInput } from "../offers/schema";
import { readOfferData } from "../offers/store";
import { upsertOrganization } from "../organizations/store";
import { sameOffer } from "../offers/compare";
import { readCsvPackage } from "./csv";
import { buildCrosswalk, describeCrosswalkError, parseCrosswalkCsv, type Crosswalk } from "./crosswalk";
import { storedCrosswalkRows } from "./crosswalk-store";
import { HsdsImportError } from "./errors";
import { formatPath, hsdsServiceSchema } from "./hsds-schema";
import { stableUuid } from "./ids";
import type { Vocabulary } from "./taxonomies";
import { toOffer, type MappedService } from "./to-offer";
import { loadVocabulary } from "./vocabulary";

// HSDS import: a JSON value (one service, an array, or an API page `{ contents: [...] }`) or the
// path of a CSV data package. All records are checked and mapped first; then one transaction
// upserts the organisations and publishes every offer whose content changed (source IMPORT).
// Any error rolls the whole file back. Ids come from the file, so importing it again changes
// nothing. What a file cannot carry is kept from the stored offer: the address of a HIDDEN offer
// (exports never contain it) and the planner-only facts when the record has none. A file never
// makes a hidden address public by omission: an offer stored as HIDDEN stays hidden unless the
// record says otherwise in its address_visibility attribute (files from other directories cannot
// know the flag, HSDS has none).
//
// Vocabulary never refuses a file (taxonomies.ts): terms we do not know are kept on the offer and
// counted in `unmapped`; the reviewers' stored crosswalk plus the one given with the import (its
// rows win) map terms into our fields, counted in `mapped`.

export type TermCount = { taxonomy: string; term: string; count: number };
export type ImportResult = {
  created: number;
  updated: number;
  unchanged: number;
  warnings: string[];
  /** Foreign terms no crosswalk maps, with how many records carry each. */
  unmapped: TermCount[];
  /** Foreign terms a crosswalk mapped, with the target ("lebensphase:senioren"). */
  mapped: (TermCount & { target: string })[];
};

export type ImportOptions = {
  /** A crosswalk CSV (`taxonomy,term,target`) given with the import; its rows win over the stored ones. */
  crosswalk?: { file: string; text: string };
};

export { HsdsImportError };

const MAX_LISTED_PROBLEMS = 20;

function recordsOf(input: unknown): unknown[] {
  if (typeof input === "string") return readCsvPackage(input);
  if (Array.isArray(input)) return input;
  if (input && typeof input === "object") {
    const contents = (input as { contents?: unknown }).contents;
    return Array.isArray(contents) ? contents : [input];
  }
  throw new HsdsImportError("expected an HSDS service, an array of services or a page with `contents`");
}

/** An API page (service_list.json) may be one of several: say so, the others are not fetched. */
function pageWarnings(input: unknown) {
  const page = (input && typeof input === "object" ? input : {}) as { total_pages?: unknown; page_number?: unknown };
  return typeof page.total_pages === "number" && page.total_pages > 1
    ? [`the file is page ${String(page.page_number ?? "?")} of ${page.total_pages}: only its services were imported`]
    : [];
}

function describe(index: number, raw: unknown) {
  const r = (raw ?? {}) as { id?: unknown; name?: unknown };
  // Quoted with escapes and cut: a name may be huge or carry control characters.
  const quote = (v: string) => JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);
  return `record ${index + 1} (id ${typeof r.id === "string" ? quote(r.id).slice(1, -1) : "missing"}, ${typeof r.name === "string" ? quote(r.name) : '"no name"'})`;
}

type Checked = MappedService & { label: string; data: OfferData };

function check(raw: unknown[], vocab: Vocabulary, crosswalk: Crosswalk) {
  const problems: string[] = [];
  const checked: Checked[] = [];
  const seen = new Map<string, string>();
  raw.forEach((record, i) => {
    const label = describe(i, record);
    const parsed = hsdsServiceSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${label}: ${formatPath(issue.path) || "record"}: ${issue.message}`);
      return;
    }
    const mapped = toOffer(parsed.data, vocab, crosswalk);
    if (!mapped.organization && !parsed.data.organization_id) {
      problems.push(`${label}: organization: missing (give a nested organization or organization_id)`);
      return;
    }
    const data = offerDataSchema.safeParse(mapped.offer);
    if (!data.success) {
      for (const issue of data.error.issues) problems.push(`${label}: catalogue field ${formatPath(issue.path)}: ${issue.message}`);
      return;
    }
    if (seen.has(data.data.id)) problems.push(`${label}: id: the same service id as ${seen.get(data.data.id)}`);
    seen.set(data.data.id, label);
    checked.push({ ...mapped, label, data: data.data, warnings: mapped.warnings.map((w) => `${label}: ${w}`) });
  });
  if (problems.length) {
    const more = problems.length > MAX_LISTED_PROBLEMS ? `\n... and ${problems.length - MAX_LISTED_PROBLEMS} more` : "";
    throw new HsdsImportError(`The file was not imported:\n${problems.slice(0, MAX_LISTED_PROBLEMS).join("\n")}${more}`);
  }
  return checked;
}

/** Records that only name their organisation must name one in the file or the catalogue. */
async function assertOrganizationsExist(tx: Tx, records: Checked[]) {
  const inFile = new Set(records.flatMap((r) => r.organization?.id ?? []));
  const wanted = [...new Set(records.map((r) => r.data.organizationId).filter((id) => !inFile.has(id)))];
  const found = new Set((await tx.organization.findMany({ where: { id: { in: wanted } }, select: { id: true } })).map((o) => o.id));
  const missing = records.find((r) => !inFile.has(r.data.organizationId) && !found.has(r.data.organizationId));
  if (missing) throw new HsdsImportError(`${missing.label}: organization_id: no organisation ${missing.data.organizationId} in the file or the catalogue`);
}

/**
 * Phone, contact and schedule ids are primary keys of rows owned by one offer. Other directories
 * reuse them (the official examples put one phone on the organisation, the service and the
 * location): an id already owned by another offer, in the file or the database, is replaced by one
 * derived from the offer's id, the same on every import.
 */
async function separateSharedChildIds(tx: Tx, records: Checked[]) {
  const tables = {
    phones: (ids: string[]) => tx.phone.findMany({ where: { id: { in: ids } }, select: { id: true, serviceId: true } }),
    contacts: (ids: string[]) => tx.contact.findMany({ where: { id: { in: ids } }, select: { id: true, serviceId: true } }),
    schedules: (ids: string[]) => tx.schedule.findMany({ where: { id: { in: ids } }, select: { id: true, serviceId: true } }),
  };
  const rowsOf = (d: OfferData, table: keyof typeof tables): { id?: string }[] =>
    table === "schedules" ? [...d.schedules, ...d.locations.flatMap((l) => l.schedules)] : d[table];
  for (const table of Object.keys(tables) as (keyof typeof tables)[]) {
    const ids = records.flatMap((r) => rowsOf(r.data, table).flatMap((x) => x.id ?? []));
    const owner = new Map((await tables[table](ids)).map((row) => [row.id, row.serviceId]));
    for (const r of records) {
      for (const row of rowsOf(r.data, table)) {
        if (!row.id) continue;
        const current = owner.get(row.id);
        if (current !== undefined && current !== r.data.id) row.id = stableUuid(r.data.id, table, row.id);
        else owner.set(row.id, r.data.id);
      }
    }
  }
}

/** The record's offer, completed with what an export never carries (see the top). */
function withKeptFields(r: Checked, stored: OfferData | null): OfferDataInput {
  if (!stored) return r.data;
  const stayHidden = stored.addressVisibility === "HIDDEN" && !r.hasAddressVisibility;
  const addressVisibility = stayHidden ? "HIDDEN" : r.data.addressVisibility;
  const keepAddress = addressVisibility === "HIDDEN" && r.data.locations.length === 0;
  return {
    ...r.data,
    addressVisibility,
    locations: keepAddress ? stored.locations : r.data.locations,
    planning: r.hasPlanning ? r.data.planning : stored.planning,
    // HSDS 3.0 has no translations; a file without our x_translations (another directory's, or a
    // CSV package) keeps the reviewed ones.
    translations: r.hasTranslations ? r.data.translations : stored.translations,
    // Nor the city's protection mark: a re-import must not take Quick-Exit off a women's shelter.
    protectionOffer: stored.protectionOffer,
  };
}

async function loadCrosswalk(db: Db, vocab: Vocabulary, given: ImportOptions["crosswalk"]): Promise<Crosswalk> {
  const file = given ? parseCrosswalkCsv(given.text, vocab) : { rows: [], errors: [] };
  if (file.errors.length) {
    const lines = file.errors.slice(0, MAX_LISTED_PROBLEMS).map((e) => describeCrosswalkError(given!.file, e));
    throw new HsdsImportError(`The crosswalk was not used and nothing was imported:\n${lines.join("\n")}`);
  }
  return buildCrosswalk(await storedCrosswalkRows(db), file.rows, vocab);
}

/** Each foreign term (and target) with the number of records that carry it, most frequent first. */
function countTerms(records: Checked[]) {
  const counts = new Map<string, TermCount & { target: string | null }>();
  for (const r of records) {
    const once = new Map(r.foreignTerms.map((t) => [JSON.stringify([t.taxonomy, t.term, t.target]), t]));
    for (const [key, t] of once) {
      const entry = counts.get(key) ?? { ...t, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  const sorted = [...counts.values()].sort((a, b) => b.count - a.count || a.taxonomy.localeCompare(b.taxonomy) || a.term.localeCompare(b.term));
  return {
    unmapped: sorted.filter((t) => t.target === null).map(({ target: _none, ...t }) => t),
    mapped: sorted.flatMap(({ target, ...t }) => (target === null ? [] : [{ ...t, target }])),
  };
}

/** The summary's lines about vocabulary, for `npm run import`. */
export function describeTerms(result: Pick<ImportResult, "unmapped" | "mapped">) {
  return [
    ...result.unmapped.map((t) => `${t.taxonomy}: ${JSON.stringify(t.term)} x ${t.count} not mapped (kept as it came)`),
    ...result.mapped.map((t) => `${t.taxonomy}: ${JSON.stringify(t.term)} x ${t.count} mapped to ${t.target}`),
  ];
}

/** Imports HSDS services: parsed JSON, or the path of a CSV data package folder. */
export async function importHsds(db: Db, input: unknown, options: ImportOptions = {}): Promise<ImportResult> {
  const vocab = await loadVocabulary(db);
  const crosswalk = await loadCrosswalk(db, vocab, options.crosswalk);
  const records = check(recordsOf(input), vocab, crosswalk);
  const warnings = [...pageWarnings(input), ...records.flatMap((r) => r.warnings)];
  const result: ImportResult = { created: 0, updated: 0, unchanged: 0, warnings, ...countTerms(records) };
  await db.$transaction(
    async (tx) => {
      await assertOrganizationsExist(tx, records);
      await separateSharedChildIds(tx, records);
      for (const r of records) {
        try {
          if (r.organization) await upsertOrganization(tx, r.organization);
          const current = await tx.service.findUnique({ where: { id: r.data.id }, select: { version: true } });
          const stored = current ? await readOfferData(tx, r.data.id) : null;
          const data = offerDataSchema.parse(withKeptFields(r, stored));
          if (current && current.version > 0 && stored && sameOffer(stored, data)) {
            result.unchanged++;
            continue;
          }
          await publishOffer(tx, data, { source: "IMPORT" });
          if (current && current.version > 0) result.updated++;
          else result.created++;
        } catch (err) {
          if (err instanceof HsdsImportError) throw err;
          throw new HsdsImportError(`The file was not imported:\n${r.label}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
  return result;
}
