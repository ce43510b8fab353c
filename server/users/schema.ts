import { z } from "zod";
import { UserRole } from "../generated/prisma/enums";
import { EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN } from "./limits";

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

/** The account administration's forms: which account, which organisation (ids from hidden fields and a select). */
export const accountIdSchema = z.uuid();
export const membershipSchema = z.object({ userId: z.uuid(), organizationId: z.uuid() });
export const invitationIdSchema = z.uuid();
