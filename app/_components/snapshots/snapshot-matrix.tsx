import { getFormatter, getTranslations } from "next-intl/server";
import type { SnapshotMatrix } from "@/server/snapshots/content";

/** A row's name: a Planungsraum's own, or the special rows' in the reader's language. */
export async function rowNamer() {
  const t = await getTranslations("Planning.rows");
  return (row: { key: string; name: string; kind: string }) => (row.kind === "area" ? row.name : t(row.kind as "stadtweit"));
}

/** The snapshot's Planungsraum x Handlungsfeld matrix: offers, places and VZÄ in each cell, as text. */
export async function SnapshotMatrixTable({ matrix }: { matrix: SnapshotMatrix }) {
  const [t, format, rowName] = await Promise.all([getTranslations("Snapshots"), getFormatter(), rowNamer()]);
  const num = (n: number | null) => (n === null ? t("noData") : format.number(n, { maximumFractionDigits: 2 }));
  return (
    // Wider than the page with six columns: a scrollable region keyboard users can focus.
    <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={t("matrixCaption")}>
      <table className="border-collapse text-left text-sm">
        <caption className="sr-only">{t("matrixCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-gray-600">
            <th scope="col" className="p-2 align-bottom">
              {t("area")}
            </th>
            {matrix.columns.map((c) => (
              <th key={c.code} scope="col" className="p-2 align-bottom">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.key} className="border-b border-gray-300">
              <th scope="row" className="p-2 font-semibold">
                {rowName(row)}
              </th>
              {row.cells.map((c, i) => (
                <td key={matrix.columns[i].code} className="p-2 tabular-nums">
                  {t("cell", { offers: c.offers, places: num(c.places), fte: num(c.fte) })}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
