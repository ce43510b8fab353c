// `npm run seed`: applies migrations and loads the Eisenach seed data (idempotent), then indexes it.
import { migrateDeploy } from "./lib/prisma-cli";
import { withServices } from "./lib/services";

await withServices(async ({ DATABASE_URL }) => {
  migrateDeploy(DATABASE_URL);
  const { db } = await import("../server/db");
  const { seedDatabase } = await import("../prisma/seed/index");
  const { ensureIndex, drainOutbox } = await import("../search/sync");
  const { offers } = await seedDatabase(db);
  await ensureIndex();
  await drainOutbox();
  console.log(`seeded: ${offers} offers`);
  await db.$disconnect();
});
