import { getFormatter, getTranslations } from "next-intl/server";
import { alertClass, noticeClass } from "@/app/_components/account/form-styles";
import type { Verification } from "@/server/offers/staleness";
import { formatDay } from "./format-day";

/** The answer to a confirmation (?bestaetigung=ok|fehlt|besetzt on the dashboard). */
export async function ConfirmOutcome({ outcome }: { outcome: unknown }) {
  const t = await getTranslations("History.confirm");
  if (outcome === "ok") return <p role="status" className={noticeClass}>{t("done")}</p>;
  if (outcome === "fehlt" || outcome === "besetzt") return <p role="alert" className={alertClass}>{t(outcome === "fehlt" ? "notFound" : "busy")}</p>;
  return null;
}

/** "Zuletzt bestätigt: 27.11.2026", marked when a confirmation is due. */
export async function LastConfirmed({ verification: v }: { verification: Verification | undefined }) {
  const [t, format] = await Promise.all([getTranslations("History.confirm"), getFormatter()]);
  return (
    <p>
      {t("lastConfirmed", { date: v?.lastVerifiedAt ? formatDay(format, v.lastVerifiedAt) : t("never") })}
      {v?.stale && <strong> – {t("due")}</strong>}
    </p>
  );
}
