import "server-only";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import schema from "../../vendor/hsds-3.0/schema/compiled/service_with_definitions.json";
import { HsdsImportError } from "./errors";
import { decodeUtf8 } from "./source";

// The HSDS tabular data package (a folder with datapackage.json and one CSV per table, as
// vendor/hsds-3.0/examples/csv) <-> nested HSDS service objects, the same shape the JSON import and
// export use. Tables, columns and nesting come from the HSDS schema itself:
//   - a table's columns are its object's scalar properties, in schema order;
//   - an array property (service.phones) is the child table's rows whose `<parent>_id` column is
//     the parent's id (attributes link by `link_id`, metadata by `resource_id`);
//   - a single object (service.organization, service_at_location.location,
//     attribute.taxonomy_term, taxonomy_term.taxonomy_detail) is looked up by `<kind>_id`.
// Reading attaches a row to every parent it names (a phone row with service_id and location_id
// appears under both, as in the official JSON example); the import deduplicates by id. Writing
// sets only the direct parent's key. Every table is written (header only when empty).

type Kind = string;
type Row = Record<string, string>;
type Obj = Record<string, unknown>;
type Relation = { prop: string; kind: Kind; many: boolean };
type Table = { kind: Kind; file: string; columns: { name: string; type: "number" | "string" }[]; relations: Relation[] };

type PropertySchema = { type?: string; $ref?: string; items?: { $ref?: string } };
type ObjectSchema = { path?: string; properties: Record<string, PropertySchema> };

const refKind = (ref: string | undefined) => ref?.split("/").pop() ?? "";

function tableOf(kind: Kind, def: ObjectSchema): Table {
  const columns: Table["columns"] = [];
  const relations: Relation[] = [];
  for (const [name, p] of Object.entries(def.properties)) {
    if (p.type === "array") relations.push({ prop: name, kind: refKind(p.items?.$ref), many: true });
    else if (p.$ref) relations.push({ prop: name, kind: refKind(p.$ref), many: false });
    else columns.push({ name, type: p.type === "number" ? "number" : "string" });
  }
  return { kind, file: def.path ?? `${kind}.csv`, columns, relations };
}

const definitions: Record<string, ObjectSchema> = { service: schema as ObjectSchema, ...(schema.definitions as Record<string, ObjectSchema>) };
const TABLES = new Map(Object.entries(definitions).map(([kind, def]) => [kind, tableOf(kind, def)]));

/** The column of a child row that holds its parent's id. */
const parentColumn = (child: Kind, parent: Kind) =>
  child === "attribute" ? "link_id" : child === "metadata" ? "resource_id" : `${parent}_id`;

// ------------------------------------------------------------------------------------- reading

/** Table paths from datapackage.json when it is a data package, else the standard file names. */
function resourcePaths(dir: string) {
  const paths = new Map([...TABLES.values()].map((t) => [t.kind, t.file]));
  try {
    const pkg = JSON.parse(readFileSync(path.join(dir, "datapackage.json"), "utf8")) as { resources?: { name?: string; path?: string }[] };
    for (const r of pkg.resources ?? []) {
      const table = [...TABLES.values()].find((t) => r.name === t.kind || r.name === t.file.replace(/\.csv$/, ""));
      if (table && typeof r.path === "string") paths.set(table.kind, r.path);
    }
  } catch {
    // Missing, or (as in the official examples) a symlink stub: the standard names apply.
  }
  // A package names files inside its own folder; anything else (../, /etc/…, a URL) is not read.
  for (const [kind, file] of paths) {
    const relative = path.relative(dir, path.resolve(dir, file));
    if (relative.startsWith("..") || path.isAbsolute(relative) || /^[a-z][a-z0-9+.-]*:/i.test(file)) {
      throw new HsdsImportError(`datapackage.json: the ${kind} resource's path "${file}" is outside the package folder`);
    }
  }
  return paths;
}

