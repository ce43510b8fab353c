import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { collapseHours, formatHours, formatHoursLine, WEEKDAYS, type Weekday, type WeeklySchedule } from "../../app/_components/collapse-hours";

const messages = (locale: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../messages/${locale}/hours.json`), "utf8"));
const de = createTranslator({ locale: "de", messages: messages("de"), namespace: "Hours" });
const en = createTranslator({ locale: "en", messages: messages("en"), namespace: "Hours" });

const on = (days: readonly Weekday[], opensAt: string, closesAt: string, description: string | null = null): WeeklySchedule[] =>
  days.map((weekday) => ({ weekday, opensAt, closesAt, description }));

describe("collapseHours / formatHours", () => {
  it("says 'täglich rund um die Uhr' for 00:00-23:59 on all seven days, without repeating the note", () => {
    const hours = on(WEEKDAYS, "00:00", "23:59", "rund um die Uhr");
    expect(formatHours(hours, de)).toEqual([{ days: "täglich", hours: "rund um die Uhr" }]);
    expect(formatHoursLine(hours, de)).toBe("täglich rund um die Uhr");
    // The provider's note is German text; only where it repeats the page's own words is it dropped.
    expect(formatHoursLine(hours, en)).toBe("daily around the clock (rund um die Uhr)");
  });

  it("says 'täglich 9:00–17:00' for identical hours on all seven days", () => {
    expect(formatHoursLine(on(WEEKDAYS, "09:00", "17:00"), de)).toBe("täglich 9:00–17:00");
  });

  it("joins consecutive days with the same hours, in weekday order whatever the input order", () => {
    const hours = [...on(["SA"], "10:00", "12:00"), ...on(["FR", "TH", "WE", "TU", "MO"], "09:00", "12:00")];
    expect(formatHoursLine(hours, de)).toBe("Mo–Fr 9:00–12:00; Sa 10:00–12:00");
    expect(formatHoursLine(hours, en)).toBe("Mon–Fri 9:00–12:00; Sat 10:00–12:00");
  });

  it("keeps days with several slots together and lists non-consecutive days with the same hours in one row", () => {
    const hours = [...on(["MO", "TH"], "09:00", "12:00"), ...on(["TU"], "13:00", "17:00", "offene Sprechstunde"), ...on(["TH"], "13:00", "16:00")];
    expect(formatHours(hours, de)).toEqual([
      { days: "Mo", hours: "9:00–12:00" },
      { days: "Di", hours: "13:00–17:00 (offene Sprechstunde)" },
      { days: "Do", hours: "9:00–12:00, 13:00–16:00" },
    ]);
    expect(formatHoursLine([...on(["MO", "WE", "FR"], "08:00", "10:00")], de)).toBe("Mo, Mi, Fr 8:00–10:00");
  });

  it("does not merge days whose slots differ only in their note", () => {
    const hours = [...on(["MO"], "09:00", "12:00"), ...on(["TU"], "09:00", "12:00", "nur mit Termin")];
    expect(collapseHours(hours)).toHaveLength(2);
  });

  it("returns nothing for no hours", () => {
    expect(formatHours([], de)).toEqual([]);
  });
});
