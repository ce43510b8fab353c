import "server-only";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { z } from "zod";
import { db } from "../../db";
import { DUMP_DOWNLOADS, dumpContent, dumpHead, dumpIndex, type DumpDownload } from "../dumps";
import { HsdsNotFoundError } from "./errors";
import { hsdsJson, hsdsResponse } from "./http";
import { parseQuery } from "./params";

const dumpDownload = z.enum(Object.keys(DUMP_DOWNLOADS) as [DumpDownload, ...DumpDownload[]]);

/** GET /api/hsds/dumps: the latest dumps, their sizes, when they were built and how many services they hold. */
export async function dumpIndexResponse(request: Request) {
  parseQuery(request, {});
  return hsdsJson(request, await dumpIndex(db));
}

/**
 * GET /api/hsds/dumps/{file}: a dump as a download with its stored ETag. services.json is
 * inflated from the stored gzip while it is sent (a stream: never the whole JSON in memory), under
 * an ETag of its own, since its bytes differ from services.json.gz's.
 */
export async function dumpFileResponse(request: Request, name: string) {
  parseQuery(request, {});
  const parsed = dumpDownload.safeParse(name);
  const head = parsed.success ? await dumpHead(db, parsed.data) : null;
  // The name is not echoed whole: it is the client's, of any length.
  if (!parsed.success || !head) throw new HsdsNotFoundError("dump", name.length > 40 ? `${name.slice(0, 40)}…` : name);
  const download = DUMP_DOWNLOADS[parsed.data];
  const opts = {
    etag: download.inflate ? head.etag.replace(/"$/, '-inflated"') : head.etag,
    contentType: download.contentType,
    headers: { "Content-Disposition": `attachment; filename="${parsed.data}"` },
  };
  // A client that has this version gets its 304 without the contents being read.
  const fresh = request.headers.get("if-none-match")?.includes(opts.etag);
  if (fresh || request.method === "HEAD") return hsdsResponse(request, "", opts);
  const content = await dumpContent(db, parsed.data);
  if (!content) throw new HsdsNotFoundError("dump", parsed.data);
  const body = download.inflate ? (Readable.toWeb(Readable.from([content]).pipe(createGunzip())) as ReadableStream<Uint8Array>) : content;
  return hsdsResponse(request, body as Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>, opts);
}
