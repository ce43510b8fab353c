import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { FieldsForm } from "@/app/_components/funding/fields-form";
import { measureFields } from "@/app/_components/plan-editing/measure-fields";
import { requireUser } from "@/server/auth";
import { getNewMeasureChoices } from "@/server/plan/editing-read";
import { saveMeasureAction } from "../../actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "PlanEditing.measure" });
  return { title: t("newTitle"), robots: { index: false } };
}

/** A new measure in a period (`?zeitraum=`); its indicators are added on its own page afterwards. */
export default async function NewMeasurePage({ params, searchParams }: Props) {
  const locale = enterPageLocale((await params).locale);
  const user = await requireUser("/planung/plan/bearbeiten/massnahmen/neu");
  // getNewMeasureChoices checks plan:edit: anyone else gets the 404 page.
  const choices = await getNewMeasureChoices(user, await searchParams, locale);
  if (!choices) notFound();
  const [t, tEdit] = await Promise.all([getTranslations("PlanEditing.measure"), getTranslations("PlanEditing")]);
  return (
    <>
      <AccountNav user={user} />
      <BackLink href={`/planung/plan/bearbeiten?zeitraum=${choices.period.id}`}>{tEdit("title")}</BackLink>
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="mt-1">{t("period", { period: choices.period.name })}</p>
      <FieldsForm idPrefix="measure" className="mt-4 max-w-2xl space-y-3" hidden={{ periodId: choices.period.id }} fields={await measureFields(choices, null)} submitLabel={t("create")} action={saveMeasureAction} />
    </>
  );
}
