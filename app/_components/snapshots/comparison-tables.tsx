import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, numberCellClass, rowClass, rowHeaderClass } from "@/app/_components/data-table";
import type { SnapshotComparison } from "@/server/snapshots/queries";
import { rowNamer } from "./snapshot-matrix";

// The comparison's tables: cells that changed (offers entering and leaving, figures before and
// after), capacity per offer, measures whose status changed. Every change is written as text.

export async function ComparisonTables({ comparison, fieldName }: { comparison: SnapshotComparison; fieldName: (code: string) => string }) {
  const [t, tPlan, format, rowName] = await Promise.all([getTranslations("Snapshots"), getTranslations("Plan"), getFormatter(), rowNamer()]);
  const { diff } = comparison;
  const num = (n: number | null) => (n === null ? t("noData") : format.number(n, { maximumFractionDigits: 2 }));
  const change = (a: number | null, b: number | null) => t("change", { a: num(a), b: num(b) });
  const yesNo = (v: boolean | null) => (v === null ? t("noData") : v ? t("yes") : t("no"));
  const moves = (list: (typeof diff.cells)[number]["entered"]) => (list.length ? list.map((o) => t(`move.${o.kind}`, { name: o.name })).join("; ") : "–");
  const cc = (k: string) => t(`cellColumns.${k}` as "cellColumns.area");
  return (
    <>
      <h2 className="mt-6 text-xl font-semibold">{t("cellsHeading")}</h2>
      {diff.cells.length === 0 ? (
        <p className="mt-1">{t("nothing")}</p>
      ) : (
        <DataTable caption={t("cellsCaption")} region={t("cellsCaption")} alignTop columns={[cc("area"), cc("field"), cc("entered"), cc("left"), ...["offers", "places", "fte"].map((k) => ({ label: cc(k), numeric: true as const }))]}>
          {diff.cells.map((c) => (
            <tr key={`${c.rowKey}:${c.columnCode}`} className={rowClass}>
              <th scope="row" className={rowHeaderClass}>
                {rowName({ key: c.rowKey, name: c.rowName, kind: c.rowKind })}
              </th>
              <td className={cellClass}>{c.columnName}</td>
              <td className={cellClass}>{moves(c.entered)}</td>
              <td className={cellClass}>{moves(c.left)}</td>
              <td className={numberCellClass}>{change(c.a.offers, c.b.offers)}</td>
              <td className={numberCellClass}>{change(c.a.places, c.b.places)}</td>
              <td className={numberCellClass}>{change(c.a.fte, c.b.fte)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2 className="mt-6 text-xl font-semibold">{t("capacityHeading")}</h2>
      {diff.capacity.length === 0 ? (
        <p className="mt-1">{t("nothing")}</p>
      ) : (
        <DataTable
          caption={t("capacityCaption")}
          region={t("capacityCaption")}
          columns={[t("offerColumns.name"), t("offerColumns.organization"), ...(["places", "fte", "waiting"] as const).map((k) => ({ label: t(`offerColumns.${k}`), numeric: true as const })), t("offerColumns.accepting")]}
        >
          {diff.capacity.map((o) => (
            <tr key={o.id} className={rowClass}>
              <th scope="row" className={rowHeaderClass}>
                {o.name}
              </th>
              <td className={cellClass}>{o.organization}</td>
              <td className={numberCellClass}>{change(o.a.places, o.b.places)}</td>
              <td className={numberCellClass}>{change(o.a.fte, o.b.fte)}</td>
              <td className={numberCellClass}>{change(o.a.waitingWeeks, o.b.waitingWeeks)}</td>
              <td className={lastCellClass}>{t("change", { a: yesNo(o.a.acceptingNewClients), b: yesNo(o.b.acceptingNewClients) })}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2 className="mt-6 text-xl font-semibold">{t("measuresHeading")}</h2>
      {diff.measures === null ? (
        <p className="mt-1">{t("measuresUnknown")}</p>
      ) : diff.measures.length === 0 ? (
        <p className="mt-1">{t("nothing")}</p>
      ) : (
        <DataTable caption={t("measuresHeading")} columns={[t("measureColumns.measure"), t("measureColumns.field"), t("measureColumns.status")]}>
          {diff.measures.map((m) => (
            <tr key={m.id} className={rowClass}>
              <th scope="row" className={rowHeaderClass}>
                {[m.code, m.title].filter(Boolean).join(" ")}
              </th>
              <td className={cellClass}>{fieldName(m.handlungsfeld)}</td>
              <td className={lastCellClass}>{t("change", { a: tPlan(`status.${m.a}`), b: tPlan(`status.${m.b}`) })}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
