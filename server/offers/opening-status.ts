// "Open now" on the result cards: from an offer's public opening hours and the current time in
// Eisenach (Europe/Berlin), computed on the server per request. Pure, so it is unit-tested with
// fixed instants (summer and winter time, around midnight).

export const WEEK = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEK)[number];

export type OpeningHours = {
  weekday: string;
  /** "HH:MM", local time. */
  opensAt: string;
  closesAt: string;
};

export type OpeningStatus =
  | { kind: "open" }
  /** Closed now; opens on `weekday` (today when `today`) at `time` ("09:00", written per locale when shown). */
  | { kind: "opens"; weekday: Weekday; time: string; today: boolean };

const TIME_ZONE = "Europe/Berlin";

/** Minutes after midnight; "23:59" and "24:00" both mean the end of the day. */
function minutes(hhmm: string) {
  const [h, m] = hhmm.split(":").map(Number);
  const total = h * 60 + m;
  return total >= 23 * 60 + 59 ? 24 * 60 : total;
}

// One formatter for the process: constructing it (time zone data) cost more than everything else
// a result card computes, once per hit (`npm run bench:profile`, docs/performance.md).
const EISENACH_CLOCK = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

/** Weekday and minute of `now` in Eisenach. */
function localNow(now: Date) {
  const parts = Object.fromEntries(EISENACH_CLOCK.formatToParts(now).map((p) => [p.type, p.value]));
  return {
    dayIndex: WEEK.indexOf(parts.weekday.slice(0, 2).toUpperCase() as Weekday),
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The offer's status at `now`, or null when it has no opening hours (nothing to say). */
export function openingStatus(hours: readonly OpeningHours[], now: Date = new Date()): OpeningStatus | null {
  if (hours.length === 0) return null;
  const { dayIndex, minute } = localNow(now);
  // Today and the next seven days: the eighth covers a single weekly slot that began earlier today.
  for (let offset = 0; offset <= 7; offset++) {
    const weekday = WEEK[(dayIndex + offset) % 7];
    const slots = hours
      .filter((h) => h.weekday === weekday && minutes(h.opensAt) < minutes(h.closesAt))
      .sort((a, b) => minutes(a.opensAt) - minutes(b.opensAt));
    for (const slot of slots) {
      if (offset === 0 && minutes(slot.opensAt) <= minute && minute < minutes(slot.closesAt)) return { kind: "open" };
      if (offset > 0 || minutes(slot.opensAt) > minute) return { kind: "opens", weekday, time: slot.opensAt, today: offset === 0 };
    }
  }
  return null; // no slot of positive length: nothing to say
}
