import "server-only";
import { db } from "../db";
import { label } from "../offers/queries";
import { berlinDate } from "../offers/staleness";

// Planning periods are public facts (the plan is a council decision). The default period is the
// one running today, else the latest that started: after a plan's end it stays on show until the
// Fortschreibung is entered.

export type PeriodChoice = { id: string; name: string; startsOn: string; endsOn: string };

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Every period, latest first, and the one asked for (or the default); null if `id` names none. */
export async function resolvePeriod(id: string | undefined, today = berlinDate()) {
  const rows = await db.planningPeriod.findMany({ orderBy: [{ startsOn: "desc" }, { name: "asc" }], select: { id: true, name: true, startsOn: true, endsOn: true } });
  const periods: PeriodChoice[] = rows.map((p) => ({ id: p.id, name: p.name, startsOn: day(p.startsOn), endsOn: day(p.endsOn) }));
  const current = periods.find((p) => p.startsOn <= today && today <= p.endsOn) ?? periods.find((p) => p.startsOn <= today) ?? periods[0] ?? null;
  const period = id ? (periods.find((p) => p.id === id) ?? null) : current;
  return { periods, period };
}

/** The Handlungsfelder in their order, labelled in the reader's language. */
export async function listHandlungsfelder(locale: string) {
  const terms = await db.taxonomyTerm.findMany({
    where: { taxonomy: { key: "handlungsfeld" } },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, labels: true },
  });
  return terms.map((t) => ({ id: t.id, code: t.code, name: label(t, locale) }));
}
