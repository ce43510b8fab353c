// `npm run db:migration -- NAME`: writes prisma/migrations/<timestamp>_NAME/migration.sql from the
// difference between the existing migrations and prisma/schema.prisma. (`prisma migrate dev` does
// not work with the offline Wasm engine.) Uses a throwaway shadow database on the embedded cluster.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runPrisma } from "./lib/prisma-cli";
import { ROOT, withServices } from "./lib/services";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- name_in_snake_case");
  process.exit(2);
}

await withServices(async ({ DATABASE_URL }) => {
  const sql = runPrisma(
    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { DATABASE_URL },
  );
  if (!/^\s*(CREATE|ALTER|DROP)/im.test(sql)) {
    console.log("The schema matches the migrations: nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(ROOT, "prisma/migrations", `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`wrote ${path.relative(ROOT, dir)}/migration.sql`);
});
