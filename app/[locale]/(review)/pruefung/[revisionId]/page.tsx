import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { ApproveOfferForm } from "@/app/_components/review/approve-offer-form";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { ReviewDecision } from "@/app/_components/review/review-decision";
import { RevisionDiff } from "@/app/_components/review/revision-diff";
import { requireUser } from "@/server/auth";
import { getRevisionForReview } from "@/server/revisions/queries";
import { approveOfferRevisionAction, approveRevisionAction, rejectRevisionAction } from "../actions";

type Props = { params: Promise<{ locale: string; revisionId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Review.queue" });
  return { title: t("title"), robots: { index: false } };
}

/** One submitted change: what differs from the published version, approve or send back. */
export default async function ReviewRevisionPage({ params }: Props) {
  const { locale, revisionId } = await params;
  enterPageLocale(locale);
  const user = await requireUser(`/pruefung/${encodeURIComponent(revisionId)}`);
  const r = await getRevisionForReview(user, revisionId);
  const [t, format, languageName, messages] = await Promise.all([getTranslations("Review.detail"), getFormatter(), getTranslations("OfferForm.locales"), getMessages()]);
  const stale = r.currentVersion !== r.baseVersion;
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/pruefung">{t("back")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title", { name: r.offerName })}</h1>
      <p className="mt-2">
        {t("meta", {
          author: r.author ?? t("unknownAuthor"),
          date: r.submittedAt ? format.dateTime(r.submittedAt, "short") : "–",
          version: r.baseVersion,
        })}
      </p>
      <h2 className="mt-6 text-lg font-semibold">{t("changes")}</h2>
      <RevisionDiff changes={r.changes} />
      <ReviewDecision
        revisionId={r.id}
        stale={stale ? t("stale", { current: r.currentVersion, base: r.baseVersion }) : null}
        approveAction={approveRevisionAction}
        rejectAction={rejectRevisionAction}
        approveForm={
          <NextIntlClientProvider messages={{ Review: { detail: messages.Review.detail } }}>
            <ApproveOfferForm revisionId={r.id} languages={r.changedTranslations.map((locale) => ({ locale, label: languageName(locale) }))} action={approveOfferRevisionAction} />
          </NextIntlClientProvider>
        }
      />
    </>
  );
}
