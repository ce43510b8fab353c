import { getTranslations } from "next-intl/server";
import type { PublicSchedule } from "@/server/offers/queries";

/** Weekly hours as a list; "nach Vereinbarung" and "Termin nötig" are shown by the caller. */
export async function OfferHours({ schedules, label }: { schedules: PublicSchedule[]; label?: string }) {
  if (schedules.length === 0) return null;
  const t = await getTranslations("Offer");
  const tDay = await getTranslations("Weekday");
  return (
    <>
      {label && <h3 className="mt-3 font-semibold">{label}</h3>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4">
        {schedules.map((s, i) => (
          <div key={i} className="contents">
            <dt>{tDay(s.weekday)}</dt>
            <dd>
              {t("timeRange", { from: s.opensAt, to: s.closesAt })}
              {s.description ? ` (${s.description})` : ""}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
