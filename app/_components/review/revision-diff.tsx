import { getLocale, getTranslations } from "next-intl/server";
import { getTermLabels } from "@/server/taxonomies/labels";
import { DataTable, rowClass } from "@/app/_components/data-table";
import type { DiffValue, FieldChange } from "@/server/revisions/diff";
import { wordDiff } from "@/server/revisions/word-diff";
import { fieldPathLabel } from "./field-path-label";
import { WordDiffText } from "./word-diff-text";

// Fields whose values are codes with a label of their own.
const VALUE_GROUPS: Record<string, string> = {
  status: "OfferForm.status",
  addressVisibility: "OfferForm.visibility",
  serviceAreaScope: "OfferForm.scope",
  type: "OfferForm.phoneTypes",
  weekday: "Weekday",
  locale: "OfferForm.locales",
};

/**
 * The changed values of a revision (or version): what, before, after. `fieldLabels` names another
 * message group for the field labels (e.g. "Organizations.fields"), tried before Review.fields.
 */
export async function RevisionDiff({ changes, fieldLabels }: { changes: FieldChange[]; fieldLabels?: string }) {
  const [t, tAll, terms] = await Promise.all([getTranslations("Review"), getTranslations(), getLocale().then(getTermLabels)]);
  const known = (key: string) => (tAll.has(key as "Review.fields.name") ? tAll(key as "Review.fields.name") : null);

  const label = (path: string) => fieldPathLabel(path, known, fieldLabels);
  const show = (path: string, v: DiffValue) => {
    if (v === null) return <span className="italic text-gray-700">{t("detail.empty")}</span>;
    if (typeof v === "boolean") return t(v ? "detail.yes" : "detail.no");
    const field = path.split(".").pop()!.replace(/\[\d+\]$/, "");
    // Phrases are codes of the taxonomy "hinweis": show their labels.
    if (field === "hinweise") return v.split(", ").map((code) => terms.hinweis?.[code] ?? code).join(", ");
    return (VALUE_GROUPS[field] && known(`${VALUE_GROUPS[field]}.${v}`)) ?? v;
  };

  if (changes.length === 0) return <p className="mt-2">{t("detail.noChanges")}</p>;
  return (
    <DataTable alignTop columns={[t("detail.field"), t("detail.before"), t("detail.after")]}>
      {changes.map((c) => (
        <tr key={c.field} className={`${rowClass} align-top`}>
          <th scope="row" className="py-2 pe-4 font-semibold">{label(c.field)}</th>
          <td className="py-2 pe-4 whitespace-pre-line break-words">
            <del className="bg-red-50 text-red-900 no-underline">{show(c.field, c.before)}</del>
          </td>
          <td className="py-2 whitespace-pre-line break-words">
            <AfterValue change={c} shown={show(c.field, c.after)} label={t("detail.changesInText")} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The new value; a long text with its changed words marked inside (word-level diff). */
function AfterValue({ change, shown, label }: { change: FieldChange; shown: React.ReactNode; label: string }) {
  const parts = wordDiff(change.before, change.after);
  if (!parts) return <ins className="bg-green-50 text-green-900 no-underline">{shown}</ins>;
  return (
    <>
      <span className="block text-sm font-semibold text-gray-700">{label}</span>
      <WordDiffText parts={parts} />
    </>
  );
}
