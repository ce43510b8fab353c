import { getFormatter, getTranslations } from "next-intl/server";
import { formatDay } from "@/app/_components/history/format-day";
import type { CommitteeReport } from "@/server/report/committee-report";
import type { SourceLine } from "@/server/report/sources";

/** The report's first block: title, period, Stichtag and every data source, as the committee reads them on paper. */
export async function ReportCover({ report }: { report: CommitteeReport }) {
  const [t, tPlan, format] = await Promise.all([getTranslations("CommitteeReport.cover"), getTranslations("Plan"), getFormatter()]);
  const day = (d: string) => formatDay(format, d);
  const { sources, period } = report;
  const year = (line: SourceLine) => line.year ?? "–";
  // "Demo" as on /planung/daten: invented figures stay recognisable on paper.
  const sourced = (key: "population" | "households" | "indicator", line: SourceLine, name = "") => (
    <li key={name}>
      {t(key, { name, year: year(line), sources: line.sources.join("; ") || t("none") })}
      {line.isDemo && <span className="ms-1 rounded bg-gray-200 px-1">{t("demo")}</span>}
    </li>
  );
  return (
    <header className="mt-4">
      <p className="text-lg">{t("subtitle")}</p>
      <dl className="mt-3 grid max-w-2xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("period")}</dt>
        <dd>{period ? tPlan("periodRange", { name: period.name, from: day(period.startsOn), to: day(period.endsOn) }) : "–"}</dd>
        <dt className="font-semibold">{t("stichtag")}</dt>
        <dd>
          {day(report.stichtag)} <span className="block text-sm text-gray-700">{t("stichtagNote")}</span>
        </dd>
      </dl>
      <h2 className="mt-4 text-lg font-semibold">{t("sourcesHeading")}</h2>
      <ul className="mt-1 list-disc space-y-1 ps-6 text-sm break-words">
        <li>{t("catalogue", { date: day(report.stichtag) })}</li>
        {sourced("population", sources.population)}
        {sourced("households", sources.households)}
        {sources.indicators.map((i) => sourced("indicator", i, i.name))}
        {period && <li>{t("plan", { source: sources.plan ?? t("none") })}</li>}
        {sources.measures.length > 0 && (
          <li>
            {t("measures")}
            <ul className="list-[circle] ps-6">
              {sources.measures.map((s) => (
                <li key={s} className="break-all">
                  {s}
                </li>
              ))}
            </ul>
          </li>
        )}
      </ul>
    </header>
  );
}