/** Reads a CSV data package into nested HSDS service objects (unvalidated). */
export function readCsvPackage(dir: string): unknown[] {
  const paths = resourcePaths(dir);
  if (!existsSync(path.join(dir, paths.get("service")!))) {
    throw new HsdsImportError(`${dir} is not an HSDS CSV package: ${paths.get("service")} is missing`);
  }
  const rows = new Map<Kind, Row[]>();
  for (const [kind, file] of paths) {
    const full = path.join(dir, file);
    if (!existsSync(full)) continue;
    try {
      const text = decodeUtf8(readFileSync(full), file);
      rows.set(kind, parse(text, { columns: true, skip_empty_lines: true, trim: true }));
    } catch (err) {
      if (err instanceof HsdsImportError) throw err;
      throw new HsdsImportError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  const indexes = new Map<string, Map<string, Row[]>>();
  const rowsBy = (kind: Kind, column: string, value: string) => {
    let index = indexes.get(`${kind}.${column}`);
    if (!index) {
      index = new Map();
      for (const r of rows.get(kind) ?? []) {
        if (!r[column]) continue;
        const list = index.get(r[column]);
        if (list) list.push(r);
        else index.set(r[column], [r]);
      }
      indexes.set(`${kind}.${column}`, index);
    }
    return index.get(value) ?? [];
  };

  const build = (kind: Kind, row: Row): Obj => {
    const table = TABLES.get(kind)!;
    const obj: Obj = {};
    for (const { name, type } of table.columns) {
      const cell = row[name];
      if (cell === undefined || cell === "") continue;
      obj[name] = type === "number" && Number.isFinite(Number(cell)) ? Number(cell) : cell;
    }
    for (const rel of table.relations) {
      if (rel.many) {
        const children = rowsBy(rel.kind, parentColumn(rel.kind, kind), row.id);
        if (children.length) obj[rel.prop] = children.map((c) => build(rel.kind, c));
      } else {
        const [target] = rowsBy(rel.kind, "id", row[`${rel.kind}_id`]);
        if (target) obj[rel.prop] = build(rel.kind, target);
      }
    }
    return obj;
  };
  return (rows.get("service") ?? []).map((r) => build("service", r));
}

// ------------------------------------------------------------------------------------- writing

/** Writes nested HSDS service objects as a CSV data package into `dir` (created if needed). */
export function writeCsvPackage(dir: string, services: readonly object[], name?: string) {
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of csvPackageFiles(services, name)) writeFileSync(path.join(dir, file), text);
}

/** The files of a CSV data package (file name -> text): every table, then datapackage.json. */
export function csvPackageFiles(services: readonly object[], name?: string): Map<string, string> {
  const writer = csvPackageWriter(name);
  writer.add(services);
  return writer.filesSync();
}

/**
 * Collects services a chunk at a time as table rows (strings only), so a large export need not
 * hold every service object at once; `files()` then gives the package.
 */
export function csvPackageWriter(name = "angebotskatalog-hsds") {
  const out = new Map<Kind, Map<string, Row>>([...TABLES.keys()].map((k) => [k, new Map()]));

  const emit = (kind: Kind, obj: Obj, parent?: { kind: Kind; id: string }) => {
    const table = TABLES.get(kind)!;
    const row: Row = {};
    for (const { name } of table.columns) if (obj[name] != null) row[name] = String(obj[name]);
    if (parent) {
      const key = parentColumn(kind, parent.kind);
      if (table.columns.some((c) => c.name === key)) row[key] ??= parent.id;
      if (kind === "attribute") row.link_entity ??= parent.kind;
    }
    for (const rel of table.relations) {
      const value = obj[rel.prop];
      if (rel.many && Array.isArray(value)) for (const child of value) emit(rel.kind, child as Obj, { kind, id: String(obj.id) });
      if (!rel.many && value && typeof value === "object") {
        row[`${rel.kind}_id`] ??= String((value as Obj).id);
        emit(rel.kind, value as Obj);
      }
    }
    const rows = out.get(kind)!;
    if (!rows.has(row.id)) rows.set(row.id, row); // shared objects (a location, a term) once
  };
  const add = (services: readonly object[]) => {
    for (const s of services) emit("service", s as Obj);
  };
  /** The package's files; yields to the event loop between tables (a large export in a server). */
  const files = async () => {
    const result = new Map<string, string>();
    for (const table of TABLES.values()) {
      result.set(table.file, tableText(table, out));
      await new Promise((resolve) => setImmediate(resolve));
    }
    result.set("datapackage.json", datapackageJson(name));
    return result;
  };
  return { add, files, filesSync: () => packageFiles(out, name) };
}

function tableText(table: Table, out: Map<Kind, Map<string, Row>>) {
  return stringify([...out.get(table.kind)!.values()], { header: true, columns: table.columns.map((c) => c.name) });
}

function packageFiles(out: Map<Kind, Map<string, Row>>, name: string) {
  const files = new Map<string, string>();
  for (const table of TABLES.values()) files.set(table.file, tableText(table, out));
  files.set("datapackage.json", datapackageJson(name));
  return files;
}

function datapackageJson(name: string) {
  const resources = [...TABLES.values()].map((t) => ({
    name: t.kind,
    path: t.file,
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    schema: { fields: t.columns.map((c) => ({ name: c.name, type: c.type })), primaryKey: ["id"] },
  }));
  const pkg = { name, profile: "tabular-data-package", resources };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
