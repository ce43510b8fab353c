import "server-only";
import { finished } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { strToU8, zip as zipAsync } from "fflate";
import type { Db } from "../db";
import { etagOf } from "./api/http";
import { PUBLIC_SERVICE_WHERE } from "./api/public-services";
import { csvPackageWriter } from "./csv";
import { forEachHsdsChunk } from "./export";

// The open-data dumps: every public service (PUBLIC_SERVICE_WHERE, never planner-only facts) as
// one JSON array and as the HSDS CSV data package in a zip. Stored in the database (HsdsDump), so
// every site instance serves the same bytes; rebuilt by dump-scheduler.ts after publications.
// The JSON is stored gzip-compressed and offered twice: as services.json.gz (as stored) and as
// services.json (inflated while it is sent). Next strips a route's own Content-Encoding, so a
// stored gzip cannot be sent as an encoding of services.json; Next compresses on the fly instead.

/** What the site offers: the stored row each download comes from, and how it is sent. */
export const DUMP_DOWNLOADS = {
  "services.json": { stored: "services.json.gz", inflate: true, contentType: "application/json; charset=utf-8" },
  "services.json.gz": { stored: "services.json.gz", inflate: false, contentType: "application/gzip" },
  "hsds-csv.zip": { stored: "hsds-csv.zip", inflate: false, contentType: "application/zip" },
} as const;
export type DumpDownload = keyof typeof DUMP_DOWNLOADS;
type StoredFile = (typeof DUMP_DOWNLOADS)[DumpDownload]["stored"];
const STORED_FILES: StoredFile[] = ["services.json.gz", "hsds-csv.zip"];

/** The CSV package's folder inside the zip, so unzipping does not scatter tables around. */
export const ZIP_FOLDER = "hsds-csv";

/**
 * Builds both dumps from one snapshot, a chunk of services at a time (no whole catalogue of
 * objects or one giant string in memory: the JSON goes through gzip as it is written, the CSV
 * package collects table rows), and replaces the stored ones in one transaction.
 */
export async function buildDumps(db: Db, opts: { chunkSize?: number } = {}): Promise<{ serviceCount: number; builtAt: Date }> {
  // Taken before the snapshot: everything published before it is in the dump.
  const builtAt = new Date();
  const csv = csvPackageWriter();
  const gzip = createGzip({ level: 6 });
  const compressed: Buffer[] = [];
  gzip.on("data", (part: Buffer) => compressed.push(part));
  const done = finished(gzip);
  const write = (text: string) => new Promise<void>((resolve, reject) => gzip.write(text, (err) => (err ? reject(err) : resolve())));
  let jsonSize = 0;
  let serviceCount = 0;
  const writeJson = async (text: string) => {
    jsonSize += Buffer.byteLength(text);
    await write(text);
  };

  await writeJson("[");
  await forEachHsdsChunk(db, { where: PUBLIC_SERVICE_WHERE, chunkSize: opts.chunkSize }, async (chunk) => {
    csv.add(chunk);
    await writeJson(chunk.map((s, i) => `${serviceCount + i ? "," : ""}${JSON.stringify(s)}`).join(""));
    serviceCount += chunk.length;
  });
  await writeJson("]");
  gzip.end();
  await done;

  const entries: Record<string, Uint8Array> = {};
  for (const [file, text] of await csv.files()) entries[`${ZIP_FOLDER}/${file}`] = strToU8(text);
  // fflate's async zip compresses in worker threads: the site keeps answering meanwhile.
  const zip = await new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) =>
    zipAsync(entries, { level: 6, mtime: builtAt }, (err, data) => (err ? reject(err) : resolve(data as Uint8Array<ArrayBuffer>))),
  );
  const json = new Uint8Array(Buffer.concat(compressed));
  const rows: Record<StoredFile, { content: Uint8Array<ArrayBuffer>; contentType: string; inflatedSize: number | null }> = {
    "services.json.gz": { content: json, contentType: DUMP_DOWNLOADS["services.json.gz"].contentType, inflatedSize: jsonSize },
    "hsds-csv.zip": { content: zip, contentType: DUMP_DOWNLOADS["hsds-csv.zip"].contentType, inflatedSize: null },
  };

  await db.$transaction(
    Object.entries(rows).map(([file, r]) => {
      const row = { ...r, etag: etagOf(r.content), serviceCount, builtAt };
      return db.hsdsDump.upsert({ where: { file }, create: { file, ...row }, update: row });
    }),
  );
  return { serviceCount, builtAt };
}

/** Whether both dumps exist (the site builds them at start when not). */
export async function dumpsExist(db: Db) {
  return (await db.hsdsDump.count({ where: { file: { in: STORED_FILES } } })) === STORED_FILES.length;
}

/** What /api/hsds/dumps lists: the downloads with their sizes, without reading the contents. */
export async function dumpIndex(db: Db) {
  const rows = await db.$queryRaw<{ file: StoredFile; serviceCount: number; builtAt: Date; size: number; inflatedSize: number | null }[]>`
    select file, "serviceCount", "builtAt", octet_length(content)::int as size, "inflatedSize" from "HsdsDump"`;
  const stored = new Map(rows.map((r) => [r.file, r]));
  const [first] = rows;
  return {
    built_at: first?.builtAt.toISOString() ?? null,
    service_count: first?.serviceCount ?? 0,
    files: Object.entries(DUMP_DOWNLOADS).flatMap(([name, d]) => {
      const row = stored.get(d.stored);
      if (!row) return [];
      const size = d.inflate ? row.inflatedSize : row.size;
      return [{ name, url: `/api/hsds/dumps/${name}`, size, content_type: d.contentType }];
    }),
  };
}

/** A stored dump's ETag, without its (possibly large) contents. */
export function dumpHead(db: Db, download: DumpDownload) {
  return db.hsdsDump.findUnique({ where: { file: DUMP_DOWNLOADS[download].stored }, select: { etag: true } });
}

export async function dumpContent(db: Db, download: DumpDownload) {
  const row = await db.hsdsDump.findUnique({ where: { file: DUMP_DOWNLOADS[download].stored }, select: { content: true } });
  return row?.content ?? null;
}
