import "server-only";
import { finished } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { strToU8, zipSync } from "fflate";
import type { Db } from "../db";
import { etagOf } from "./api/http";
import { PUBLIC_SERVICE_WHERE } from "./api/public-services";
import { csvPackageWriter } from "./csv";
import { forEachHsdsChunk } from "./export";

// The open-data dumps: every public service (PUBLIC_SERVICE_WHERE, never planner-only facts) as
// one JSON array and as the HSDS CSV data package in a zip. Stored in the database (HsdsDump), so
// every site instance serves the same bytes; rebuilt by dump-scheduler.ts after publications.

export const DUMP_FILES = {
  "services.json": "application/json; charset=utf-8",
  "hsds-csv.zip": "application/zip",
} as const;
export type DumpFile = keyof typeof DUMP_FILES;

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

  const entries = Object.fromEntries([...csv.files()].map(([file, text]) => [`${ZIP_FOLDER}/${file}`, strToU8(text)] as const));
  const zip = zipSync(entries, { level: 6, mtime: builtAt }) as Uint8Array<ArrayBuffer>;
  const json = new Uint8Array(Buffer.concat(compressed));
  const rows: Record<DumpFile, { content: Uint8Array<ArrayBuffer>; contentEncoding: string | null; size: number }> = {
    "services.json": { content: json, contentEncoding: "gzip", size: jsonSize },
    "hsds-csv.zip": { content: zip, contentEncoding: null, size: zip.byteLength },
  };

  await db.$transaction(
    Object.entries(rows).map(([file, r]) => {
      const row = { ...r, contentType: DUMP_FILES[file as DumpFile], etag: etagOf(r.content), serviceCount, builtAt };
      return db.hsdsDump.upsert({ where: { file }, create: { file, ...row }, update: row });
    }),
  );
  return { serviceCount, builtAt };
}

/** Whether both dumps exist (the site builds them at start when not). */
export async function dumpsExist(db: Db) {
  return (await db.hsdsDump.count({ where: { file: { in: Object.keys(DUMP_FILES) } } })) === Object.keys(DUMP_FILES).length;
}

/** What /api/hsds/dumps lists: the stored files without their contents. */
export async function dumpIndex(db: Db) {
  const rows = await db.hsdsDump.findMany({
    select: { file: true, contentType: true, size: true, serviceCount: true, builtAt: true },
    orderBy: { file: "asc" },
  });
  const [first] = rows;
  return {
    built_at: first?.builtAt.toISOString() ?? null,
    service_count: first?.serviceCount ?? 0,
    files: rows.map((r) => ({ name: r.file, url: `/api/hsds/dumps/${r.file}`, size: r.size, content_type: r.contentType })),
  };
}

/** A stored dump's ETag, type and encoding, without its (possibly large) contents. */
export function dumpHead(db: Db, file: DumpFile) {
  return db.hsdsDump.findUnique({ where: { file }, select: { etag: true, contentType: true, contentEncoding: true, size: true } });
}

export async function dumpContent(db: Db, file: DumpFile) {
  return (await db.hsdsDump.findUnique({ where: { file }, select: { content: true } }))?.content ?? null;
}
