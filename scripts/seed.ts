// `npm run seed`: applies migrations and loads the Eisenach seed data (idempotent), then indexes it.
import { migrateDeploy } from "./lib/prisma-cli";
import { withServices } from "./lib/services";

await withServices(async ({ DATABASE_URL }) => {
  migrateDeploy(DATABASE_URL);
  const { db } = await import("../server/db");
  const { seedDatabase } = await import("../prisma/seed/index");
  const { ensureIndex, drainOutbox } = await import("../search/sync");
  const { rebuildIfOutdated } = await import("../search/reindex");
  const { offers } = await seedDatabase(db);
  await ensureIndex();
  // A replica that lost its index is rebuilt, not filled with this run's changes alone.
  if ((await drainOutbox()).outdated.length) await rebuildIfOutdated();
  console.log(`seeded: ${offers} offers`);
  await db.$disconnect();
});
