import "server-only";
import { strToU8, zipSync } from "fflate";
import type { Db } from "../db";
import { etagOf } from "./api/http";
import { PUBLIC_SERVICE_WHERE } from "./api/public-services";
import { csvPackageFiles } from "./csv";
import { forEachHsdsChunk } from "./export";
import type { HsdsService } from "./hsds-schema";

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

/** Builds both dumps from one snapshot and replaces the stored ones in one transaction. */
export async function buildDumps(db: Db): Promise<{ serviceCount: number; builtAt: Date }> {
  // Taken before the snapshot: everything published before it is in the dump.
  const builtAt = new Date();
  const services: HsdsService[] = [];
  await forEachHsdsChunk(db, { where: PUBLIC_SERVICE_WHERE }, (chunk) => void services.push(...chunk));

  const json = strToU8(JSON.stringify(services));
  const entries = Object.fromEntries(
    [...csvPackageFiles(services)].map(([file, text]) => [`${ZIP_FOLDER}/${file}`, strToU8(text)] as const),
  );
  const zip = zipSync(entries, { level: 6, mtime: builtAt });
  const contents: Record<DumpFile, Uint8Array<ArrayBuffer>> = {
    "services.json": json as Uint8Array<ArrayBuffer>,
    "hsds-csv.zip": zip as Uint8Array<ArrayBuffer>,
  };

  const serviceCount = services.length;
  await db.$transaction(
    Object.entries(contents).map(([file, content]) => {
      const row = { content, contentType: DUMP_FILES[file as DumpFile], etag: etagOf(content), serviceCount, builtAt };
      return db.hsdsDump.upsert({ where: { file }, create: { file, ...row }, update: row });
    }),
  );
  return { serviceCount, builtAt };
}

/** Whether both dumps exist (the site builds them at start when not). */
export async function dumpsExist(db: Db) {
  return (await db.hsdsDump.count({ where: { file: { in: Object.keys(DUMP_FILES) } } })) === Object.keys(DUMP_FILES).length;
}

type DumpInfo = { file: string; contentType: string; etag: string; serviceCount: number; builtAt: Date; size: number };

/** What /api/hsds/dumps lists: the stored files without their contents. */
export async function dumpIndex(db: Db) {
  const rows = await db.$queryRaw<DumpInfo[]>`
    select file, "contentType", etag, "serviceCount", "builtAt", octet_length(content)::int as size
    from "HsdsDump" order by file`;
  const [first] = rows;
  return {
    built_at: first?.builtAt.toISOString() ?? null,
    service_count: first?.serviceCount ?? 0,
    files: rows.map((r) => ({ name: r.file, url: `/api/hsds/dumps/${r.file}`, size: r.size, content_type: r.contentType })),
  };
}

/** A stored dump's ETag and type, without its (possibly large) contents. */
export function dumpHead(db: Db, file: DumpFile) {
  return db.hsdsDump.findUnique({ where: { file }, select: { etag: true, contentType: true } });
}

export async function dumpContent(db: Db, file: DumpFile) {
  return (await db.hsdsDump.findUnique({ where: { file }, select: { content: true } }))?.content ?? null;
}
