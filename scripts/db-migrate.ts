// `npm run db:migrate`: applies pending migrations (production: with DATABASE_URL set).
import { migrateDeploy } from "./lib/prisma-cli";
import { withServices } from "./lib/services";

await withServices(async ({ DATABASE_URL }) => {
  migrateDeploy(DATABASE_URL);
  console.log("migrations applied");
});
