import "server-only";
import { assertCan, type Actor } from "../authz";
import { db } from "../db";
import type { UserRole } from "../generated/prisma/enums";

export type AccountRow = {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  disabledAt: Date | null;
  organizations: { id: string; name: string }[];
};

/** Enough for a city's staff and providers on one page; a search comes when it is needed. */
const ACCOUNT_LIMIT = 1000;

/** Every account with its organisations, for /verwaltung/konten (admins only). */
export async function listAccounts(actor: Actor | null): Promise<AccountRow[]> {
  assertCan(actor, "user:admin");
  const rows = await db.user.findMany({
    orderBy: { email: "asc" },
    take: ACCOUNT_LIMIT,
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      memberships: { select: { organization: { select: { id: true, name: true } } }, orderBy: { organization: { name: "asc" } } },
    },
  });
  return rows.map(({ memberships, ...u }) => ({
    ...u,
    organizations: memberships.map((m) => m.organization),
  }));
}

/** The organisations an account can be added to. */
export async function listOrganizationChoices(actor: Actor | null): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "user:admin");
  return db.organization.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
