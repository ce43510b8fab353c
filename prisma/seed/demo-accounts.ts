// Demo accounts, one per role, so anyone can try each role at once (README, "Demo accounts").
// Created only by `npm run demo` (scripts/demo.ts): never by `npm run seed`, never in production.
// Idempotent: re-running resets the demo password and memberships to the values below.
import { hashPassword, verifyPassword } from "../../server/auth/password";
import type { Db } from "../../server/db";
import type { UserRole } from "../../server/generated/prisma/enums";
import { ORG } from "./offers/organizations";

export const DEMO_PASSWORD = "demo-passwort";

export const DEMO_ACCOUNTS: { email: string; name: string; role: UserRole; organizationIds: string[] }[] = [
  { email: "traeger1@demo.angebotskatalog.invalid", name: "Demo: Familienzentrum Oststadt", role: "PROVIDER", organizationIds: [ORG.familienzentrumOst] },
  { email: "traeger2@demo.angebotskatalog.invalid", name: "Demo: Seniorendienste Hörselaue", role: "PROVIDER", organizationIds: [ORG.seniorendienste] },
  { email: "planung@demo.angebotskatalog.invalid", name: "Demo: Sozialplanung der Stadt", role: "REVIEWER", organizationIds: [] },
  { email: "netzwerk@demo.angebotskatalog.invalid", name: "Demo: Beratungsstelle im Netzwerk", role: "NETWORK_PARTNER", organizationIds: [] },
  { email: "admin@demo.angebotskatalog.invalid", name: "Demo: Administration", role: "ADMIN", organizationIds: [] },
];

export async function seedDemoAccounts(db: Db): Promise<number> {
  if (process.env.NODE_ENV === "production") throw new Error("demo accounts are never created in production");
  let passwordHash: string | null = null;
  for (const account of DEMO_ACCOUNTS) {
    const { organizationIds, ...fields } = account;
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { passwordHash: true } });
    const current = existing?.passwordHash && (await verifyPassword(existing.passwordHash, DEMO_PASSWORD));
    passwordHash = current ? existing.passwordHash : (passwordHash ?? (await hashPassword(DEMO_PASSWORD)));
    const user = await db.user.upsert({
      where: { email: account.email },
      create: { ...fields, passwordHash, isDemo: true },
      update: { ...fields, passwordHash, isDemo: true, disabledAt: null },
      select: { id: true },
    });
    await db.membership.deleteMany({ where: { userId: user.id, organizationId: { notIn: organizationIds } } });
    for (const organizationId of organizationIds) {
      await db.membership.upsert({
        where: { userId_organizationId: { userId: user.id, organizationId } },
        create: { userId: user.id, organizationId },
        update: {},
      });
    }
  }
  return DEMO_ACCOUNTS.length;
}
