import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PeriodForm } from "@/app/_components/plan/period-form";
import { PlanSections } from "@/app/_components/plan/plan-sections";
import { getPublicPlan } from "@/server/plan/public-plan";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Plan.public" });
  return { title: t("title") };
}

/** The city's plan for residents and the council: measures, their status and indicators (`?zeitraum=`). */
export default async function PublicPlanPage({ params, searchParams }: Props) {
  const locale = enterPageLocale((await params).locale);
  const plan = await getPublicPlan(await searchParams, locale);
  if (!plan) notFound();
  const [t, tPlan] = await Promise.all([getTranslations("Plan.public"), getTranslations("Plan")]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      {plan.period ? <PeriodForm periods={plan.periods} period={plan.period} /> : <p className="mt-4">{tPlan("noPeriod")}</p>}
      <PlanSections sections={plan.sections} />
    </>
  );
}
