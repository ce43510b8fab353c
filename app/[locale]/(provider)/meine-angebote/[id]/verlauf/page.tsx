import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { alertClass, noticeClass } from "@/app/_components/account/form-styles";
import { HistoryVersion } from "@/app/_components/history/history-version";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { can } from "@/server/authz";
import { listHistory } from "@/server/revisions/queries";
import { restoreVersionAction } from "./actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({
  vor: z.coerce.number().int().positive().max(2_000_000_000).optional().catch(undefined),
  ergebnis: z.enum(["submitted", "published", "unchanged", "invalid", "references", "notFound", "busy"]).optional().catch(undefined),
});
const GOOD = new Set(["submitted", "published", "unchanged"]);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "History" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Every publication of the offer: when, how, by whom, what changed; earlier ones restorable. */
export default async function HistoryPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  enterPageLocale(locale);
  const here = `/meine-angebote/${encodeURIComponent(id)}/verlauf`;
  const user = await requireUser(here);
  const query = querySchema.parse(await searchParams);
  const history = await listHistory(user, id, { before: query.vor });
  const t = await getTranslations("History");
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/meine-angebote">{t("back")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title", { name: history.name })}</h1>
      {query.ergebnis && (
        <p role={GOOD.has(query.ergebnis) ? "status" : "alert"} className={GOOD.has(query.ergebnis) ? noticeClass : alertClass}>
          {t(`result.${query.ergebnis}`)}
        </p>
      )}
      <p className="mt-2 max-w-2xl">{t("intro")}</p>
      <p className="mt-2 max-w-2xl">{can(user, "offer:edit-any") ? t("restoreIntroReviewer") : t("restoreIntroProvider")}</p>
      <h2 className="mt-6 text-xl font-semibold">{t("versions")}</h2>
      {history.entries.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <ol className="mt-2 space-y-4">
          {history.entries.map((e) => (
            <HistoryVersion key={e.version} offerId={id} entry={e} restoreAction={restoreVersionAction} />
          ))}
        </ol>
      )}
      {(query.vor || history.olderThan) && (
        <p className="mt-4 flex flex-wrap gap-x-5">
          {query.vor && (
            <Link href={here} className={linkClass}>
              {t("newest")}
            </Link>
          )}
          {history.olderThan && (
            <Link href={`${here}?vor=${history.olderThan}`} className={linkClass}>
              {t("older")}
            </Link>
          )}
        </p>
      )}
    </>
  );
}
