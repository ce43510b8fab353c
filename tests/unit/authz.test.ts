import { describe, expect, it } from "vitest";
import { ForbiddenError } from "../../server/authz/errors";
import { assertCan, can, invitableRoles, PERMISSIONS, ROLE_PERMISSIONS, type Permission } from "../../server/authz/permissions";
import { UserRole } from "../../server/generated/prisma/enums";

const actor = (role: UserRole) => ({ role, organizationIds: [] });

// The table, spelled out: a change to who may do what has to change this test too.
const EXPECTED: Record<UserRole, Permission[]> = {
  PROVIDER: ["offer:edit-own"],
  NETWORK_PARTNER: ["network-fields:read"],
  REVIEWER: ["offer:edit-any", "offer:review", "org:invite", "planner-fields:read", "network-fields:read", "planning:read", "planning:edit", "plan:edit", "search:synonyms", "import:crosswalk"],
  ADMIN: [...PERMISSIONS],
};

describe("role -> permission table", () => {
  it.each(Object.values(UserRole))("%s has exactly its permissions", (role) => {
    for (const permission of PERMISSIONS) {
      expect(can(actor(role), permission), `${role} ${permission}`).toBe(EXPECTED[role].includes(permission));
    }
    expect([...ROLE_PERMISSIONS[role]].sort()).toEqual([...EXPECTED[role]].sort());
  });

  it("gives nobody anything without a user", () => {
    for (const permission of PERMISSIONS) {
      expect(can(null, permission)).toBe(false);
      expect(can(undefined, permission)).toBe(false);
    }
  });

  it("keeps planner-only fields from providers and network partners", () => {
    expect(can(actor("PROVIDER"), "planner-fields:read")).toBe(false);
    expect(can(actor("NETWORK_PARTNER"), "planner-fields:read")).toBe(false);
    expect(can(actor("PROVIDER"), "network-fields:read")).toBe(false);
    expect(can(actor("NETWORK_PARTNER"), "offer:edit-own")).toBe(false);
  });

  it("assertCan throws ForbiddenError naming the permission", () => {
    expect(() => assertCan(actor("PROVIDER"), "org:invite")).toThrowError(ForbiddenError);
    expect(() => assertCan(null, "offer:edit-own")).toThrowError(/forbidden: offer:edit-own/);
    expect(() => assertCan(actor("REVIEWER"), "org:invite")).not.toThrow();
  });

  it("lets reviewers invite providers and network partners, and only admins invite city staff", () => {
    expect(invitableRoles(actor("ADMIN"))).toEqual(["PROVIDER", "NETWORK_PARTNER", "REVIEWER", "ADMIN"]);
    expect(invitableRoles(actor("REVIEWER"))).toEqual(["PROVIDER", "NETWORK_PARTNER"]);
    expect(invitableRoles(actor("PROVIDER"))).toEqual([]);
    expect(invitableRoles(actor("NETWORK_PARTNER"))).toEqual([]);
    expect(invitableRoles(null)).toEqual([]);
  });
});
