import { getTranslations } from "next-intl/server";
import { fieldClass, labelClass, submitClass } from "@/app/_components/account/form-styles";
import type { SnapshotSummary } from "@/server/snapshots/queries";

/** A GET form to the comparison page (plain HTML: works without JavaScript; the URL keeps the choice). */
export async function CompareForm({ action, snapshots, a, b }: { action: string; snapshots: SnapshotSummary[]; a?: string; b?: string }) {
  const t = await getTranslations("Snapshots");
  // Oldest first for "earlier", newest first for "later": the usual choice is the first option of each.
  const oldest = [...snapshots].reverse();
  const select = (id: string, name: "a" | "b", label: string, list: SnapshotSummary[], value?: string) => (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? list[0]?.id} className={`${fieldClass(false)} block`}>
        {list.map((s) => (
          <option key={s.id} value={s.id}>
            {t("option", { stichtag: s.stichtag, label: s.label })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action={action} className="mt-3 flex flex-wrap items-end gap-3">
      {select("snapshot-a", "a", t("compareA"), oldest, a)}
      {select("snapshot-b", "b", t("compareB"), snapshots, b)}
      <button type="submit" className={submitClass}>
        {t("compareSubmit")}
      </button>
    </form>
  );
}
