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
    expect(formatHours(hours, de, "de")).toEqual([{ days: "täglich", hours: "rund um die Uhr" }]);
    expect(formatHoursLine(hours, de, "de")).toBe("täglich rund um die Uhr");
    // The provider's note is German text; only where it repeats the page's own words is it dropped.
    expect(formatHoursLine(hours, en, "en")).toBe("daily around the clock (rund um die Uhr)");
  });

  it("says 'täglich 9:00–17:00' for identical hours on all seven days", () => {
    expect(formatHoursLine(on(WEEKDAYS, "09:00", "17:00"), de, "de")).toBe("täglich 9:00–17:00");
  });

  it("joins consecutive days with the same hours, in weekday order whatever the input order", () => {
    const hours = [...on(["SA"], "10:00", "12:00"), ...on(["FR", "TH", "WE", "TU", "MO"], "09:00", "12:00")];
    expect(formatHoursLine(hours, de, "de")).toBe("Mo–Fr 9:00–12:00; Sa 10:00–12:00");
    // Intl writes a narrow or a plain space before AM depending on the engine's ICU settings.
    expect(formatHoursLine(hours, en, "en").replaceAll("\u202f", " ")).toBe("Mon–Fri 9:00 AM–12:00 PM; Sat 10:00 AM–12:00 PM");
  });

  it("keeps days with several slots together and lists non-consecutive days with the same hours in one row", () => {
    const hours = [...on(["MO", "TH"], "09:00", "12:00"), ...on(["TU"], "13:00", "17:00", "offene Sprechstunde"), ...on(["TH"], "13:00", "16:00")];
    expect(formatHours(hours, de, "de")).toEqual([
      { days: "Mo", hours: "9:00–12:00" },
      { days: "Di", hours: "13:00–17:00 (offene Sprechstunde)" },
      { days: "Do", hours: "9:00–12:00, 13:00–16:00" },
    ]);
    expect(formatHoursLine([...on(["MO", "WE", "FR"], "08:00", "10:00")], de, "de")).toBe("Mo, Mi, Fr 8:00–10:00");
  });

  it("does not merge days whose slots differ only in their note", () => {
    const hours = [...on(["MO"], "09:00", "12:00"), ...on(["TU"], "09:00", "12:00", "nur mit Termin")];
    expect(collapseHours(hours)).toHaveLength(2);
  });

  it("writes times in the locale's style: Intl's digits and clock, day names from the catalogue", () => {
    const hours = on(["MO", "TU", "WE", "TH", "FR"], "09:00", "17:30");
    // Farsi has no hours catalogue on this branch's main yet: the German day names stand in (the site's fallback).
    const fa = createTranslator({ locale: "fa", messages: messages("de"), namespace: "Hours" });
    expect(formatHoursLine(hours, fa, "fa")).toBe("Mo–Fr ۹:۰۰–۱۷:۳۰");
    expect(formatHoursLine(hours, fa, "uk")).toBe("Mo–Fr 9:00–17:30");
    expect(formatHoursLine(hours, fa, "ar")).toMatch(/^Mo–Fr [9٩]:[0٠]{2}\s\S*ص–[5٥]:[3٣][0٠]\s\S*م$/u);
  });

  it("returns nothing for no hours", () => {
    expect(formatHours([], de, "de")).toEqual([]);
  });
});
