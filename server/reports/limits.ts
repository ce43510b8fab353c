// Limits and error codes of the "Fehler melden" form, shared with the form (no zod, no server code).

export const REPORT_MESSAGE_MIN = 10;
export const REPORT_MESSAGE_MAX = 2000;
export const REPORT_EMAIL_MAX = 254;

export type ErrorReportField = "message" | "replyEmail";
export type ErrorReportErrorCode = "too_short" | "too_long" | "invalid_email";
