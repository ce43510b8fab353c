import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { SCHEMA_DIR } from "../compile-schemas";

// The HSDS API reference (vendor/hsds-3.0/schema/openapi.json) as this site serves it: its
// placeholder `info` filled in, the server set to /api/hsds, and every $ref to upstream's schema
// host rewritten to this site's copy (/api/hsds/schema/...), so a client resolving the document
// fetches nothing from elsewhere.

const UPSTREAM = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

/** Version of this API description (bump when the served shapes change). */
export const API_VERSION = "1.0.0";

const DESCRIPTION = `Open data of the Angebotskatalog Eisenach (offers of the LSZ programme "Solidarisches Zusammenleben der Generationen") following the HSDS 3.0 API reference.

Profile: only published, active offers and the organisations that have at least one; no account data, no planner-only facts, and offers whose address is hidden have no location. The LSZ facets travel as HSDS taxonomies (GET /taxonomies): the database taxonomies "handlungsfeld", "lebensphase", "angebotsart", "planungsraum" and "hinweis", the plan's measures as "lsz-massnahme", and offer properties HSDS has no field for as "angebotskatalog-merkmal" (the attribute's value holds the value). Services carry them as attributes with the same term ids. Terms are German (language "de"). format=ndjson is not served: everything at once is in the downloads (/api/hsds/dumps).

The HSDS schemas served under /api/hsds/schema/ are Open Referral's Human Services Data Specification 3.0, licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); the files under compiled/ not found upstream are generated from them.`;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function rewriteRefs(value: Json, schemaBase: string): Json {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, schemaBase));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        if (k !== "$ref" || typeof v !== "string") return [k, rewriteRefs(v, schemaBase)];
        if (v.startsWith("#")) return [k, v];
        if (v.startsWith(UPSTREAM)) return [k, schemaBase + v.slice(UPSTREAM.length)];
        throw new Error(`openapi.json: $ref ${v} points neither into the document nor at upstream's schemas`);
      }),
    );
  }
  return value;
}

let template: { [key: string]: Json } | undefined;

/** The served OpenAPI document, its schema refs absolute under `apiBase` (apiBaseUrl). */
export function servedOpenApi(apiBase: string): Json {
  template ??= JSON.parse(readFileSync(path.join(SCHEMA_DIR, "openapi.json"), "utf8")) as { [key: string]: Json };
  const doc = rewriteRefs(template, `${apiBase}/schema/`) as { [key: string]: Json };
  const paths = doc.paths as Record<string, Record<string, Json>>;
  // The reference answers /service_at_locations/{id} with compiled/service.json, a slip: it is a
  // service_at_location (the description says so), and that is what this site returns.
  const salById = JSON.stringify(paths["/service_at_locations/{id}"]).replaceAll(
    `${apiBase}/schema/compiled/service.json`,
    `${apiBase}/schema/compiled/service_at_location.json`,
  );
  return {
    ...doc,
    info: {
      title: "Angebotskatalog Eisenach – HSDS 3.0",
      version: API_VERSION,
      summary: "Offers for residents of Eisenach as HSDS 3.0 open data (read-only).",
      description: DESCRIPTION,
      contact: { name: "Angebotskatalog Eisenach", url: new URL(apiBase).origin },
    },
    servers: [{ url: "/api/hsds" }],
    paths: { ...paths, "/service_at_locations/{id}": JSON.parse(salById) as Json },
  };
}
