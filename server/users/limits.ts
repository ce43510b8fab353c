// Limits and error codes of the account forms, shared with the forms (no zod, no server code).

/** NIST SP 800-63B asks for at least 8; we ask for 12 and allow passphrases. */
export const PASSWORD_MIN = 12;
/** Caps the work argon2 does for one request. */
export const PASSWORD_MAX = 256;
export const EMAIL_MAX = 254;
/** An invitation link is valid this long. */
export const INVITATION_DAYS = 7;

export type PasswordField = "password" | "passwordConfirm";
export type PasswordErrorCode = "too_short" | "too_long" | "mismatch";

export type InviteField = "email" | "role" | "organizationId";
export type InviteErrorCode =
  | "invalid_email"
  | "invalid_role"
  | "organization_required"
  | "organization_unknown"
  | "existing_other_role"
  | "account_disabled"
  | "already_member";
