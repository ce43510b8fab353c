import type { Formats } from "next-intl";

/**
 * Named formats for `format.dateTime(value, "short")`, one place for how the site writes dates.
 * The time zone (Europe/Berlin) is set next to them in the request config. Each locale writes the
 * date its own way (English "Nov 27, 2026": a month name, never the ambiguous 11/27), but always in
 * the Gregorian calendar: the dates are those of a German city's offices and letters, and Intl's
 * default for Farsi is the Persian solar calendar.
 */
export const formats = {
  dateTime: {
    /** Date and time, e.g. "27.11.2026, 14:05". */
    short: { dateStyle: "medium", timeStyle: "short", calendar: "gregory" },
    /** Date only, e.g. "27.11.2026". */
    date: { dateStyle: "medium", calendar: "gregory" },
  },
} satisfies Formats;

// Makes the format names type-checked: a typo is a compile error, not a fallback at run time.
declare module "next-intl" {
  interface AppConfig {
    Formats: typeof formats;
  }
}
