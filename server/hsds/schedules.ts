import { weekdays, type OfferDataInput } from "../offers/schema";
import type { HsdsSchedule } from "./hsds-schema";
import { stableUuid } from "./ids";

// Opening hours between HSDS schedules (RFC 5545-style recurrences) and our weekly rows.
// Ours: one row per weekday with "HH:MM" local time (Europe/Berlin), plus "nach Vereinbarung"
// as a flag on the offer. Export writes one WEEKLY schedule per row (byday = that day), so ids
// survive a round trip; "nach Vereinbarung" becomes a schedule without times.
// Import: WEEKLY (or no freq) with byday and opens_at/closes_at gives one row per listed day
// (a multi-day schedule's rows get ids derived from its id and the day). A schedule without times
// whose description or attending_type says "nach Vereinbarung" / "by appointment" sets
// byArrangement. Not representable, so skipped with a warning: MONTHLY or every-n-weeks rules,
// ordinal days ("1MO"), schedules without times or days. Not mapped: valid_from/valid_to, dtstart,
// until, count, timezone (times are taken as local; an offset suffix is dropped), notes.

type Schedule = NonNullable<OfferDataInput["schedules"]>[number];
type Weekday = (typeof weekdays)[number];

export const BY_ARRANGEMENT_TEXT = "nach Vereinbarung";
const ARRANGEMENT = /nach\s+(vereinbarung|absprache)|termin(e)?\s+nach\s+vereinbarung|by\s+(appointment|arrangement)|appointment\s+only/i;

export function toHsdsSchedules(ownerId: string, rows: Schedule[], byArrangement = false): HsdsSchedule[] {
  const out: HsdsSchedule[] = rows.map((s) => ({
    id: s.id ?? stableUuid(ownerId, "schedule", s.weekday, s.opensAt, s.closesAt),
    freq: "WEEKLY",
    interval: 1,
    byday: s.weekday,
    opens_at: s.opensAt,
    closes_at: s.closesAt,
    ...(s.description ? { description: s.description } : {}),
  }));
  if (byArrangement) out.push({ id: stableUuid(ownerId, "by_arrangement"), description: BY_ARRANGEMENT_TEXT });
  return out;
}

export function fromHsdsSchedules(list: HsdsSchedule[], warn: (msg: string) => void) {
  const rows: Schedule[] = [];
  let byArrangement = false;
  for (const s of list) {
    const skip = (why: string) => warn(`schedule ${s.id} skipped: ${why}`);
    if (!s.opens_at || !s.closes_at) {
      if (ARRANGEMENT.test(`${s.description ?? ""} ${s.attending_type ?? ""}`)) byArrangement = true;
      else skip("it has no opening times");
      continue;
    }
    if (s.freq && s.freq.toUpperCase() !== "WEEKLY") {
      skip(`only weekly hours are kept (freq ${s.freq})`);
      continue;
    }
    if (s.interval != null && s.interval !== 1) {
      skip(`only weekly hours are kept (every ${s.interval} weeks)`);
      continue;
    }
    const days = (s.byday ?? "").split(",").map((d) => d.trim().toUpperCase()).filter(Boolean);
    const unknown = days.filter((d) => !weekdays.includes(d as Weekday));
    if (days.length === 0 || unknown.length) {
      skip(days.length ? `unsupported byday ${unknown.join(",")}` : "it names no weekday (byday)");
      continue;
    }
    for (const day of new Set(days as Weekday[])) {
      rows.push({
        id: days.length === 1 ? s.id : stableUuid(s.id, day),
        weekday: day,
        opensAt: s.opens_at.slice(0, 5),
        closesAt: s.closes_at.slice(0, 5),
        description: s.description ?? null,
      });
    }
  }
  return { rows, byArrangement };
}
