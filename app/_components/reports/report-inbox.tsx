import { getFormatter, getTranslations } from "next-intl/server";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import type { InboxReport } from "@/server/reports/queries";

type Props = {
  reports: InboxReport[];
  /** The page's server action: marks the report named by the form's `reportId` as done. */
  resolveAction: (formData: FormData) => Promise<void>;
};

const OPEN = new Set(["OPEN", "IN_PROGRESS"]);

/**
 * Residents' reports, open ones first. Each "done" button is a plain form posting to a server
 * action, so it works without JavaScript. Messages are shown as text (React escapes them).
 */
export async function ReportInbox({ reports, resolveAction }: Props) {
  const t = await getTranslations("Reports.inbox");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, "short");
  const open = reports.filter((r) => OPEN.has(r.status));
  const done = reports.filter((r) => !OPEN.has(r.status));

  const item = (r: InboxReport) => (
    <li key={r.id} className="rounded border border-gray-400 p-3">
      <h3 className="text-lg font-semibold">{r.offerName}</h3>
      <p className="text-sm text-gray-700">
        {t("receivedAt", { date: date(r.createdAt) })}
        {r.resolvedAt && <> · {t("resolvedAt", { date: date(r.resolvedAt) })}</>}
        {" · "}
        {t(`status.${r.status}`)}
      </p>
      <p className="mt-2 whitespace-pre-line break-words">{r.message}</p>
      {OPEN.has(r.status) && (
        <p className="mt-2">
          {r.replyEmail ? (
            <>
              {t("replyEmail")}{" "}
              <a href={`mailto:${r.replyEmail}`} className={`${linkClass} break-all`}>
                {r.replyEmail}
              </a>
            </>
          ) : (
            t("noReply")
          )}
        </p>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-2">
        {/* Whoever sees a report may edit its offer: the report scope is the offer scope (server/reports/access.ts). */}
        <Link href={`/meine-angebote/${r.offerId}/bearbeiten`} aria-label={t("editOfferLabel", { name: r.offerName })} className={`${linkClass} font-semibold`}>
          {t("editOffer")}
        </Link>
        <Link href={`/angebote/${r.offerId}`} className={linkClass}>
          {t("viewOffer")}
        </Link>
        {OPEN.has(r.status) && (
          <form action={resolveAction}>
            <input type="hidden" name="reportId" value={r.id} />
            <button
              type="submit"
              aria-label={t("resolveLabel", { name: r.offerName, date: date(r.createdAt) })}
              className="rounded bg-brand px-3 py-1 font-semibold text-white hover:bg-brand-dark"
            >
              {t("resolve")}
            </button>
          </form>
        )}
      </div>
    </li>
  );

  return (
    <>
      <p className="mt-2 max-w-2xl text-sm">{t("privacy")}</p>
      <section aria-labelledby="reports-open" className="mt-6">
        <h2 id="reports-open" className="text-xl font-semibold">
          {t("openTitle")} ({open.length})
        </h2>
        {open.length ? <ul className="mt-3 space-y-4">{open.map(item)}</ul> : <p className="mt-2">{t("noneOpen")}</p>}
      </section>
      <section aria-labelledby="reports-done" className="mt-8">
        <h2 id="reports-done" className="text-xl font-semibold">
          {t("doneTitle")}
        </h2>
        {done.length ? <ul className="mt-3 space-y-4">{done.map(item)}</ul> : <p className="mt-2">{t("noneDone")}</p>}
      </section>
    </>
  );
}
