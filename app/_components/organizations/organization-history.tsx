import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, rowClass } from "@/app/_components/data-table";
import type { OrganizationHistoryEntry } from "@/server/organizations/queries";

/** The organisation's decided changes, newest first: when, what came of it, who, what changed. */
export async function OrganizationHistory({ entries }: { entries: OrganizationHistoryEntry[] }) {
  const [t, format] = await Promise.all([getTranslations("Organizations"), getFormatter()]);
  return (
    <section aria-labelledby="organization-history" className="mt-10 max-w-3xl">
      <h2 id="organization-history" className="text-xl font-bold">
        {t("history.title")}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-2">{t("history.none")}</p>
      ) : (
        <DataTable alignTop columns={[t("history.date"), t("history.state"), t("history.author"), t("history.reviewer"), t("history.details")]}>
          {entries.map((e) => (
            <tr key={e.id} className={`${rowClass} align-top`}>
              <td className={cellClass}>{e.decidedAt ? format.dateTime(e.decidedAt, "short") : "–"}</td>
              <td className={cellClass}>{t(`history.states.${e.state as "APPROVED"}`)}</td>
              <td className={cellClass}>{e.author ?? "–"}</td>
              <td className={cellClass}>{e.reviewer ?? "–"}</td>
              <td className={`${lastCellClass} whitespace-pre-line break-words`}>
                {e.state === "REJECTED" ? e.comment : e.fields.map((f) => t(`fields.${f as "name"}`)).join(", ") || "–"}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
