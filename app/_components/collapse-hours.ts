// Weekly opening hours as a resident reads them: "Mo–Fr 9:00–12:00", "täglich rund um die Uhr"
// instead of seven rows. Pure (no React, no server), so the offer page, the printable directory and
// the Merkliste say the same and a unit test pins it.
import { clockTime } from "@/i18n/clock-time";

export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type Slot = { opensAt: string; closesAt: string; description: string | null };
export type WeeklySchedule = Slot & { weekday: Weekday };

/** Days with the same hours: consecutive runs ("Mo–Fr"), or every day. */
export type HoursRow = { days: "daily" | { from: Weekday; to: Weekday }[]; slots: Slot[] };

const slotKey = (s: Slot) => `${s.opensAt}|${s.closesAt}|${s.description ?? ""}`;

/** A schedule cannot span midnight (prisma/seed/offers/helpers.ts), so 00:00–23:59 means all day. */
export const isAroundTheClock = (slots: Slot[]) => slots.length === 1 && slots[0]!.opensAt === "00:00" && slots[0]!.closesAt === "23:59";

/**
 * Groups the days that share exactly the same slots. Each row lists its runs of consecutive days;
 * rows are ordered by their first day, days without hours are left out.
 */
export function collapseHours(schedules: WeeklySchedule[]): HoursRow[] {
  const byDay = WEEKDAYS.map((day) =>
    schedules.filter((s) => s.weekday === day).sort((a, b) => a.opensAt.localeCompare(b.opensAt) || a.closesAt.localeCompare(b.closesAt)),
  );
  const keys = byDay.map((slots) => slots.map(slotKey).join(";"));
  const rows = new Map<string, { days: { from: Weekday; to: Weekday }[]; slots: Slot[] }>();
  WEEKDAYS.forEach((day, i) => {
    const key = keys[i]!;
    if (!key) return;
    const row = rows.get(key) ?? { days: [], slots: byDay[i]!.map(({ opensAt, closesAt, description }) => ({ opensAt, closesAt, description })) };
    const last = row.days.at(-1);
    if (last && WEEKDAYS.indexOf(last.to) === i - 1) last.to = day;
    else row.days.push({ from: day, to: day });
    rows.set(key, row);
  });
  return [...rows.values()].map((row) =>
    row.days.length === 1 && row.days[0]!.from === "MO" && row.days[0]!.to === "SU" ? { days: "daily" as const, slots: row.slots } : row,
  );
}

/** The message keys (namespace "Hours") the formatter needs; a next-intl translator fits. */
export type HoursTranslator = (key: string, values?: Record<string, string>) => string;

/**
 * Each row as a day label and its hours, e.g. { days: "Mo–Fr", hours: "9:00–12:00, 13:00–16:00" }:
 * day names from the locale's catalogue, times in the locale's style (clockTime).
 */
export function formatHours(schedules: WeeklySchedule[], t: HoursTranslator, locale: string) {
  const time = (hhmm: string) => clockTime(hhmm, locale);
  return collapseHours(schedules).map((row) => {
    const days =
      row.days === "daily"
        ? t("daily")
        : row.days
            .map(({ from, to }) => (from === to ? t(`day.${from}`) : t("dayRange", { from: t(`day.${from}`), to: t(`day.${to}`) })))
            .join(", ");
    const allDay = isAroundTheClock(row.slots) ? t("aroundTheClock") : null;
    const hours = row.slots
      .map((s) => {
        const range = allDay ?? t("timeRange", { from: time(s.opensAt), to: time(s.closesAt) });
        // "rund um die Uhr" as the slot's own note would only repeat the range.
        const note = s.description && !range.toLowerCase().includes(s.description.toLowerCase()) ? ` (${s.description})` : "";
        return range + note;
      })
      .join(", ");
    return { days, hours };
  });
}

/** One line for lists and prints: "Mo–Fr 9:00–12:00; Sa 10:00–12:00". */
export const formatHoursLine = (schedules: WeeklySchedule[], t: HoursTranslator, locale: string) =>
  formatHours(schedules, t, locale)
    .map((r) => `${r.days} ${r.hours}`)
    .join("; ");

type WithHours = { locations: { name: string | null; schedules: WeeklySchedule[] }[]; schedules: WeeklySchedule[] };

/**
 * An offer's hours as lines for the directory and the Merkliste: one per location with hours
 * (named when there are several), then the hours that belong to no location (e.g. phone hours).
 */
export function offerHoursLines(offer: WithHours, t: HoursTranslator, locale: string) {
  const named = offer.locations.length > 1;
  return [
    ...offer.locations
      .filter((l) => l.schedules.length > 0)
      .map((l) => (named && l.name ? `${l.name}: ` : "") + formatHoursLine(l.schedules, t, locale)),
    ...(offer.schedules.length > 0 ? [formatHoursLine(offer.schedules, t, locale)] : []),
  ];
}
