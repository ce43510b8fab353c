import "server-only";
import type { UserRole } from "../generated/prisma/enums";
import { ForbiddenError } from "./errors";

// Who may do what, in one place. Every server function that reads or writes something beyond the
// public catalogue checks a permission from this table (assertCan) or uses a scoped query
// (./offers.ts), so no page or action can skip the check.
export const PERMISSIONS = [
  /** Edit the offers of one's own organisations (drafts go to review). */
  "offer:edit-own",
  /** Edit any offer (reviewers correct entries directly). */
  "offer:edit-any",
  /** Approve or reject drafts. */
  "offer:review",
  /** Invite providers and network partners. */
  "org:invite",
  /** Manage accounts; invite reviewers and admins. */
  "user:admin",
  /** Planner-only fields of every offer: staff, places, funding, hidden addresses. */
  "planner-fields:read",
  /** Fields for professionals: waiting times, intake criteria, the line for professionals. */
  "network-fields:read",
  /** Planners' views: coverage, gaps, need data (/planung). */
  "planning:read",
  /** Upload need data (population, households, indicators, boundaries). */
  "planning:edit",
  /** Edit the plan's funding figures and the Mikroprojekte register. */
  "plan:edit",
  /** Edit the search's synonym list (/pruefung/synonyme). */
  "search:synonyms",
  /** Keep the crosswalk that maps other directories' terms onto ours on import (/pruefung/zuordnungen). */
  "import:crosswalk",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<UserRole, readonly Permission[]> = {
  PROVIDER: ["offer:edit-own"],
  NETWORK_PARTNER: ["network-fields:read"],
  REVIEWER: ["offer:edit-any", "offer:review", "org:invite", "planner-fields:read", "network-fields:read", "planning:read", "planning:edit", "plan:edit", "search:synonyms", "import:crosswalk"],
  ADMIN: PERMISSIONS,
};

/** What authorization needs to know about a person (a SessionUser fits). */
export type Actor = { role: UserRole; organizationIds: readonly string[] };

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  return !!actor && ROLE_PERMISSIONS[actor.role].includes(permission);
}

export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!can(actor, permission)) throw new ForbiddenError(permission);
}

/** Reviewers bring in providers and network partners; only admins bring in city staff. */
export function invitableRoles(actor: Actor | null | undefined): UserRole[] {
  if (can(actor, "user:admin")) return ["PROVIDER", "NETWORK_PARTNER", "REVIEWER", "ADMIN"];
  if (can(actor, "org:invite")) return ["PROVIDER", "NETWORK_PARTNER"];
  return [];
}
