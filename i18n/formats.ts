import type { Formats } from "next-intl";

/**
 * Named formats for `format.dateTime(value, "short")`, one place for how the site writes dates.
 * The time zone (Europe/Berlin) is set next to them in the request config.
 */
export const formats = {
  dateTime: {
    /** Date and time, e.g. "27.11.2026, 14:05". */
    short: { dateStyle: "medium", timeStyle: "short" },
    /** Date only, e.g. "27.11.2026". */
    date: { dateStyle: "medium" },
  },
} satisfies Formats;

// Makes the format names type-checked: a typo is a compile error, not a fallback at run time.
declare module "next-intl" {
  interface AppConfig {
    Formats: typeof formats;
  }
}
