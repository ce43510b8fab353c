import { getTranslations } from "next-intl/server";
import { OfferLink } from "@/app/_components/plan/planner-cells";
import { formatEuro } from "@/server/funding/money";
import type { MeasureDetail } from "@/server/plan/evidence-queries";

/** Where the measure sits in the plan, its figures, and the offers that serve it. */
export async function MeasureFacts({ measure, canEdit }: { measure: MeasureDetail; canEdit: boolean }) {
  const [t, tPlan, tPlanner] = await Promise.all([getTranslations("Evidence"), getTranslations("Plan"), getTranslations("Plan.planner")]);
  const facts: [string, string | null][] = [
    [t("facts.handlungsfeld"), `${measure.handlungsfeld.code}. ${measure.handlungsfeld.name}`],
    [t("facts.goal"), measure.goal],
    [t("facts.subGoal"), measure.subGoal],
    [t("facts.period"), tPlan("periodRange", { name: measure.period.name, from: measure.period.startsOn, to: measure.period.endsOn })],
    [t("facts.status"), tPlan(`status.${measure.status}`)],
    [t("facts.timeframe"), measure.timeframe],
    [t("facts.responsible"), measure.responsibleBody],
    [t("facts.planned"), measure.plannedCents === null ? null : formatEuro(measure.plannedCents)],
    [t("facts.spent"), measure.spentCents === null ? null : formatEuro(measure.spentCents)],
    [t("facts.funding"), measure.funding],
  ];
  return (
    <>
      <h2 className="mt-6 text-xl font-semibold">{t("factsHeading")}</h2>
      <dl className="mt-2 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd>{value ?? t("none")}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-6 text-xl font-semibold">{t("offersHeading")}</h2>
      {measure.offers.length === 0 ? (
        <p className="mt-2">{t("noOffers")}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {measure.offers.map((o) => (
            <OfferLink key={o.id} offer={o} canEdit={canEdit} t={tPlanner} />
          ))}
        </ul>
      )}
    </>
  );
}
