import "server-only";
import { z } from "zod";
import { db } from "../../db";
import { DUMP_FILES, dumpContent, dumpHead, dumpIndex, type DumpFile } from "../dumps";
import { HsdsNotFoundError } from "./errors";
import { hsdsJson, hsdsResponse } from "./http";
import { parseQuery } from "./params";

const dumpFile = z.enum(Object.keys(DUMP_FILES) as [DumpFile, ...DumpFile[]]);

/** GET /api/hsds/dumps: the latest dumps, their sizes, when they were built and how many services they hold. */
export async function dumpIndexResponse(request: Request) {
  parseQuery(request, {});
  return hsdsJson(request, await dumpIndex(db));
}

/** GET /api/hsds/dumps/{file}: the stored bytes with their ETag, as a download. */
export async function dumpFileResponse(request: Request, name: string) {
  parseQuery(request, {});
  const file = dumpFile.safeParse(name);
  const head = file.success ? await dumpHead(db, file.data) : null;
  if (!file.success || !head) throw new HsdsNotFoundError("dump", name);
  const opts = {
    etag: head.etag,
    contentType: head.contentType,
    headers: { "Content-Disposition": `attachment; filename="${file.data}"` },
  };
  // A client that has this version gets its 304 without the contents being read.
  const fresh = request.headers.get("if-none-match")?.includes(head.etag);
  if (fresh || request.method === "HEAD") return hsdsResponse(request, "", opts);
  const content = await dumpContent(db, file.data);
  if (!content) throw new HsdsNotFoundError("dump", name);
  return hsdsResponse(request, content as Uint8Array<ArrayBuffer>, opts);
}
