import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { linkClass } from "@/app/_components/offer-section";
import { PeriodForm } from "@/app/_components/plan/period-form";
import { PlanSections } from "@/app/_components/plan/plan-sections";
import { PlanSummary } from "@/app/_components/plan/plan-summary";
import { PlannerCells } from "@/app/_components/plan/planner-cells";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { can } from "@/server/authz";
import { FLAG_KINDS, HINT_FILTERS, planQuery } from "@/server/plan/params";
import { getPlanView } from "@/server/plan/plan-view";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Plan.planner" });
  return { title: t("title"), robots: { index: false } };
}

/** The plan's measures with their offers and flags, per planning period. */
export default async function PlanPage({ params, searchParams }: Props) {
  const locale = enterPageLocale((await params).locale);
  const user = await requireUser("/planung/plan");
  // getPlanView checks planning:read: anyone else gets the 404 page.
  const view = await getPlanView(user, await searchParams, locale);
  if (!view) notFound();
  const [t, tPlan, tHome, tFunding, tMikro, tPeriods, tReport, tEdit] = await Promise.all([
    getTranslations("Plan.planner"),
    getTranslations("Plan"),
    getTranslations("Planning.home"),
    getTranslations("Funding"),
    getTranslations("Mikroprojekte"),
    getTranslations("PlanPeriods"),
    getTranslations("CommitteeReport"),
    getTranslations("PlanEditing"),
  ]);
  const canEdit = can(user, "offer:edit-any");
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/planung">{tHome("title")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      <h2 id="plan-filters" className="mt-6 text-xl font-semibold">
        {t("filtersHeading")}
      </h2>
      {view.period ? (
        <PeriodForm periods={view.periods} period={view.period} hint={{ value: view.params.hinweis, options: HINT_FILTERS }} showRetired={view.params.zurueckgezogen} labelledBy="plan-filters" />
      ) : (
        <p className="mt-2">{tPlan("noPeriod")}</p>
      )}
      {/* A plain link: the CSV is a route handler outside the locale segment (a dot in a path skips next-intl). */}
      <p className="mt-4">
        <a href={`/planung/plan.csv${planQuery(view.params)}`} className={linkClass} download>
          {t("csv")}
        </a>
      </p>
      <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/planung/plan/finanzen${view.period ? `?zeitraum=${view.period.id}` : ""}`} className={linkClass}>
          {tFunding("link")}
        </Link>
        <Link href="/planung/mikroprojekte" className={linkClass}>
          {tMikro("link")}
        </Link>
        <Link href="/planung/plan/vergleich" className={linkClass}>
          {tPeriods("link")}
        </Link>
        {can(user, "plan:edit") && (
          <Link href="/planung/plan/neuer-zeitraum" className={linkClass}>
            {tPeriods("newLink")}
          </Link>
        )}
        <Link href={`/planung/bericht${view.period ? `?zeitraum=${view.period.id}` : ""}`} className={linkClass}>
          {tReport("link")}
        </Link>
        {can(user, "plan:edit") && (
          <Link href={`/planung/plan/bearbeiten${view.period ? `?zeitraum=${view.period.id}` : ""}`} className={linkClass}>
            {tEdit("link")}
          </Link>
        )}
        <Link href={`/planung/plan/verlauf${view.period ? `?zeitraum=${view.period.id}` : ""}`} className={linkClass}>
          {tEdit("historyLink")}
        </Link>
        <Link href={`/planung/plan${planQuery({ ...view.params, zurueckgezogen: !view.params.zurueckgezogen })}`} className={linkClass}>
          {view.params.zurueckgezogen ? tEdit("hideRetiredLink") : tEdit("showRetiredLink")}
        </Link>
      </p>
      <h2 className="mt-6 text-xl font-semibold">{t("summaryHeading")}</h2>
      <PlanSummary summary={view.summary} />
      <p role="status" className="mt-6 font-semibold">
        {t("shown", { count: view.shown })}
      </p>
      <PlanSections
        sections={view.sections}
        extraColumns={[t("more.responsible"), t("more.offers"), t("more.flags")]}
        extraCells={(m) => <PlannerCells measure={m} canEdit={canEdit} />}
        measureHref={(m) => `/planung/plan/massnahmen/${m.id}`}
      />
      <h2 className="mt-8 text-xl font-semibold">{t("rulesHeading")}</h2>
      <ul className="mt-2 max-w-3xl list-disc space-y-1 ps-6">
        {FLAG_KINDS.map((k) => (
          <li key={k}>{t(`rules.${k}`, { months: view.staleMonths })}</li>
        ))}
      </ul>
    </>
  );
}
