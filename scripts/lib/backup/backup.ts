// One backup = one file: the catalogue database as a compressed pg_dump archive (custom format).
// Everything the site stores lives in the database, uploads included: evidence documents are bytea
// (EvidenceDocument.content), crosswalk and need-data uploads are parsed into rows, the open-data
// dumps are bytea (HsdsDump). Nothing is written to disk by the site, so nothing else to copy.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { pgTool, runPgTool, serverMajor } from "./pg-tools";

export const BACKUP_PREFIX = "angebotskatalog-";
export const BACKUP_SUFFIX = ".dump";

/** 2026-12-05T18:04:09.123Z -> angebotskatalog-20261205T180409Z.dump (UTC, sorts by time). */
export function backupFileName(at: Date) {
  return `${BACKUP_PREFIX}${at.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}${BACKUP_SUFFIX}`;
}

/** The archive's table of contents (pg_restore --list), one entry a line: reading it proves the file readable. */
export async function archiveContents(pgRestore: string, file: string, url: string) {
  return (await runPgTool(pgRestore, ["--list", file], url, "pipe")).stdout.split("\n");
}

/** How many tables' rows the contents hold. */
export const tableCount = (contents: string[]) => contents.filter((line) => / TABLE DATA /.test(line)).length;

/**
 * Dumps the database at `url` into a new file in `outDir` (mode 600; the folder is made mode 700)
 * and reads it back. Written under a temporary name and renamed when complete, so a file with the
 * final name is always a whole backup.
 */
export async function createBackup(url: string, outDir: string, now = new Date()) {
  const major = await serverMajor(url);
  const pgDump = pgTool("pg_dump", major);
  const pgRestore = pgTool("pg_restore", major);
  mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const file = path.join(path.resolve(outDir), backupFileName(now));
  if (existsSync(file)) throw new Error(`${file} exists already`);
  const partial = `${file}.partial`;
  const fd = openSync(partial, "wx", 0o600);
  try {
    // --format=custom is compressed (zlib) and what pg_restore reads table by table.
    await runPgTool(pgDump, ["--format=custom", "--compress=6"], url, fd);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw err;
  }
  closeSync(fd);
  try {
    const tables = tableCount(await archiveContents(pgRestore, partial, url));
    renameSync(partial, file);
    return { file, bytes: statSync(file).size, tables, major };
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
}
