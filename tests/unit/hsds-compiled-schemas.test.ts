import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { SCHEMA_DIR, compileList, compileSchemaFiles, compileWithDefinitions, loadObjectSchemas } from "../../server/hsds/compile-schemas";

const readCompiled = (file: string) => readFileSync(path.join(SCHEMA_DIR, "compiled", file), "utf8");

describe("compiled HSDS schemas (npm run hsds:schemas)", () => {
  it("the committed files equal a fresh compile of the vendored per-object schemas", () => {
    const fresh = compileSchemaFiles();
    expect(fresh.size).toBeGreaterThan(0);
    for (const [file, text] of fresh) expect(readCompiled(file), `${file}: run npm run hsds:schemas`).toBe(text);
  });

  it("the compile reproduces upstream's own compiled files (same shapes, same rules)", () => {
    const schemas = loadObjectSchemas();
    expect(compileWithDefinitions(schemas, "service")).toEqual(JSON.parse(readCompiled("service_with_definitions.json")));
    expect(compileList(schemas, "service")).toEqual(JSON.parse(readCompiled("service_list.json")));
    expect(compileList(schemas, "organization")).toEqual(JSON.parse(readCompiled("organization_list.json")));
  });

  it("each compiled file is a schema that compiles on its own, with no ref leaving the file", () => {
    for (const [file, text] of compileSchemaFiles()) {
      const refs = [...text.matchAll(/"\$ref": "([^"]*)"/g)].map((m) => m[1]!);
      expect(refs.filter((r) => r !== "#" && !r.startsWith("#/definitions/")), file).toEqual([]);
      const ajv = new Ajv2020({ strict: false });
      addFormats(ajv);
      expect(() => ajv.compile(JSON.parse(text) as object), file).not.toThrow();
    }
  });
});
