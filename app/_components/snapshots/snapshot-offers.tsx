import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, numberCellClass, rowClass, rowHeaderClass } from "@/app/_components/data-table";
import type { SnapshotContent } from "@/server/snapshots/content";
import { rowNamer } from "./snapshot-matrix";

/** The snapshot's offers with facets and capacity (names only: a snapshot holds no address). */
export async function SnapshotOffersTable({ content, termNames }: { content: SnapshotContent; termNames: Map<string, string> }) {
  const [t, format, rowName] = await Promise.all([getTranslations("Snapshots"), getFormatter(), rowNamer()]);
  const rows = new Map(content.matrix.rows.map((r) => [r.key, rowName(r)]));
  const names = (key: string, codes: string[]) => codes.map((c) => termNames.get(`${key}:${c}`) ?? c).join(", ");
  const num = (n: number | null) => (n === null ? t("noData") : format.number(n, { maximumFractionDigits: 2 }));
  const yesNo = (v: boolean | null) => (v === null ? t("noData") : v ? t("yes") : t("no"));
  const c = (k: string) => `offerColumns.${k}` as "offerColumns.name";
  return (
    <DataTable
      caption={t("offersHeading", { count: content.offers.length })}
      region={t("offersHeading", { count: content.offers.length })}
      columns={[
        ...["name", "organization", "rows", "handlungsfelder", "lebensphasen", "angebotsarten"].map((k) => t(c(k))),
        ...["places", "fte", "waiting"].map((k) => ({ label: t(c(k)), numeric: true as const })),
        t(c("accepting")),
      ]}
      alignTop
    >
      {content.offers.map((o) => (
        <tr key={o.id} className={rowClass}>
          <th scope="row" className={rowHeaderClass}>
            {o.name}
          </th>
          <td className={cellClass}>{o.organization}</td>
          <td className={cellClass}>{o.rows.map((r) => rows.get(r) ?? r).join(", ")}</td>
          <td className={cellClass}>{names("handlungsfeld", o.handlungsfelder)}</td>
          <td className={cellClass}>{names("lebensphase", o.lebensphasen)}</td>
          <td className={cellClass}>{names("angebotsart", o.angebotsarten)}</td>
          <td className={numberCellClass}>{num(o.places)}</td>
          <td className={numberCellClass}>{num(o.fte)}</td>
          <td className={numberCellClass}>{num(o.waitingWeeks)}</td>
          <td className={lastCellClass}>{yesNo(o.acceptingNewClients)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
