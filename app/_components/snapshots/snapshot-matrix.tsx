import { getFormatter, getTranslations } from "next-intl/server";
import type { SnapshotMatrix } from "@/server/snapshots/content";
import { cellClass, DataTable, rowClass } from "@/app/_components/data-table";

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
    <DataTable columns={[t("area"), ...matrix.columns.map((c) => c.name)]} caption={t("matrixCaption")} region={t("matrixCaption")}>
      {matrix.rows.map((row) => (
        <tr key={row.key} className={rowClass}>
          <th scope="row" className={`${cellClass} font-semibold`}>
            {rowName(row)}
          </th>
          {row.cells.map((c, i) => (
            <td key={matrix.columns[i].code} className={`${cellClass} tabular-nums`}>
              {t("cell", { offers: c.offers, places: num(c.places), fte: num(c.fte) })}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
