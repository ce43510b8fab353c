import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { linkClass } from "@/app/_components/offer-section";
import { ReviewDecision } from "@/app/_components/review/review-decision";
import { RevisionDiff } from "@/app/_components/review/revision-diff";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { getOrganizationRevisionForReview } from "@/server/organizations/queries";
import { approveOrganizationRevisionAction, rejectOrganizationRevisionAction } from "../actions";

type Props = { params: Promise<{ locale: string; revisionId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Organizations.queue" });
  return { title: t("title"), robots: { index: false } };
}

/** One submitted change to an organisation: what differs from the stored details, approve or send back. */
export default async function ReviewOrganizationRevisionPage({ params }: Props) {
  const { locale, revisionId } = await params;
  enterPageLocale(locale);
  const user = await requireUser(`/pruefung/organisation/${encodeURIComponent(revisionId)}`);
  const r = await getOrganizationRevisionForReview(user, revisionId);
  const [t, tReview, format] = await Promise.all([getTranslations("Organizations.detail"), getTranslations("Review.detail"), getFormatter()]);
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/pruefung">{tReview("back")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title", { name: r.organizationName })}</h1>
      <p className="mt-2">
        {t("meta", {
          author: r.author ?? tReview("unknownAuthor"),
          date: r.submittedAt ? format.dateTime(r.submittedAt, "short") : "–",
        })}
      </p>
      <h2 className="mt-6 text-lg font-semibold">{tReview("changes")}</h2>
      <RevisionDiff changes={r.changes} fieldLabels="Organizations.fields" />
      {/* The offers' decision, with a hint that says where the provider reads the note. */}
      <ReviewDecision
        revisionId={r.id}
        stale={r.stale ? t("stale") : null}
        approveAction={approveOrganizationRevisionAction}
        rejectAction={rejectOrganizationRevisionAction}
        commentHint={t.raw("commentHint")}
      />
      <p className="mt-8">
        <Link href={`/meine-angebote/organisation/${r.organizationId}`} className={linkClass}>
          {t("editDirectly")}
        </Link>
      </p>
    </>
  );
}
