import "server-only";
import { log, messageOf } from "../../log";
import { createHash } from "node:crypto";
import { HsdsNotFoundError, HsdsParamError } from "./errors";

// Responses of the open-data API (/api/hsds): JSON for any origin (read-only, public data, no
// cookies read), revalidated through a strong ETag computed from the body, so a consumer polling
// a page that did not change gets an empty 304. Errors are JSON too and name the bad parameter.

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag",
};

/** Public data that changes with every publication: cache briefly, then revalidate by ETag. */
export const CACHE_CONTROL = "public, max-age=60, must-revalidate";

export function etagOf(body: string | Uint8Array) {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** Whether If-None-Match names the ETag (a list, or `*`; weak validators compare weakly, RFC 9110). */
function matches(ifNoneMatch: string | null, etag: string) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === etag;
  });
}

type ResponseOptions = { contentType?: string; cacheControl?: string; headers?: Record<string, string> };

/**
 * A JSON (or other) body with CORS, Cache-Control and ETag; 304 when the client has it already.
 * A large stored body (the dumps) comes with the ETag computed when it was stored (etagOf), and
 * may be a stream.
 */
export function hsdsResponse(
  request: Request,
  body: string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>,
  opts: ResponseOptions & { etag?: string } = {},
): Response {
  if (body instanceof ReadableStream && !opts.etag) throw new Error("a streamed body needs the ETag it was stored with");
  const etag = opts.etag ?? etagOf(body as string | Uint8Array);
  const headers = {
    ...CORS,
    "Cache-Control": opts.cacheControl ?? CACHE_CONTROL,
    ETag: etag,
    Vary: "Accept-Encoding",
    ...opts.headers,
  };
  if (matches(request.headers.get("if-none-match"), etag)) {
    if (body instanceof ReadableStream) void body.cancel();
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === "HEAD" ? null : body, {
    status: 200,
    headers: { ...headers, "Content-Type": opts.contentType ?? "application/json; charset=utf-8" },
  });
}

export function hsdsJson(request: Request, value: unknown): Response {
  return hsdsResponse(request, JSON.stringify(value));
}

/** `{ "error": "...", "parameter": "..." }` with the status; never cached. */
export function hsdsError(status: 400 | 404 | 500, error: string, parameter?: string): Response {
  return Response.json(parameter ? { error, parameter } : { error }, {
    status,
    headers: { ...CORS, "Cache-Control": "no-store" },
  });
}

/** The answer to a CORS preflight: any origin may GET. */
export function hsdsPreflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS, "Access-Control-Max-Age": "86400" } });
}

/**
 * Wraps a GET handler: a bad parameter (HsdsParamError) becomes 400 naming it, an unknown id
 * (HsdsNotFoundError) 404, anything else a 500 without details (logged on the server).
 */
export function hsdsRoute<C>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (err) {
      if (err instanceof HsdsParamError) return hsdsError(400, err.message, err.parameter);
      if (err instanceof HsdsNotFoundError) return hsdsError(404, err.message);
      log("error", "hsds-api", { message: messageOf(err), stack: err instanceof Error ? err.stack : undefined });
      return hsdsError(500, "internal error");
    }
  };
}
