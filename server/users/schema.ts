import { z } from "zod";
import { UserRole } from "../generated/prisma/enums";
import { EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN, type PasswordErrorCode, type PasswordField } from "./limits";

// The account forms, validated on the server (the forms repeat only the limits).

const emptyAsNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

export const inviteSchema = z.object({
  email: z
    .string({ error: "invalid_email" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "invalid_email" }).max(EMAIL_MAX, { error: "invalid_email" })),
  role: z.enum(UserRole, { error: "invalid_role" }),
  organizationId: z.preprocess(emptyAsNull, z.uuid({ error: "organization_unknown" }).nullish()).transform((v) => v ?? null),
});

export type InviteInput = z.input<typeof inviteSchema>;

/** Never trimmed: spaces are part of a passphrase. */
export const newPasswordSchema = z
  .object({
    password: z
      .string({ error: "too_short" })
      .min(PASSWORD_MIN, { error: "too_short" })
      .max(PASSWORD_MAX, { error: "too_long" }),
    passwordConfirm: z.string({ error: "mismatch" }),
  })
  .refine((v) => v.password === v.passwordConfirm, { error: "mismatch", path: ["passwordConfirm"] });

/** A new password from a form (invitation or password link): the password, or each field's first error. */
export function parseNewPassword(input: { password?: unknown; passwordConfirm?: unknown }):
  | { ok: true; password: string }
  | { ok: false; fieldErrors: Partial<Record<PasswordField, PasswordErrorCode>> } {
  const parsed = newPasswordSchema.safeParse({ password: input.password, passwordConfirm: input.passwordConfirm });
  if (parsed.success) return { ok: true, password: parsed.data.password };
  const fieldErrors: Partial<Record<PasswordField, PasswordErrorCode>> = {};
  for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as PasswordField] ??= issue.message as PasswordErrorCode;
  return { ok: false, fieldErrors };
}

/** The account administration's forms: which account, which organisation (ids from hidden fields and a select). */
export const accountIdSchema = z.uuid();
export const membershipSchema = z.object({ userId: z.uuid(), organizationId: z.uuid() });
export const invitationIdSchema = z.uuid();
