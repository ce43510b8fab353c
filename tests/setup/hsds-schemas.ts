import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// Validators for the HSDS 3.0 objects the API returns, from the vendored per-object schemas
// (vendor/hsds-3.0/schema/*.json, relative $refs between them). Each schema is registered under
// its file's URL, so "phone.json" inside service.json resolves to the vendored phone.json and
// nothing is fetched. A list item ("only one-to-one fields") validates against the same schema:
// HSDS requires no array property. Non-strict: the schemas carry non-standard keywords.

const DIR = path.resolve(import.meta.dirname, "../../vendor/hsds-3.0/schema");
const BASE = "https://hsds.invalid/schema/";

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const file of readdirSync(DIR).filter((f) => f.endsWith(".json") && f !== "openapi.json")) {
  ajv.addSchema(JSON.parse(readFileSync(path.join(DIR, file), "utf8")) as object, `${BASE}${file}`);
}

export type HsdsObjectKind = "service" | "organization" | "service_at_location" | "location" | "taxonomy" | "taxonomy_term";

const validators = new Map<HsdsObjectKind, ValidateFunction>();

/** The schema errors of `value` as an HSDS object of `kind` (an empty list when it is valid). */
export function hsdsSchemaErrors(kind: HsdsObjectKind, value: unknown) {
  let validate = validators.get(kind);
  if (!validate) {
    validate = ajv.getSchema(`${BASE}${kind}.json`)!;
    validators.set(kind, validate);
  }
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}
