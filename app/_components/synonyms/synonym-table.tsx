import { getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, rowClass } from "@/app/_components/data-table";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import type { SynonymGroupRow } from "@/server/synonyms/store";

type Props = { groups: SynonymGroupRow[]; deleteAction: (formData: FormData) => Promise<void> };

/** Entries of any script, each isolated so Arabic and Farsi words keep their own direction in the German list. */
function Entries({ entries }: { entries: string[] }) {
  return entries.map((e, i) => (
    <span key={e}>
      {i > 0 && ", "}
      <bdi>{e}</bdi>
    </span>
  ));
}

/** The synonym groups, each with its words, what they also search, an edit link and a delete button. */
export async function SynonymTable({ groups, deleteAction }: Props) {
  const t = await getTranslations("Review.synonyms");
  if (groups.length === 0) return <p className="mt-4">{t("none")}</p>;
  return (
    <DataTable
      alignTop
      caption={t("tableCaption", { count: groups.length })}
      columns={[t("columns.kind"), t("columns.words"), t("columns.targets"), t("columns.note"), { label: t("columns.actions"), srOnly: true }]}
    >
      {groups.map((g) => {
        const label = g.words.slice(0, 3).join(", ");
        return (
          <tr key={g.id} className={rowClass}>
            <td className={cellClass}>{t(`kind.${g.kind}`)}</td>
            <td className={cellClass}>
              <Entries entries={g.words} />
            </td>
            <td className={cellClass}>{g.kind === "ONE_WAY" ? <Entries entries={g.targets} /> : t("allOfThem")}</td>
            <td className={cellClass}>{g.note}</td>
            <td className={`${lastCellClass} flex gap-3`}>
              <Link href={`/pruefung/synonyme?bearbeiten=${g.id}#synonym-form`} className={linkClass} aria-label={t("edit", { label })}>
                {t("editShort")}
              </Link>
              <form action={deleteAction}>
                <input type="hidden" name="id" value={g.id} />
                <button type="submit" className="underline" aria-label={t("delete", { label })}>
                  {t("deleteShort")}
                </button>
              </form>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
