import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { FieldsForm } from "@/app/_components/funding/fields-form";
import { EditNotices } from "@/app/_components/plan-editing/edit-notices";
import { IndicatorEditList } from "@/app/_components/plan-editing/indicator-edit-list";
import { ItemButtons } from "@/app/_components/plan-editing/item-buttons";
import { measureFields } from "@/app/_components/plan-editing/measure-fields";
import { requireUser } from "@/server/auth";
import { getMeasureForEdit } from "@/server/plan/editing-read";
import { measureSubject } from "@/server/plan/history";
import { saveIndicatorAction, saveMeasureAction } from "../../actions";
import { moveItemAction, restoreItemAction, retireItemAction } from "../../item-actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "PlanEditing.measure" });
  return { title: t("editTitle"), robots: { index: false } };
}

/** One measure to edit: its fields, its indicators (added, reworded, moved, retired) and retiring the measure itself. */
export default async function MeasureEditPage({ params, searchParams }: Props) {
  const { locale: rawLocale, id } = await params;
  const locale = enterPageLocale(rawLocale);
  const user = await requireUser(`/planung/plan/bearbeiten/massnahmen/${id}`);
  // getMeasureForEdit checks plan:edit: anyone else gets the 404 page.
  const data = await getMeasureForEdit(user, id, locale);
  if (!data) notFound();
  const { measure } = data;
  const [t, tEdit] = await Promise.all([getTranslations("PlanEditing.measure"), getTranslations("PlanEditing")]);
  const periodId = measure.periodId;
  const actions = { move: moveItemAction, retire: retireItemAction, restore: restoreItemAction };
  return (
    <>
      <AccountNav user={user} />
      <BackLink href={`/planung/plan/bearbeiten?zeitraum=${periodId}`}>{tEdit("title")}</BackLink>
      <h1 className="text-2xl font-bold">{t("heading", { title: measureSubject(measure) })}</h1>
      <p className="mt-1">{t("period", { period: measure.period.name })}</p>
      {measure.retiredAt && <p className="mt-2 font-semibold">{tEdit("retiredNote", { reason: measure.retiredReason ?? "–" })}</p>}
      <EditNotices query={await searchParams} />
      <FieldsForm idPrefix="measure" className="mt-4 max-w-2xl space-y-3" hidden={{ periodId, id: measure.id }} fields={await measureFields(data, measure)} submitLabel={t("save")} action={saveMeasureAction} />
      <h2 className="mt-8 text-xl font-semibold">{t("indicatorsHeading")}</h2>
      <IndicatorEditList indicators={measure.indicators} periodId={periodId} measureId={measure.id} saveAction={saveIndicatorAction} actions={actions} />
      <h2 className="mt-8 text-xl font-semibold">{measure.retiredAt ? t("restoreHeading") : t("retireHeading")}</h2>
      {measure.retiredAt ? (
        <ItemButtons kind="measure" id={measure.id} periodId={periodId} label={measureSubject(measure)} retired first last actions={actions} />
      ) : (
        <form action={retireItemAction} className="mt-2 max-w-xl space-y-3">
          <input type="hidden" name="periodId" value={periodId} />
          <input type="hidden" name="kind" value="measure" />
          <input type="hidden" name="id" value={measure.id} />
          <p>{t("retireText")}</p>
          <label htmlFor="retire-reason" className="block font-semibold">
            {t("retireReason")}
          </label>
          <input id="retire-reason" name="reason" className="mt-1 block w-full rounded border border-gray-600 px-3 py-2" />
          <button type="submit" className="rounded border-2 border-red-700 px-4 py-2 font-semibold text-red-800">
            {t("retire")}
          </button>
        </form>
      )}
    </>
  );
}
