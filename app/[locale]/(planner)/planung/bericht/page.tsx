import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { linkClass } from "@/app/_components/offer-section";
import { PeriodForm } from "@/app/_components/plan/period-form";
import { ReportAreas } from "@/app/_components/report/report-areas";
import { ReportCover } from "@/app/_components/report/report-cover";
import { ReportFieldSection } from "@/app/_components/report/report-field";
import { ReportFunding } from "@/app/_components/report/report-funding";
import { requireUser } from "@/server/auth";
import { buildCommitteeReport, reportParamsSchema } from "@/server/report/committee-report";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "CommitteeReport" });
  return { title: t("title"), robots: { index: false } };
}

/** The committee report: made for the browser's print (A4, globals.css), one Handlungsfeld per page. */
export default async function CommitteeReportPage({ params, searchParams }: Props) {
  const locale = enterPageLocale((await params).locale);
  const user = await requireUser("/planung/bericht");
  const { zeitraum } = reportParamsSchema.parse(await searchParams);
  // buildCommitteeReport checks planning:read: anyone else gets the 404 page.
  const report = await buildCommitteeReport(user, { periodId: zeitraum }, locale);
  if (!report) notFound();
  const [t, tPlan] = await Promise.all([getTranslations("CommitteeReport"), getTranslations("Plan.planner")]);
  const query = report.period ? `?zeitraum=${report.period.id}` : "";
  return (
    <div className="print-a4 print-report">
      <div className="print:hidden">
        <AccountNav user={user} />
        <BackLink href={`/planung/plan${query}`}>{tPlan("title")}</BackLink>
      </div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div className="print:hidden">
        <h2 id="report-filters" className="mt-6 text-xl font-semibold">
          {t("filtersHeading")}
        </h2>
        {report.period ? <PeriodForm periods={report.periods} period={report.period} labelledBy="report-filters" /> : <p className="mt-2">{t("noPeriod")}</p>}
        <p className="mt-3 max-w-3xl">{t("printHint")}</p>
        {/* A plain link: the CSV is a route handler outside the locale segment (a dot in a path skips next-intl). */}
        <p className="mt-2">
          <a href={`/planung/bericht.csv${query}`} className={linkClass} download>
            {t("csv")}
          </a>
        </p>
      </div>
      <ReportCover report={report} />
      <ReportAreas report={report} />
      {report.fields.map((field) => (
        <ReportFieldSection key={field.handlungsfeld.id} field={field} year={report.profile.year} gapThreshold={report.gapThreshold} />
      ))}
      {report.period && <ReportFunding report={report} />}
    </div>
  );
}
