import { getTranslations } from "next-intl/server";
import { cellClass, lastCellClass } from "@/app/_components/data-table";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import type { PlanMeasure, PlanOffer } from "@/server/plan/plan-view";

export type Translate = Awaited<ReturnType<typeof getTranslations<"Plan.planner">>>;

/** Where a planner reads an offer: its public page, else (inactive: residents get a 404) the reviewers' edit page. */
export function OfferLink({ offer, canEdit, t }: { offer: PlanOffer; canEdit: boolean; t: Translate }) {
  const marks = [offer.inactive && t("offerInactive"), offer.stale && t("offerStale")].filter(Boolean);
  const href = offer.isPublic ? `/angebote/${offer.id}` : canEdit ? `/meine-angebote/${offer.id}/bearbeiten` : null;
  return (
    <li>
      {href ? (
        <Link href={href} className={linkClass}>
          {offer.name}
        </Link>
      ) : (
        offer.name
      )}
      <span className="block text-xs text-gray-700">
        {offer.organizationName}
        {marks.length > 0 && <span className="font-semibold"> · {marks.join(", ")}</span>}
      </span>
      {offer.note && <span className="block text-xs italic text-gray-700">{offer.note}</span>}
    </li>
  );
}

/** The planners' columns of a measure: responsible body, the offers serving it, its flags. */
export async function PlannerCells({ measure, canEdit }: { measure: PlanMeasure; canEdit: boolean }) {
  const t = await getTranslations("Plan.planner");
  return (
    <>
      <td className={cellClass}>{measure.responsibleBody ?? "–"}</td>
      <td className={cellClass}>
        {measure.offers.length === 0 ? (
          t("noOffers")
        ) : (
          <ul className="space-y-1">
            {measure.offers.map((o) => (
              <OfferLink key={o.id} offer={o} canEdit={canEdit} t={t} />
            ))}
          </ul>
        )}
      </td>
      <td className={lastCellClass}>
        {measure.flags.length === 0 ? (
          t("noFlags")
        ) : (
          <ul className="space-y-1">
            {measure.flags.map((f) => (
              <li key={f} className="rounded border-s-4 border-amber-600 bg-amber-50 px-1 font-semibold">
                {t(`flags.${f}`)}
              </li>
            ))}
          </ul>
        )}
      </td>
    </>
  );
}
