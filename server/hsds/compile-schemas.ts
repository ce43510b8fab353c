import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

// Builds the "compiled" HSDS 3.0 schemas the API reference ($refs in openapi.json) points at but
// the vendored copy lacks (compiled/service.json, organization.json, ...), from the vendored
// per-object schemas only. Two shapes, the same as upstream's compiled files:
//   - with definitions: the root object unchanged, every relative "x.json" $ref rewritten to
//     "#/definitions/x", and every other per-object schema as a definition (as in
//     compiled/service_with_definitions.json), so the file validates on its own.
//   - list: only the one-to-one fields (array properties dropped), object references inlined as
//     their own list shape (as in compiled/service_list.json and organization_list.json).
// No "server-only": the npm script `hsds:schemas` and a unit test use it outside Next.

/**
 * The vendored schemas. From the working directory, not the module's: inside the built site this
 * code runs from .next/server, while `next start`, the npm scripts and vitest all run in the project root.
 */
export const SCHEMA_DIR = path.resolve(process.cwd(), "vendor/hsds-3.0/schema");

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

/** The per-object schemas by name ("service" for service.json), in datapackage order. */
export function loadObjectSchemas(): Map<string, Schema> {
  // Always SCHEMA_DIR, never a parameter: the bundler of the site (which serves these files) can
  // then see which folder is read and warns of nothing.
  const entries = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith(".json") && f !== "openapi.json")
    .map((f) => [f.slice(0, -".json".length), JSON.parse(readFileSync(path.join(SCHEMA_DIR, f), "utf8")) as Schema] as const);
  const order = (s: Schema) => Number((s.datapackage_metadata as Schema | undefined)?.order ?? Infinity);
  return new Map(entries.sort(([an, a], [bn, b]) => order(a) - order(b) || an.localeCompare(bn)));
}

const refName = (ref: string) => /^([a-z_]+)\.json$/.exec(ref)?.[1];

function mapRefs(value: Json, to: (name: string) => string): Json {
  if (Array.isArray(value)) return value.map((v) => mapRefs(v, to));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        const name = k === "$ref" && typeof v === "string" ? refName(v) : undefined;
        return [k, name ? to(name) : mapRefs(v, to)];
      }),
    );
  }
  return value;
}

function requireSchema(schemas: Map<string, Schema>, name: string): Schema {
  const schema = schemas.get(name);
  if (!schema) throw new Error(`no vendored schema ${name}.json`);
  return schema;
}

/** `root` with its refs pointing into `definitions`, which hold every other per-object schema. */
export function compileWithDefinitions(schemas: Map<string, Schema>, root: string): Schema {
  const toDefinition = (name: string) => {
    requireSchema(schemas, name);
    return name === root ? "#" : `#/definitions/${name}`;
  };
  const definitions = Object.fromEntries(
    [...schemas].filter(([name]) => name !== root).map(([name, s]) => [name, mapRefs(s, toDefinition)]),
  );
  return { ...(mapRefs(requireSchema(schemas, root), toDefinition) as Schema), definitions };
}

/** `root`'s one-to-one fields only; a referenced object is inlined in its own list shape. */
export function compileList(schemas: Map<string, Schema>, root: string): Schema {
  const schema = requireSchema(schemas, root);
  const properties = schema.properties as Record<string, Schema>;
  const kept = Object.entries(properties).flatMap(([key, prop]): [string, Json][] => {
    if (prop.type === "array") return [];
    const { $ref, ...annotations } = prop;
    const name = typeof $ref === "string" ? refName($ref) : undefined;
    // The property's own name/title/description stay next to the inlined object (as upstream).
    return [[key, name ? { ...compileList(schemas, name), ...annotations } : prop]];
  });
  const keep = (list: Json): Json => (Array.isArray(list) ? list.filter((k) => typeof k === "string" && properties[k]?.type !== "array") : list);
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => {
      if (k === "properties") return [k, Object.fromEntries(kept)];
      if (k === "required" || k === "tabular_required") return [k, keep(v)];
      return [k, v];
    }),
  );
}

/** The files this compile writes into compiled/ (the ones openapi.json refers to, and their kin). */
export const COMPILED_FILES = {
  "service.json": (s: Map<string, Schema>) => compileWithDefinitions(s, "service"),
  "organization.json": (s: Map<string, Schema>) => compileWithDefinitions(s, "organization"),
  "service_at_location.json": (s: Map<string, Schema>) => compileWithDefinitions(s, "service_at_location"),
  "service_at_location_list.json": (s: Map<string, Schema>) => compileList(s, "service_at_location"),
} as const;

/** Each compiled file's text as the script writes it (2-space JSON, trailing newline). */
export function compileSchemaFiles(): Map<string, string> {
  const schemas = loadObjectSchemas();
  return new Map(Object.entries(COMPILED_FILES).map(([file, build]) => [file, `${JSON.stringify(build(schemas), null, 2)}\n`]));
}
