import "server-only";
import { assertCan, invitableRoles, NotFoundError, type Actor } from "../authz";
import { db } from "../db";
import { env } from "../env";
import type { UserRole } from "../generated/prisma/enums";
import { INVITATION_DAYS, type InviteErrorCode, type InviteField } from "./limits";
import { sendMail, type MailOutcome } from "../mail/send";
import { invitationMail } from "../mail/templates";
import { newOneTimeToken, oneTimeLink } from "./one-time-token";
import { invitationIdSchema, inviteSchema } from "./schema";

export type CreateInvitationResult =
  | { ok: true; email: string; role: UserRole; organizationName: string | null; expiresAt: Date; link: string; mail: MailOutcome }
  | { ok: false; fieldErrors: Partial<Record<InviteField, InviteErrorCode>> };

type Inviter = Actor & { id: string };

/**
 * Invites a person in a role (providers into an organisation) and mails them the one-time link
 * (server/mail). The link is also in this answer, which exists only once: the inviting person is
 * shown it when no mail went out (`mail` "off" or "failed") and passes it on. A newer invitation
 * for the same address and organisation replaces an open older one.
 */
export async function createInvitation(actor: Inviter, input: unknown): Promise<CreateInvitationResult> {
  assertCan(actor, "org:invite");
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<InviteField, InviteErrorCode>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as InviteField;
      fieldErrors[field] ??= issue.message as InviteErrorCode;
    }
    return { ok: false, fieldErrors };
  }
  const { email, role } = parsed.data;
  if (!invitableRoles(actor).includes(role)) return { ok: false, fieldErrors: { role: "invalid_role" } };
  // City staff belong to no organisation; a provider always to one.
  const organizationId = role === "REVIEWER" || role === "ADMIN" ? null : parsed.data.organizationId;
  if (role === "PROVIDER" && !organizationId) return { ok: false, fieldErrors: { organizationId: "organization_required" } };

  const organization = organizationId
    ? await db.organization.findUnique({ where: { id: organizationId }, select: { id: true, name: true } })
    : null;
  if (organizationId && !organization) return { ok: false, fieldErrors: { organizationId: "organization_unknown" } };
  return storeInvitation({ email, role, organization, invitedById: actor.id });
}

/**
 * The first administrator (or a new one when none is left), invited from the server's console
 * (`npm run admin:invite -- EMAIL`): whoever runs it already holds the database's credentials, so
 * no account vouches for it. The link is returned (and mailed when mail is set up) like any other.
 */
export async function inviteAdminFromConsole(email: unknown): Promise<CreateInvitationResult> {
  const parsed = inviteSchema.shape.email.safeParse(email);
  if (!parsed.success) return { ok: false, fieldErrors: { email: "invalid_email" } };
  return storeInvitation({ email: parsed.data, role: "ADMIN", organization: null, invitedById: null });
}

async function storeInvitation(input: {
  email: string;
  role: UserRole;
  organization: { id: string; name: string } | null;
  invitedById: string | null;
}): Promise<CreateInvitationResult> {
  const { email, role, organization, invitedById } = input;
  const organizationId = organization?.id ?? null;
  const existing = await db.user.findUnique({
    where: { email },
    select: { role: true, disabledAt: true, memberships: { where: { organizationId: organizationId ?? undefined }, select: { organizationId: true } } },
  });
  if (existing?.disabledAt) return { ok: false, fieldErrors: { email: "account_disabled" } };
  if (existing && existing.role !== role) return { ok: false, fieldErrors: { email: "existing_other_role" } };
  if (existing && (!organizationId || existing.memberships.length)) return { ok: false, fieldErrors: { email: "already_member" } };

  const { id, token, tokenHash } = newOneTimeToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  await db.$transaction([
    db.invitation.deleteMany({ where: { email, organizationId, acceptedAt: null } }),
    db.invitation.create({ data: { id, email, role, organizationId, tokenHash, expiresAt, invitedById } }),
  ]);
  const link = oneTimeLink("/einladung", token);
  const organizationName = organization?.name ?? null;
  const mail = await sendMail(email, invitationMail({ link, organizationName, expiresAt }));
  // Without SMTP in development the link also goes to the server log.
  if (mail === "off" && env.NODE_ENV === "development") console.info(`[einladung] ${email} (${role}): ${link}`);
  return { ok: true, email, role, organizationName, expiresAt, link, mail };
}

export type OpenInvitation = {
  id: string;
  email: string;
  role: UserRole;
  organizationName: string | null;
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  /** Whether this person may revoke it (only invitations into roles they may invite). */
  revocable: boolean;
};

/** Invitations not yet accepted and not expired, newest first. */
export async function listOpenInvitations(actor: Actor): Promise<OpenInvitation[]> {
  assertCan(actor, "org:invite");
  const rows = await db.invitation.findMany({
    where: { acceptedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      email: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      organization: { select: { name: true } },
      invitedBy: { select: { email: true, name: true } },
    },
  });
  const roles = invitableRoles(actor);
  return rows.map(({ organization, invitedBy, ...r }) => ({
    ...r,
    organizationName: organization?.name ?? null,
    invitedBy: invitedBy ? (invitedBy.name ?? invitedBy.email) : null,
    revocable: roles.includes(r.role),
  }));
}

/**
 * Revokes an open invitation: its link stops working at once. The row is deleted rather than
 * marked: an open invitation holds nothing worth keeping (the link's secret is not stored, and a
 * newer invitation to the same address already replaces an older one by deleting it), and a
 * deleted row cannot be accepted by any code path that forgets to check a flag. Only invitations
 * into roles the person may invite (reviewers cannot withdraw an admin's invitation of staff);
 * accepted ones are the record of an account and stay. Anything else is NotFoundError.
 */
export async function revokeInvitation(actor: Actor | null, invitationId: unknown): Promise<void> {
  assertCan(actor, "org:invite");
  const id = invitationIdSchema.safeParse(invitationId);
  const { count } = id.success
    ? await db.invitation.deleteMany({ where: { id: id.data, acceptedAt: null, role: { in: invitableRoles(actor) } } })
    : { count: 0 };
  if (count === 0) throw new NotFoundError(`invitation ${String(invitationId)}`);
}
