import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { PeriodForm } from "@/app/_components/plan/period-form";
import { ChangeTable } from "@/app/_components/plan-editing/change-table";
import { requireUser } from "@/server/auth";
import { getPlanHistory, HISTORY_PAGE_SIZE } from "@/server/plan/history";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "PlanEditing.history" });
  return { title: t("title"), robots: { index: false } };
}

/** Who changed what in the plan when, newest first, per period: goals, measures, indicators, funding, Mikroprojekte. */
export default async function PlanHistoryPage({ params, searchParams }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/planung/plan/verlauf");
  // getPlanHistory checks planning:read: anyone else gets the 404 page.
  const history = await getPlanHistory(user, await searchParams);
  if (!history) notFound();
  const [t, tPlan] = await Promise.all([getTranslations("PlanEditing.history"), getTranslations("Plan.planner")]);
  return (
    <>
      <AccountNav user={user} />
      <BackLink href={history.period ? `/planung/plan?zeitraum=${history.period.id}` : "/planung/plan"}>{tPlan("title")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro", { max: HISTORY_PAGE_SIZE })}</p>
      <h2 id="history-filters" className="mt-6 text-xl font-semibold">
        {t("filtersHeading")}
      </h2>
      {history.period ? <PeriodForm periods={history.periods} period={history.period} labelledBy="history-filters" /> : <p className="mt-2">{t("noPeriod")}</p>}
      <h2 className="mt-6 text-xl font-semibold">{t("changesHeading")}</h2>
      <ChangeTable rows={history.rows} caption={t("caption", { period: history.period?.name ?? "" })} withAction />
    </>
  );
}
