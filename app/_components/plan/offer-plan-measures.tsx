import { getTranslations } from "next-intl/server";
import { linkClass, OfferSection } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import type { PublicOffer } from "@/server/offers/queries";

/** The plan measures an offer serves, each linked to its row on the public plan page. */
export async function OfferPlanMeasures({ measures }: { measures: PublicOffer["planMeasures"] }) {
  if (measures.length === 0) return null;
  const t = await getTranslations("Plan.public");
  return (
    <OfferSection id="offer-plan" title={t("onOffer")}>
      <p>{t("onOfferIntro")}</p>
      <ul className="mt-1 list-disc space-y-1 ps-6">
        {measures.map((m) => (
          <li key={m.id}>
            <Link href={{ pathname: "/plan", query: { zeitraum: m.periodId }, hash: `massnahme-${m.id}` }} className={linkClass}>
              {t("onOfferItem", { title: m.title, field: m.handlungsfeld, period: m.periodName })}
            </Link>
          </li>
        ))}
      </ul>
    </OfferSection>
  );
}
