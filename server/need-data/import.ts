import "server-only";
// An upload of need data (one or several files): every file is decoded and checked completely,
// and only if no file has any error are all of them written in ONE transaction (upserts by the
// tables' unique keys). A refused upload changes nothing.
import type { Db, Tx } from "../db";
import { assertCan, type Actor } from "../authz";
import { decodeText } from "./decode";
import type { NeedDataError } from "./errors";
import { parseBoundaries, type Boundary } from "./geojson";
import { KIND_LABELS, normalize, type NeedDataKind } from "./layouts";
import { parseNeedDataCsv, type ParsedCsv } from "./parse-csv";
import type { AreaRef, IndicatorRef, Lookups } from "./row-schemas";

export type NeedDataFile = { name: string; bytes: Uint8Array };
export type FileSummary = { file: string; kind: NeedDataKind; label: string; rows: number; years: number[]; areas: string[] };
export type NeedDataResult = { ok: true; files: FileSummary[] } | { ok: false; errors: NeedDataError[] };

type Parsed = { file: string; data: ParsedCsv | { kind: "boundaries"; rows: Boundary[] } };

const TX_OPTIONS = { timeout: 120_000, maxWait: 30_000 };

/** The page's upload: planners and admins only. */
export async function uploadNeedData(db: Db, actor: Actor | null, files: NeedDataFile[]): Promise<NeedDataResult> {
  assertCan(actor, "planning:edit");
  return importNeedData(db, files);
}

/** Checks every file, then applies all of them in one transaction, or nothing. (CLI and page.) */
export async function importNeedData(db: Db, files: NeedDataFile[]): Promise<NeedDataResult> {
  const lookups = await loadLookups(db);
  const parsed: Parsed[] = [];
  const errors: NeedDataError[] = [];
  for (const f of files) {
    const text = decodeText(f.bytes);
    // GeoJSON is JSON: an object at the start. Everything else is read as CSV.
    const result = text.trimStart().startsWith("{") ? boundaries(f.name, text, lookups) : parseNeedDataCsv(f.name, text, lookups);
    errors.push(...result.errors);
    if (result.data) parsed.push({ file: f.name, data: result.data });
  }
  if (errors.length) return { ok: false, errors };

  await db.$transaction(async (tx) => {
    for (const p of parsed) await apply(tx, p.data);
  }, TX_OPTIONS);
  return { ok: true, files: parsed.map(summarize) };
}

function boundaries(file: string, text: string, lookups: Lookups) {
  const { data, errors } = parseBoundaries(file, text, lookups);
  return { data: data && { kind: "boundaries" as const, rows: data }, errors };
}

async function loadLookups(db: Db): Promise<Lookups> {
  const [areas, indicators] = await Promise.all([
    db.planningArea.findMany({ select: { id: true, code: true, name: true } }),
    db.indicator.findMany({ select: { id: true, key: true, name: true, unit: true } }),
  ]);
  const areaMap = new Map<string, AreaRef>();
  for (const a of areas) for (const k of [a.code, a.name]) areaMap.set(normalize(k), a);
  const indicatorMap = new Map<string, IndicatorRef>();
  for (const i of indicators) for (const k of [i.key, i.name]) indicatorMap.set(normalize(k), i);
  return { area: (t) => areaMap.get(normalize(t)) ?? null, indicator: (t) => indicatorMap.get(normalize(t)) ?? null };
}

/** Uploaded figures are real data unless a planner says otherwise in the source: isDemo false. */
async function apply(tx: Tx, data: Parsed["data"]) {
  switch (data.kind) {
    case "population":
      for (const r of data.rows) {
        const key = { planningAreaId: r.area.id, year: r.year, ageFrom: r.ageFrom };
        const fields = { ageTo: r.ageTo, count: r.count, source: r.source, isDemo: false };
        await tx.populationFigure.upsert({ where: { planningAreaId_year_ageFrom: key }, create: { ...key, ...fields }, update: fields });
      }
      return;
    case "households":
      for (const r of data.rows) {
        const key = { planningAreaId: r.area.id, year: r.year, type: r.type };
        const fields = { count: r.count, source: r.source, isDemo: false };
        await tx.householdFigure.upsert({ where: { planningAreaId_year_type: key }, create: { ...key, ...fields }, update: fields });
      }
      return;
    case "indicators":
      for (const r of data.rows) {
        const { id: indicatorId } = r.indicator.id
          ? r.indicator
          : await tx.indicator.upsert({
              where: { key: r.indicator.key },
              create: { key: r.indicator.key, name: r.indicator.name, unit: r.indicator.unit },
              update: {},
            });
        const key = { indicatorId: indicatorId!, planningAreaId: r.area.id, year: r.year };
        const fields = { value: r.value, source: r.source, isDemo: false };
        await tx.indicatorValue.upsert({ where: { indicatorId_planningAreaId_year: key }, create: { ...key, ...fields }, update: fields });
      }
      return;
    case "boundaries":
      for (const b of data.rows) {
        await tx.planningArea.update({ where: { id: b.area.id }, data: { polygon: b.polygon, centerLat: b.centerLat, centerLon: b.centerLon } });
      }
  }
}

function summarize({ file, data }: Parsed): FileSummary {
  const rows = data.rows as { area: AreaRef; year?: number }[];
  return {
    file,
    kind: data.kind,
    label: KIND_LABELS[data.kind],
    rows: rows.length,
    years: [...new Set(rows.flatMap((r) => (r.year === undefined ? [] : [r.year])))].sort(),
    areas: [...new Set(rows.map((r) => r.area.name))].sort((a, b) => a.localeCompare(b, "de")),
  };
}
