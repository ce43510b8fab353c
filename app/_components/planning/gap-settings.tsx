import { getFormatter, getTranslations } from "next-intl/server";
import { SelectField } from "@/app/_components/account/select-field";
import { submitClass } from "@/app/_components/account/form-styles";
import { cellClass, DataTable, lastCellClass, rowClass, rowHeaderClass } from "@/app/_components/data-table";
import type { GapParams } from "@/server/gaps/params";
import type { GapWeightingSummary } from "@/server/gaps/settings";

type Props = {
  settings: GapWeightingSummary[];
  params: GapParams;
  /** The delete action; absent for people who may only read. */
  deleteAction?: (formData: FormData) => Promise<void>;
};

/** Picking a saved setting is a GET form (the URL names it); deleting one a POST to a server action. */
export async function GapSettings({ settings, params, deleteAction }: Props) {
  const [t, format] = await Promise.all([getTranslations("Gaps.settings"), getFormatter()]);
  if (settings.length === 0) return <p className="mt-2">{t("none")}</p>;
  return (
    <>
      <form method="get" className="mt-2 flex max-w-xl flex-wrap items-end gap-3">
        <input type="hidden" name="achse" value={params.achse} />
        <input type="hidden" name="tage" value={params.tage} />
        {params.szenario && <input type="hidden" name="szenario" value={params.szenario} />}
        <SelectField id="gap-setting" name="einstellung" label={t("pick")} value={params.einstellung ?? settings[0].id} options={settings.map((s) => [s.id, s.name])} className="grow" />
        <button type="submit" className={submitClass}>
          {t("load")}
        </button>
      </form>
      <DataTable columns={deleteAction ? [t("name"), t("updated"), { label: t("delete"), srOnly: true }] : [t("name"), t("updated")]} caption={t("listCaption")} className="mt-4 max-w-xl">
        {settings.map((s) => (
          <tr key={s.id} className={rowClass}>
            <th scope="row" className={rowHeaderClass}>
              {s.name}
              {!s.valid && <span className="ms-2 font-semibold text-red-800">({t("invalid")})</span>}
            </th>
            <td className={deleteAction ? cellClass : lastCellClass}>{format.dateTime(s.updatedAt, "short")}</td>
            {deleteAction && (
              <td className={lastCellClass}>
                <form action={deleteAction}>
                  <input type="hidden" name="id" value={s.id} />
                  <button type="submit" className="underline" aria-label={t("deleteLabel", { name: s.name })}>
                    {t("delete")}
                  </button>
                </form>
              </td>
            )}
          </tr>
        ))}
      </DataTable>
    </>
  );
}
