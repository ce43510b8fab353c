// `npm run db:generate` (also run after npm install): generates the Prisma client into server/generated.
import { runPrisma } from "./lib/prisma-cli";

runPrisma(["generate"], { DATABASE_URL: "postgresql://unused@localhost/unused" });
console.log("Prisma client generated in server/generated/prisma");
