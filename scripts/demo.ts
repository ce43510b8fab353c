// `npm run demo`: the whole catalogue on the embedded default. Starts PostgreSQL and Meilisearch
// from node_modules (or uses DATABASE_URL / MEILI_HOST), migrates, seeds the Eisenach demo data,
// rebuilds the index, creates the demo accounts (README; only here, never in `npm run seed`),
// builds the site and serves it on http://localhost:3000 (PORT to change).
// Ctrl-C stops the site and exactly the servers this script started.
import { migrateDeploy } from "./lib/prisma-cli";
import { withServices } from "./lib/services";
import { onShutdown } from "./lib/shutdown";
import { buildSite, startSite } from "./lib/site";

const port = Number(process.env.PORT ?? 3000);
const skipBuild = process.argv.includes("--no-build");

await withServices(async (env) => {
  migrateDeploy(env.DATABASE_URL);
  const { db } = await import("../server/db");
  const { seedDatabase } = await import("../prisma/seed/index");
  const { reindex } = await import("../search/reindex");
  const { seedDemoAccounts } = await import("../prisma/seed/demo-accounts");
  const { offers } = await seedDatabase(db);
  const accounts = await seedDemoAccounts(db);
  const { indexed } = await reindex();
  await db.$disconnect();
  // Residents find only active offers; the rest (paused, closed) stay in the database for providers and planners.
  console.log(
    `[demo] ${offers} offers in the database, ${indexed} searchable (the other ${offers - indexed} are paused or closed), ${accounts} demo accounts (see README)`,
  );

  if (!skipBuild) buildSite();
  const site = await startSite({ port, env: { ...env, ...(process.env.MEILI_INDEX ? { MEILI_INDEX: process.env.MEILI_INDEX } : {}) } });
  onShutdown(site.stop);
  console.log(`[demo] the catalogue answers on ${site.url} (Ctrl-C stops it)`);
  await new Promise((resolve) => site.child.once("exit", resolve));
});
