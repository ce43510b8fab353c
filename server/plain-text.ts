import { z } from "zod";

// Text a person types or a file brings. No "server-only": the form schemas built on it run in the
// browser too.

/** Characters PostgreSQL cannot store (NUL) or that only serve to hide text; newlines and tabs stay. */
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A trimmed string without those characters (dropped, as pasted text often carries them). */
export const plainText = () => z.string().overwrite((v) => v.replace(CONTROL_CHARS, "")).trim();
