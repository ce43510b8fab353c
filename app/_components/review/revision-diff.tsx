import { getTranslations } from "next-intl/server";
import type { DiffValue, FieldChange } from "@/server/revisions/diff";

/** The changed fields of a revision: label, published value, submitted value. */
export async function RevisionDiff({ changes }: { changes: FieldChange[] }) {
  const t = await getTranslations("Review");
  const label = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}` as "fields.name") : field);
  const show = (v: DiffValue) =>
    v === null || v === "" ? <span className="italic text-gray-700">{t("detail.empty")}</span> : typeof v === "boolean" ? t(v ? "detail.yes" : "detail.no") : v;
  if (changes.length === 0) return <p className="mt-2">{t("detail.noChanges")}</p>;
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full border-collapse text-left align-top text-sm">
        <thead>
          <tr className="border-b-2 border-gray-600">
            <th scope="col" className="py-1 pr-4">{t("detail.field")}</th>
            <th scope="col" className="py-1 pr-4">{t("detail.before")}</th>
            <th scope="col" className="py-1">{t("detail.after")}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field} className="border-b border-gray-300 align-top">
              <th scope="row" className="py-2 pr-4 font-semibold">{label(c.field)}</th>
              <td className="py-2 pr-4 whitespace-pre-line break-words">
                <del className="bg-red-50 text-red-900 no-underline">{show(c.before)}</del>
              </td>
              <td className="py-2 whitespace-pre-line break-words">
                <ins className="bg-green-50 text-green-900 no-underline">{show(c.after)}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
