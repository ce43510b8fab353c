import { getTranslations } from "next-intl/server";
import { alertClass, noticeClass } from "@/app/_components/account/form-styles";
import { ERROR_CODES } from "@/server/plan/editing-schema";

// "rueckzug", not "zurueckgezogen": that is the toggle that shows retired entries.
const DONE = ["gespeichert", "verschoben", "rueckzug", "wiederhergestellt"] as const;
type Query = Record<string, string | string[] | undefined>;

/** What the last change did (from the action's redirect): a notice, a refusal's reason, or "not found". */
export async function EditNotices({ query }: { query: Query }) {
  const t = await getTranslations("PlanEditing");
  const done = DONE.find((d) => query[d]);
  const error = ERROR_CODES.find((c) => c === query.fehler);
  return (
    <>
      {done && (
        <p role="status" className={noticeClass}>
          {t(`done.${done}`)}
        </p>
      )}
      {error && (
        <p role="alert" className={alertClass}>
          {t("refused", { reason: t(`errors.${error}`, { max: 200, count: 20 }) })}
        </p>
      )}
      {query["nicht-gefunden"] && (
        <p role="alert" className={alertClass}>
          {t("notFound")}
        </p>
      )}
    </>
  );
}
