import "server-only";
import { promisify } from "node:util";
import { gunzip as gunzipCallback } from "node:zlib";
import Negotiator from "negotiator";
import { z } from "zod";
import { db } from "../../db";
import { DUMP_FILES, dumpContent, dumpHead, dumpIndex, type DumpFile } from "../dumps";
import { HsdsNotFoundError } from "./errors";
import { hsdsJson, hsdsResponse } from "./http";
import { parseQuery } from "./params";

const gunzip = promisify(gunzipCallback);
const dumpFile = z.enum(Object.keys(DUMP_FILES) as [DumpFile, ...DumpFile[]]);

/** GET /api/hsds/dumps: the latest dumps, their sizes, when they were built and how many services they hold. */
export async function dumpIndexResponse(request: Request) {
  parseQuery(request, {});
  return hsdsJson(request, await dumpIndex(db));
}

/**
 * GET /api/hsds/dumps/{file}: the stored bytes with their ETag, as a download. services.json is
 * stored gzip-compressed and sent so to clients that accept gzip (nearly all); others get it
 * decompressed, under an ETag of its own (a strong ETag names one representation).
 */
export async function dumpFileResponse(request: Request, name: string) {
  parseQuery(request, {});
  const file = dumpFile.safeParse(name);
  const head = file.success ? await dumpHead(db, file.data) : null;
  if (!file.success || !head) throw new HsdsNotFoundError("dump", name);
  const asStored = !head.contentEncoding || acceptsEncoding(request, head.contentEncoding);
  const opts = {
    etag: asStored ? head.etag : head.etag.replace(/"$/, '-identity"'),
    contentType: head.contentType,
    headers: {
      "Content-Disposition": `attachment; filename="${file.data}"`,
      ...(asStored && head.contentEncoding ? { "Content-Encoding": head.contentEncoding } : {}),
    },
  };
  // A client that has this version gets its 304 without the contents being read.
  const fresh = request.headers.get("if-none-match")?.includes(opts.etag);
  if (fresh || request.method === "HEAD") return hsdsResponse(request, "", opts);
  const content = await dumpContent(db, file.data);
  if (!content) throw new HsdsNotFoundError("dump", name);
  const body = asStored ? content : await gunzip(content);
  return hsdsResponse(request, body as Uint8Array<ArrayBuffer>, opts);
}

function acceptsEncoding(request: Request, encoding: string) {
  const negotiator = new Negotiator({ headers: { "accept-encoding": request.headers.get("accept-encoding") ?? undefined } });
  return negotiator.encoding([encoding, "identity"]) === encoding;
}
