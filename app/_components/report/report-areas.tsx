import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, numberCellClass, rowClass, rowHeaderClass } from "@/app/_components/data-table";
import { ProfileTable } from "@/app/_components/planning/profile-table";
import type { HouseholdType } from "@/server/generated/prisma/enums";
import type { CommitteeReport } from "@/server/report/committee-report";

const HOUSEHOLDS: HouseholdType[] = ["TOTAL", "SINGLE_PERSON", "WITH_CHILDREN", "SINGLE_PARENT", "SENIOR_ALONE"];

/** Part 2 of the plan: every Planungsraum's residents (also by age group), households, indicators and offers. */
export async function ReportAreas({ report }: { report: CommitteeReport }) {
  const [t, tCoverage, tNeed, tPlanning, format] = await Promise.all([
    getTranslations("CommitteeReport.areas"),
    getTranslations("Planning.coverage"),
    getTranslations("NeedData"),
    getTranslations("Planning"),
    getFormatter(),
  ]);
  const num = (n: number | null | undefined) => (n === null || n === undefined ? tPlanning("noData") : format.number(n, { maximumFractionDigits: 2 }));
  const { ageBands, needData, profile } = report;
  const households = HOUSEHOLDS.filter((type) => needData.some((a) => a.households?.counts[type] !== undefined));
  const indicators = [...new Map(needData.flatMap((a) => a.indicators.map((i) => [i.name, i.unit] as const))).entries()];
  return (
    <section aria-labelledby="report-areas" className="mt-8 print:break-before-page">
      <h2 id="report-areas" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <ProfileTable rows={profile.rows} year={profile.year} />
      {ageBands.bands.length > 0 && (
        <DataTable
          className="mt-6"
          title={t("ageCaption", { year: profile.year ?? "–" })}
          columns={[t("area"), ...ageBands.bands.map((b) => ({ label: b.ageTo === null ? tCoverage("ageBandOpen", { from: b.ageFrom }) : tCoverage("ageBand", { from: b.ageFrom, to: b.ageTo }), numeric: true as const }))]}
        >
          {ageBands.rows.map((r) => (
            <tr key={r.key} className={rowClass}>
              <th scope="row" className={rowHeaderClass}>{r.name}</th>
              {r.residents.map((n, i) => (
                <td key={i} className={numberCellClass}>{num(n)}</td>
              ))}
            </tr>
          ))}
        </DataTable>
      )}
      {households.length > 0 && (
        <DataTable className="mt-6" title={t("householdsCaption")} columns={[t("area"), ...households.map((h) => ({ label: tNeed(`householdTypes.${h}`), numeric: true as const }))]}>
          {needData.map((a) => (
            <tr key={a.code} className={rowClass}>
              <th scope="row" className={rowHeaderClass}>{a.households ? t("valueYear", { value: a.name, year: a.households.year }) : a.name}</th>
              {households.map((h) => (
                <td key={h} className={numberCellClass}>{num(a.households?.counts[h])}</td>
              ))}
            </tr>
          ))}
        </DataTable>
      )}
      {indicators.length > 0 && (
        <DataTable className="mt-6" title={t("indicatorsCaption")} columns={[t("area"), ...indicators.map(([name, unit]) => ({ label: unit ? `${name} (${unit})` : name, numeric: true as const }))]}>
          {needData.map((a) => (
            <tr key={a.code} className={rowClass}>
              <th scope="row" className={rowHeaderClass}>{a.name}</th>
              {indicators.map(([name]) => {
                const value = a.indicators.find((i) => i.name === name);
                return (
                  <td key={name} className={numberCellClass}>{value ? t("valueYear", { value: num(value.value), year: value.year }) : tPlanning("noData")}</td>
                );
              })}
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
