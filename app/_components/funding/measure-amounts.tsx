import { getTranslations } from "next-intl/server";
import { cellClass, DataTable, numberCellClass, rowClass } from "@/app/_components/data-table";
import { editEuro, formatEuro } from "@/server/funding/money";
import type { FundingView } from "@/server/funding/summary";
import type { FundingFormState } from "./form-state";
import { FieldsForm } from "./fields-form";

type Props = { view: FundingView; action?: (state: FundingFormState, formData: FormData) => Promise<FundingFormState> };

/** Each measure's planned and spent amounts: a small form per measure for editors, a table for readers. */
export async function MeasureAmounts({ view, action }: Props) {
  const t = await getTranslations("Funding");
  if (view.measures.length === 0) return <p className="mt-2">{t("noMeasures")}</p>;
  const fieldName = new Map(view.rows.map((r) => [r.handlungsfeld.id, r.handlungsfeld.name]));
  const title = (m: FundingView["measures"][number]) => (m.code ? `${m.code} ${m.title}` : m.title);
  if (!action)
    return (
      <DataTable caption={t("measuresHeading")} columns={[t("columns.field"), t("historyColumns.subject"), { label: t("columns.planned"), numeric: true }, { label: t("columns.spent"), numeric: true }]}>
        {view.measures.map((m) => (
          <tr key={m.id} className={rowClass}>
            <td className={cellClass}>{fieldName.get(m.handlungsfeldId)}</td>
            <td className={cellClass}>{title(m)}</td>
            <td className={numberCellClass}>{formatEuro(m.plannedCents) || t("none")}</td>
            <td className={numberCellClass}>{formatEuro(m.spentCents) || t("none")}</td>
          </tr>
        ))}
      </DataTable>
    );
  return (
    <ul className="mt-2 space-y-4">
      {view.measures.map((m) => (
        <li key={m.id} className="border-b border-gray-300 pb-4">
          <section aria-labelledby={`measure-${m.id}`}>
            <h3 id={`measure-${m.id}`} className="font-semibold">
              {title(m)}
            </h3>
            <p className="text-sm">
              {t("measureLine", { field: fieldName.get(m.handlungsfeldId) ?? "", planned: formatEuro(m.plannedCents) || t("none"), spent: formatEuro(m.spentCents) || t("none") })}
            </p>
            <FieldsForm
              idPrefix={`measure-${m.id}`}
              className="mt-2 flex flex-wrap items-end gap-3"
              hidden={{ periodId: view.period!.id, measureId: m.id }}
              fields={[
                { name: "planned", label: t("planned"), kind: "amount", defaultValue: editEuro(m.plannedCents) },
                { name: "spent", label: t("spent"), kind: "amount", defaultValue: editEuro(m.spentCents) },
              ]}
              submitLabel={t("saveAmounts")}
              action={action}
            />
          </section>
        </li>
      ))}
    </ul>
  );
}
