import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { noticeClass } from "@/app/_components/account/form-styles";
import { ConfirmOfferForm } from "@/app/_components/history/confirm-offer-form";
import { ConfirmOutcome, LastConfirmed } from "@/app/_components/history/confirm-status";
import { StaleReminders } from "@/app/_components/history/stale-reminders";
import { linkClass } from "@/app/_components/offer-section";
import { DiscardNewOfferForm, DiscardOutcome } from "@/app/_components/review/discard-new-offer";
import { NewOfferForm } from "@/app/_components/review/new-offer-form";
import { MyOrganizations } from "@/app/_components/organizations/my-organizations";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { env } from "@/server/env";
import { getMyVerifications } from "@/server/offers/staleness";
import { listMyOrganizations } from "@/server/organizations/queries";
import { listMyOffers } from "@/server/revisions/queries";
import { confirmOfferAction, createOfferAction, discardNewOfferAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Review.myOffers" });
  return { title: t("title"), robots: { index: false } };
}

/** The provider's offers: state, last confirmation, a reminder of the stale ones, one-click confirmation. */
export default async function MyOffersPage({ params, searchParams }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/meine-angebote");
  const [offers, verifications, t, format, query] = await Promise.all([
    listMyOffers(user),
    getMyVerifications(user),
    getTranslations("Review.myOffers"),
    getFormatter(),
    searchParams,
  ]);
  const [organizations, messages] = await Promise.all([listMyOrganizations(user), getMessages()]);
  return (
    <>
      <AccountNav user={user} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {query.eingereicht === "1" && (
        <p role="status" className={noticeClass}>
          {t("submitted")}
        </p>
      )}
      <ConfirmOutcome outcome={query.bestaetigung} />
      <DiscardOutcome outcome={query.verworfen} />
      <StaleReminders offers={verifications.stale} months={env.STALE_AFTER_MONTHS} confirmAction={confirmOfferAction} />
      <p className="mt-4 max-w-2xl">{t("intro")}</p>
      {offers.length === 0 ? (
        <p className="mt-4">{t("none")}</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {offers.map((o) => (
            <li key={o.id} className="rounded border border-gray-400 p-3">
              <h2 className="text-lg font-semibold">{o.name}</h2>
              <p>{o.version > 0 ? t("version", { version: o.version }) : <strong>{t("state.NEW")}</strong>}</p>
              <LastConfirmed verification={verifications.byOffer.get(o.id)} />
              {o.latest && (
                <p>
                  <strong>{t(`state.${o.latest.state}`)}</strong> ({format.dateTime(o.latest.at, "date")})
                </p>
              )}
              {o.latest?.state === "REJECTED" && o.latest.comment && <p className="whitespace-pre-line">{t("comment", { comment: o.latest.comment })}</p>}
              <div className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-2">
                <Link href={`/meine-angebote/${o.id}/bearbeiten`} aria-label={t("editLabel", { name: o.name })} className={linkClass}>
                  {t("edit")}
                </Link>
                {/* A new offer has no history, public page or confirmation until its first approval. */}
                {o.version === 0 && <DiscardNewOfferForm offerId={o.id} name={o.name} back="/meine-angebote" action={discardNewOfferAction} />}
                {o.version > 0 && (
                  <>
                    <Link href={`/meine-angebote/${o.id}/verlauf`} aria-label={t("historyLabel", { name: o.name })} className={linkClass}>
                      {t("history")}
                    </Link>
                    <Link href={`/angebote/${o.id}`} className={linkClass}>
                      {t("view")}
                    </Link>
                    <ConfirmOfferForm offerId={o.id} name={o.name} action={confirmOfferAction} />
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <NextIntlClientProvider messages={{ Review: { newOffer: messages.Review.newOffer } }}>
        <NewOfferForm organizations={organizations.map(({ id, name }) => ({ id, name }))} action={createOfferAction} />
      </NextIntlClientProvider>
      <MyOrganizations organizations={organizations} />
    </>
  );
}
