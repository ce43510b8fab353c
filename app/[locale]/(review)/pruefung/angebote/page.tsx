import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { z } from "zod";
import { AccountNav } from "@/app/_components/account/account-nav";
import { fieldClass, labelClass, noticeClass, submitClass } from "@/app/_components/account/form-styles";
import { linkClass } from "@/app/_components/offer-section";
import { DiscardNewOfferForm, DiscardOutcome } from "@/app/_components/review/discard-new-offer";
import { NewOfferForm } from "@/app/_components/review/new-offer-form";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { listOrganizationChoices } from "@/server/organizations/queries";
import { listAllOffers } from "@/server/revisions/queries";
import { createOfferAction, discardNewOfferAction } from "@/app/[locale]/(provider)/meine-angebote/actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const paramsSchema = z.object({
  q: z.string().max(100).catch(""),
  veroeffentlicht: z.uuid().optional().catch(undefined),
  verworfen: z.string().optional().catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Review.all" });
  return { title: t("title"), robots: { index: false } };
}

/** Reviewers find any offer to edit it directly or look at its history. */
export default async function AllOffersPage({ params, searchParams }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/pruefung/angebote");
  const query = paramsSchema.parse({ q: "", ...(await searchParams) });
  const [offers, organizations, messages] = await Promise.all([listAllOffers(user, query.q), listOrganizationChoices(user), getMessages()]);
  const t = await getTranslations("Review.all");
  const published = query.veroeffentlicht && offers.find((o) => o.id === query.veroeffentlicht);
  return (
    <>
      <AccountNav user={user} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {published && (
        <p role="status" className={noticeClass}>
          {t("published", { name: published.name })}
        </p>
      )}
      <DiscardOutcome outcome={query.verworfen} />
      <form method="get" role="search" className="mt-4 flex max-w-xl flex-wrap items-end gap-3">
        <div className="grow">
          <label htmlFor="offer-filter" className={labelClass}>
            {t("filter")}
          </label>
          <input id="offer-filter" name="q" type="search" defaultValue={query.q} maxLength={100} className={fieldClass(false)} />
        </div>
        <button type="submit" className={submitClass}>
          {t("apply")}
        </button>
      </form>
      <p className="mt-4" role="status">
        {t("count", { count: offers.length })}
      </p>
      <ul className="mt-2 divide-y divide-gray-300">
        {offers.map((o) => (
          <li key={o.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2">
            <span className="grow">
              <span className="font-semibold">{o.name}</span>{" "}
              <Link href={`/meine-angebote/organisation/${o.organization.id}`} aria-label={t("organizationLabel", { name: o.organization.name })} className={`text-sm ${linkClass}`}>
                {o.organization.name}
              </Link>
              {o.pendingRevisions > 0 && <span className="ms-2 text-sm font-semibold">{t("pending", { count: o.pendingRevisions })}</span>}
            </span>
            <Link href={`/meine-angebote/${o.id}/bearbeiten`} aria-label={t("editLabel", { name: o.name })} className={linkClass}>
              {t("edit")}
            </Link>
            {/* A new offer has no history until its first approval, and may be discarded until then. */}
            {o.version > 0 ? (
              <Link href={`/meine-angebote/${o.id}/verlauf`} aria-label={t("historyLabel", { name: o.name })} className={linkClass}>
                {t("history")}
              </Link>
            ) : (
              <DiscardNewOfferForm offerId={o.id} name={o.name} back="/pruefung/angebote" action={discardNewOfferAction} />
            )}
          </li>
        ))}
      </ul>
      <NextIntlClientProvider messages={{ Review: { newOffer: messages.Review.newOffer } }}>
        <NewOfferForm organizations={organizations} action={createOfferAction} />
      </NextIntlClientProvider>
    </>
  );
}
