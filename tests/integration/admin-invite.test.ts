import { describe, expect, it } from "vitest";
import { acceptInvitation, getInvitation } from "../../server/users/accept-invitation";
import { inviteAdminFromConsole } from "../../server/users/invitations";
import { setupTestDatabase } from "../setup/database";
import { createUser } from "../setup/fixtures";

// `npm run admin:invite -- EMAIL` (scripts/invite-admin.ts): an administrator invited from the
// server's console, without any account vouching for it (tests/e2e/production.spec.ts runs the
// CLI on a fresh production database and signs in with the link).

const { db } = setupTestDatabase();
const tokenOf = (link: string) => link.split("/").at(-1)!;

describe("inviteAdminFromConsole", () => {
  it("invites an administrator whose link sets a password, once", async () => {
    const result = await inviteAdminFromConsole("  Erste.Admin@Stadt.test.invalid ");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result).toMatchObject({ email: "erste.admin@stadt.test.invalid", role: "ADMIN", organizationName: null, mail: "off" });
    const token = tokenOf(result.link);
    expect(await getInvitation(token)).toMatchObject({ role: "ADMIN", needsPassword: true });
    const row = await db.invitation.findFirstOrThrow({ where: { email: "erste.admin@stadt.test.invalid" } });
    expect(row.invitedById).toBeNull();
    expect(await acceptInvitation({ token, password: "ein langes Passwort", passwordConfirm: "ein langes Passwort" })).toEqual({ ok: true, email: "erste.admin@stadt.test.invalid" });
    expect(await db.user.findUniqueOrThrow({ where: { email: "erste.admin@stadt.test.invalid" }, select: { role: true } })).toEqual({ role: "ADMIN" });
    expect((await acceptInvitation({ token, password: "ein langes Passwort", passwordConfirm: "ein langes Passwort" })).ok).toBe(false);
  });

  it("refuses what is not an e-mail address, an administrator already there and an account in another role", async () => {
    expect(await inviteAdminFromConsole("keine-adresse")).toEqual({ ok: false, fieldErrors: { email: "invalid_email" } });
    expect(await inviteAdminFromConsole(undefined)).toEqual({ ok: false, fieldErrors: { email: "invalid_email" } });
    await createUser(db, { role: "ADMIN", email: "schon.admin@test.invalid" });
    expect(await inviteAdminFromConsole("schon.admin@test.invalid")).toEqual({ ok: false, fieldErrors: { email: "already_member" } });
    await createUser(db, { role: "PROVIDER", email: "traeger@test.invalid" });
    expect(await inviteAdminFromConsole("traeger@test.invalid")).toEqual({ ok: false, fieldErrors: { email: "existing_other_role" } });
    expect(await db.invitation.count({ where: { email: { in: ["schon.admin@test.invalid", "traeger@test.invalid"] } } })).toBe(0);
  });
});
