import { getFormatter, getTranslations } from "next-intl/server";
import { RevisionDiff } from "@/app/_components/review/revision-diff";
import type { HistoryEntry } from "@/server/revisions/queries";
import { secondaryButtonClass } from "./confirm-offer-form";

type Props = { offerId: string; entry: HistoryEntry; restoreAction: (formData: FormData) => Promise<void> };

/** One published version: when, how and by whom; what it changed; restore (all but the current one). */
export async function HistoryVersion({ offerId, entry: e, restoreAction }: Props) {
  const [t, format] = await Promise.all([getTranslations("History"), getFormatter()]);
  const who = e.author && e.actor ? t("authoredBy", { author: e.author, actor: e.actor }) : e.actor ? t("by", { actor: e.actor }) : null;
  return (
    <li className="rounded border border-gray-400 p-3">
      <h3 className="text-lg font-semibold">
        {t("version", { version: e.version })}
        {e.current && (
          <>
            {" "}
            <span className="ms-1 rounded bg-green-50 px-2 text-base font-normal text-green-900">{t("current")}</span>
          </>
        )}
      </h3>
      <p>
        {format.dateTime(e.createdAt, "short")} · {t(`sources.${e.source}`)}
        {who && <> · {who}</>}
      </p>
      {e.changes === null ? (
        <p className="mt-2">{e.version === 1 ? t("firstVersion") : t("unreadable")}</p>
      ) : e.changes.length === 0 ? (
        <p className="mt-2">{t("noChanges")}</p>
      ) : (
        <RevisionDiff changes={e.changes} />
      )}
      {!e.current &&
        (e.restorable ? (
          <form action={restoreAction} className="mt-3">
            <input type="hidden" name="offerId" value={offerId} />
            <input type="hidden" name="version" value={e.version} />
            <button type="submit" aria-label={t("restoreLabel", { version: e.version })} className={secondaryButtonClass}>
              {t("restore")}
            </button>
          </form>
        ) : (
          <p className="mt-3 italic">{t("notRestorable")}</p>
        ))}
    </li>
  );
}
