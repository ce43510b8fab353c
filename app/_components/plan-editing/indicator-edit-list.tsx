import { getTranslations } from "next-intl/server";
import { FieldsForm } from "@/app/_components/funding/fields-form";
import type { FundingFormState } from "@/app/_components/funding/form-state";
import { ItemButtons, type ItemActions } from "./item-buttons";

type Indicator = { id: string; statement: string; retiredAt: Date | null };
type Props = {
  indicators: Indicator[];
  periodId: string;
  measureId: string;
  saveAction: (state: FundingFormState, formData: FormData) => Promise<FundingFormState>;
  actions: ItemActions;
};

/** A measure's indicators, each reworded, moved or retired in place, and a form for a new one. */
export async function IndicatorEditList({ indicators, periodId, measureId, saveAction, actions }: Props) {
  const t = await getTranslations("PlanEditing");
  const current = indicators.filter((i) => !i.retiredAt);
  return (
    <>
      {indicators.length === 0 && <p className="mt-2">{t("measure.noIndicators")}</p>}
      <ul className="mt-2 space-y-4">
        {indicators.map((i, n) => (
          <li key={i.id} className="border-b border-gray-300 pb-4">
            <p className="font-semibold">
              {t("measure.indicatorNumber", { n: n + 1 })}
              {i.retiredAt && <span className="ms-2 rounded bg-gray-200 px-1 text-xs">{t("retiredMark")}</span>}
            </p>
            <FieldsForm
              idPrefix={`indicator-${i.id}`}
              className="mt-1 flex flex-wrap items-end gap-3"
              hidden={{ periodId, measureId, id: i.id }}
              fields={[{ name: "statement", label: t("measure.indicatorLabel", { n: n + 1 }), defaultValue: i.statement }]}
              submitLabel={t("measure.saveIndicator")}
              action={saveAction}
            />
            <div className="mt-2">
              <ItemButtons kind="indicator" id={i.id} periodId={periodId} label={i.statement} retired={!!i.retiredAt} first={current[0]?.id === i.id} last={current.at(-1)?.id === i.id} actions={actions} />
            </div>
          </li>
        ))}
      </ul>
      <h3 className="mt-4 font-semibold">{t("measure.addIndicatorHeading")}</h3>
      <FieldsForm
        idPrefix="new-indicator"
        className="mt-2 max-w-xl space-y-3"
        hidden={{ periodId, measureId }}
        fields={[{ name: "statement", label: t("measure.newIndicator"), hint: t("measure.newIndicatorHint"), defaultValue: "" }]}
        submitLabel={t("measure.addIndicator")}
        action={saveAction}
      />
    </>
  );
}
