import "server-only";
import type { getFormatter } from "next-intl/server";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** A calendar date (YYYY-MM-DD) as "27.11.2026": formatted in UTC so no time zone moves the day. */
export function formatDay(format: Formatter, date: string): string {
  return format.dateTime(new Date(`${date}T00:00:00Z`), "date", { timeZone: "UTC" });
}
