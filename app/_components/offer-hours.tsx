import { getLocale, getTranslations } from "next-intl/server";
import type { PublicSchedule } from "@/server/offers/queries";
import { formatHours } from "./collapse-hours";

/**
 * Weekly hours, days with the same hours on one row ("Mo–Fr", "täglich"); "nach Vereinbarung" and
 * "Termin nötig" are shown by the caller.
 */
export async function OfferHours({ schedules, label }: { schedules: PublicSchedule[]; label?: string }) {
  if (schedules.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("Hours"), getLocale()]);
  return (
    <>
      {label && <h3 className="mt-3 font-semibold">{label}</h3>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4">
        {formatHours(schedules, t, locale).map((row) => (
          <div key={row.days} className="contents">
            <dt>{row.days}</dt>
            <dd>{row.hours}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
