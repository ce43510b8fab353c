import { getTranslations } from "next-intl/server";
import { cellClass, DataTable, rowClass } from "@/app/_components/data-table";
import { RowActions } from "@/app/_components/row-actions";
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
            <RowActions
              editHref={`/pruefung/synonyme?bearbeiten=${g.id}#synonym-form`}
              editText={t("editShort")}
              editLabel={t("edit", { label })}
              deleteText={t("deleteShort")}
              deleteLabel={t("delete", { label })}
              id={g.id}
              deleteAction={deleteAction}
            />
          </tr>
        );
      })}
    </DataTable>
  );
}
