import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { noticeClass } from "@/app/_components/account/form-styles";
import { linkClass } from "@/app/_components/offer-section";
import { ComparisonForm } from "@/app/_components/plan/comparison-form";
import { PeriodComparisonSections } from "@/app/_components/plan/period-comparison-sections";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { can } from "@/server/authz";
import { getPeriodComparison } from "@/server/plan/period-comparison";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "PlanPeriods.compare" });
  return { title: t("title"), robots: { index: false } };
}

const RULES = ["carried", "added", "dropped"] as const;

/** Two planning periods side by side: measures carried over (and changed), added and dropped. */
export default async function ComparisonPage({ params, searchParams }: Props) {
  const locale = enterPageLocale((await params).locale);
  const user = await requireUser("/planung/plan/vergleich");
  const query = await searchParams;
  // getPeriodComparison checks planning:read: anyone else gets the 404 page.
  const c = await getPeriodComparison(user, query, locale);
  if (!c) notFound();
  const [t, tPlan, tPeriods] = await Promise.all([getTranslations("PlanPeriods.compare"), getTranslations("Plan.planner"), getTranslations("PlanPeriods")]);
  const created = typeof query.angelegt === "string" && /^\d{1,6}$/.test(query.angelegt) ? Number(query.angelegt) : null;
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/planung/plan">{tPlan("title")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      {created !== null && (
        <p role="status" className={noticeClass}>
          {t("created", { count: created })}
        </p>
      )}
      {can(user, "plan:edit") && (
        <p className="mt-4">
          <Link href="/planung/plan/neuer-zeitraum" className={linkClass}>
            {tPeriods("newLink")}
          </Link>
        </p>
      )}
      <h2 id="compare-filters" className="mt-6 text-xl font-semibold">
        {t("filtersHeading")}
      </h2>
      {!c.from || !c.to ? (
        <p className="mt-2">{t("tooFew")}</p>
      ) : (
        <>
          <ComparisonForm periods={c.periods} from={c.from} to={c.to} labelledBy="compare-filters" />
          {/* A plain link: the CSV is a route handler outside the locale segment (a dot in a path skips next-intl). */}
          <p className="mt-4">
            <a href={`/planung/plan/vergleich.csv?von=${c.from.id}&bis=${c.to.id}`} className={linkClass} download>
              {t("csv")}
            </a>
          </p>
          <h2 className="mt-6 text-xl font-semibold">{t("summaryHeading")}</h2>
          <p role="status" className="mt-2">
            {t("summary", c.counts)}
          </p>
          <PeriodComparisonSections sections={c.sections} />
        </>
      )}
      <h2 className="mt-8 text-xl font-semibold">{t("rulesHeading")}</h2>
      <ul className="mt-2 max-w-3xl list-disc space-y-1 ps-6">
        {RULES.map((k) => (
          <li key={k}>{t(`rules.${k}`)}</li>
        ))}
      </ul>
    </>
  );
}
