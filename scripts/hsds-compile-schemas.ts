// `npm run hsds:schemas`: (re)writes the compiled HSDS 3.0 schemas under
// vendor/hsds-3.0/schema/compiled/ from the vendored per-object schemas (see
// server/hsds/compile-schemas.ts). A unit test fails when the committed files differ from a fresh compile.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { SCHEMA_DIR, compileSchemaFiles } from "../server/hsds/compile-schemas";

for (const [file, text] of compileSchemaFiles()) {
  writeFileSync(path.join(SCHEMA_DIR, "compiled", file), text);
  console.log(`wrote vendor/hsds-3.0/schema/compiled/${file}`);
}
