import "server-only";
import { getCurrentUser } from "../auth";
import { can, ForbiddenError, NotFoundError } from "../authz";
import { getEvidenceDocument } from "../plan/evidence";
import { notFound } from "./planning-csv";

// A planner downloads an assessment's document at /planung/plan/nachweise/<id>.<ext> (a dot in
// the path, so the proxy passes it past next-intl, like the CSVs). Anyone without planning:read
// gets the planning pages' 404. The file was uploaded by a person, so a browser must never run
// it as part of this site: always a download, its type as detected at upload, no sniffing, and a
// sandbox should a browser render it anyway (server/http/security-headers.ts).

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.[a-z]{3,4}$/;

/** `filename` for old clients (ASCII only) and `filename*` with the real name (RFC 6266). */
const disposition = (name: string) =>
  `attachment; filename="${name.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "_") || "Nachweis"}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  const id = FILE.exec((await params).file)?.[1];
  if (!user || !can(user, "planning:read") || !id) return notFound();
  let doc: Awaited<ReturnType<typeof getEvidenceDocument>>;
  try {
    doc = await getEvidenceDocument(user, id);
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ForbiddenError) return notFound();
    throw err;
  }
  return new Response(Buffer.from(doc.content), {
    headers: {
      "Content-Type": doc.contentType,
      "Content-Length": String(doc.size),
      "Content-Disposition": disposition(doc.fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      // proxy.ts sets `Content-Security-Policy: sandbox` for this path (server/http/security-headers.ts).
    },
  });
}
