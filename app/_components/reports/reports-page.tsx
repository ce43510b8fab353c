import "server-only";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { alertClass, noticeClass } from "@/app/_components/account/form-styles";
import type { SessionUser } from "@/server/auth";
import { listReports } from "@/server/reports/queries";
import { ReportInbox } from "./report-inbox";

type Props = {
  user: SessionUser;
  intro: "introProvider" | "introReviewer";
  query: Record<string, string | string[] | undefined>;
  resolveAction: (formData: FormData) => Promise<void>;
};

/** The inbox page body shared by /meine-angebote/meldungen and /pruefung/meldungen. */
export async function ReportsPage({ user, intro, query, resolveAction }: Props) {
  // Outside the roles that handle reports, the page does not exist.
  const reports = await listReports(user);
  const t = await getTranslations("Reports.inbox");
  return (
    <>
      <AccountNav user={user} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {query.erledigt === "1" && (
        <p role="status" className={noticeClass}>
          {t("resolved")}
        </p>
      )}
      {query["nicht-gefunden"] === "1" && (
        <p role="alert" className={alertClass}>
          {t("notFound")}
        </p>
      )}
      <p className="mt-2 max-w-2xl">{t(intro)}</p>
      <ReportInbox reports={reports} resolveAction={resolveAction} />
    </>
  );
}
