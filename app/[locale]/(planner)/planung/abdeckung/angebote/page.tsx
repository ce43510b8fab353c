import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { cellClass, DataTable, lastCellClass, rowClass } from "@/app/_components/data-table";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { listCellOffers } from "@/server/coverage/cell-offers";
import { cellParamsSchema, coverageQuery, SPECIAL_ROWS } from "@/server/coverage/params";
import { getScenarioDelta } from "@/server/scenarios/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Planning.cell" });
  return { title: t("title"), robots: { index: false } };
}

/** The offers behind one cell of the coverage matrix: names and providers only, never an address. */
export default async function CoverageCellPage({ params, searchParams }: Props) {
  const locale = enterPageLocale((await params).locale);
  const user = await requireUser("/planung/abdeckung");
  const raw = await searchParams;
  // ?szenario=ID: its hypothetical offers listed (marked), its removed ones left out; bad id: 404.
  const wanted = cellParamsSchema.parse(raw).szenario;
  const scenario = wanted ? await getScenarioDelta(user, wanted) : null;
  const cell = await listCellOffers(user, raw, locale, scenario?.delta);
  const [t, tRows, tCoverage, tScenarios] = await Promise.all([
    getTranslations("Planning.cell"),
    getTranslations("Planning.rows"),
    getTranslations("Planning.coverage"),
    getTranslations("Scenarios"),
  ]);
  const raum = cell.params.raum;
  const special = SPECIAL_ROWS.find((r) => r === raum);
  const row = special ? tRows(special) : (cell.areaName ?? "–");
  return (
    <>
      <AccountNav user={user} />
      <BackLink href={`/planung/abdeckung${coverageQuery(cell.params)}`}>{t("back")}</BackLink>
      <h1 className="text-2xl font-bold">{cell.columnName ? t("heading", { row, column: cell.columnName }) : t("headingRow", { row })}</h1>
      <p className="mt-1">{tCoverage(`axes.${cell.params.achse}`)}</p>
      {scenario && <p className="mt-2 font-semibold">{tScenarios("banner", { name: scenario.name })}</p>}
      <p role="status" className="mt-4 font-semibold">
        {t("count", { count: cell.offers.length })}
      </p>
      {cell.truncated && <p className="mt-2">{t("truncated", { count: cell.offers.length })}</p>}
      {cell.offers.length > 0 && (
        <DataTable columns={[t("name"), t("organization")]} caption={t("title")}>
          {cell.offers.map((o) => (
            <tr key={o.id} className={rowClass}>
              <td className={cellClass}>
                {o.hypothetical ? (
                  <>
                    {o.name} <em>({tScenarios("hypothetical")})</em>
                  </>
                ) : (
                  <Link href={`/angebote/${o.id}`} className={linkClass}>
                    {o.name}
                  </Link>
                )}
              </td>
              <td className={lastCellClass}>{o.organizationName ?? "–"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
