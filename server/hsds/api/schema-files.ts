import "server-only";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { SCHEMA_DIR } from "../compile-schemas";
import { HsdsNotFoundError } from "./errors";

// The vendored HSDS 3.0 schemas, served under /api/hsds/schema/ so that the served OpenAPI
// document's $refs and the per-object schemas' relative refs ("phone.json" inside service.json)
// resolve on this site. Only files listed here are served: a path is looked up, never joined
// from the request, so nothing outside the folder can be reached.

let files: Map<string, string> | undefined;

function schemaFiles(): Map<string, string> {
  if (!files) {
    const list = (sub: string) =>
      readdirSync(path.join(SCHEMA_DIR, sub))
        .filter((f) => f.endsWith(".json") && f !== "openapi.json")
        .map((f) => (sub ? `${sub}/${f}` : f));
    files = new Map([...list(""), ...list("compiled")].map((f) => [f, readFileSync(path.join(SCHEMA_DIR, f), "utf8")]));
  }
  return files;
}

/** The names of the served files, relative to /api/hsds/schema/ (e.g. "compiled/service.json"). */
export const schemaFileNames = () => [...schemaFiles().keys()];

/** The text of a served schema file; 404 for anything else. */
export function readSchemaFile(segments: readonly string[]): string {
  const name = segments.join("/");
  const text = schemaFiles().get(name);
  if (text === undefined) throw new HsdsNotFoundError("schema file", name);
  return text;
}
