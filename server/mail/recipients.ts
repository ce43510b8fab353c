import "server-only";
import { db } from "../db";
import { env } from "../env";

/** An absolute link into the site (German pages), for mails. */
export function siteUrl(path: `/${string}`): string {
  return new URL(path, env.NEXTAUTH_URL ?? "http://localhost:3000").toString();
}

/** The addresses of the active provider accounts of an organisation (those who can edit its offers). */
export async function memberAddresses(organizationId: string): Promise<string[]> {
  const users = await db.user.findMany({
    where: { disabledAt: null, role: "PROVIDER", memberships: { some: { organizationId } } },
    select: { email: true },
    orderBy: { email: "asc" },
  });
  return users.map((u) => u.email);
}

/** The addresses of the active reviewers (city staff who see every organisation's reports). */
export async function reviewerAddresses(): Promise<string[]> {
  const users = await db.user.findMany({ where: { disabledAt: null, role: "REVIEWER" }, select: { email: true }, orderBy: { email: "asc" } });
  return users.map((u) => u.email);
}
