import { describe, expect, it } from "vitest";
import { openingStatus, type OpeningHours } from "../../server/offers/opening-status";

// Instants in UTC; Eisenach is UTC+1 in winter and UTC+2 in summer.
const weekdays: OpeningHours[] = ["MO", "TU", "WE", "TH", "FR"].map((weekday) => ({ weekday, opensAt: "09:00", closesAt: "12:00" }));
const wednesdayWinter = (hhmm: string) => new Date(`2026-12-02T${hhmm}:00+01:00`); // a Wednesday
const fridaySummer = (hhmm: string) => new Date(`2026-07-03T${hhmm}:00+02:00`); // a Friday

describe("openingStatus", () => {
  it("says nothing without opening hours", () => {
    expect(openingStatus([], wednesdayWinter("10:00"))).toBeNull();
  });

  it("is open inside a slot, in Eisenach's time, winter and summer", () => {
    expect(openingStatus(weekdays, wednesdayWinter("09:00"))).toEqual({ kind: "open" });
    expect(openingStatus(weekdays, wednesdayWinter("11:59"))).toEqual({ kind: "open" });
    expect(openingStatus(weekdays, fridaySummer("11:30"))).toEqual({ kind: "open" });
    // 09:30 in Berlin is 07:30 UTC in summer: a UTC clock would say "closed".
    expect(openingStatus(weekdays, new Date("2026-07-03T07:30:00Z"))).toEqual({ kind: "open" });
  });

  it("names the next opening: later today, tomorrow, or after the weekend", () => {
    expect(openingStatus(weekdays, wednesdayWinter("08:15"))).toEqual({ kind: "opens", weekday: "WE", time: "09:00", today: true });
    expect(openingStatus(weekdays, wednesdayWinter("12:00"))).toEqual({ kind: "opens", weekday: "TH", time: "09:00", today: false });
    expect(openingStatus(weekdays, fridaySummer("13:00"))).toEqual({ kind: "opens", weekday: "MO", time: "09:00", today: false });
  });

  it("takes the earliest later slot of a day with several", () => {
    const split = [{ weekday: "WE", opensAt: "14:00", closesAt: "16:30" }, { weekday: "WE", opensAt: "08:30", closesAt: "10:00" }];
    expect(openingStatus(split, wednesdayWinter("11:00"))).toEqual({ kind: "opens", weekday: "WE", time: "14:00", today: true });
    expect(openingStatus(split, wednesdayWinter("07:00"))).toEqual({ kind: "opens", weekday: "WE", time: "08:30", today: true });
  });

  it("treats 00:00-23:59 as the whole day", () => {
    const always = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].map((weekday) => ({ weekday, opensAt: "00:00", closesAt: "23:59" }));
    expect(openingStatus(always, wednesdayWinter("23:59"))).toEqual({ kind: "open" });
    expect(openingStatus(always, wednesdayWinter("00:00"))).toEqual({ kind: "open" });
  });

  it("finds the same weekday a week later when its only slot is over today", () => {
    const once = [{ weekday: "WE", opensAt: "09:00", closesAt: "10:00" }];
    expect(openingStatus(once, wednesdayWinter("11:00"))).toEqual({ kind: "opens", weekday: "WE", time: "09:00", today: false });
  });
});
