import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { noticeClass } from "@/app/_components/account/form-styles";
import { OfferForm } from "@/app/_components/offer-form/offer-form";
import { requireUser } from "@/server/auth";
import { getEditOptions } from "@/server/revisions/edit-options";
import { getOfferForEdit } from "@/server/revisions/queries";
import { saveOfferAction } from "./actions";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Review.edit" });
  return { title: t("title"), robots: { index: false } };
}

/** The whole offer in one form; saving submits it for review (reviewers may publish at once). */
export default async function EditOfferPage({ params }: Props) {
  const { locale, id } = await params;
  enterPageLocale(locale);
  const user = await requireUser(`/meine-angebote/${encodeURIComponent(id)}/bearbeiten`);
  const offer = await getOfferForEdit(user, id);
  const options = await getEditOptions(locale, offer.defaults.measureIds);
  const [t, messages] = await Promise.all([getTranslations("Review.edit"), getMessages()]);
  return (
    <>
      <AccountNav user={user} />
      <BackLink href={offer.mayPublish ? "/pruefung/angebote" : "/meine-angebote"}>{offer.mayPublish ? t("backToAll") : t("back")}</BackLink>
      <h1 className="text-2xl font-bold">
        {t("title")}: {offer.name}
      </h1>
      <p className="mt-2 max-w-2xl">{offer.mayPublish ? t("introReviewer") : t("intro")}</p>
      {offer.pending && <p className={noticeClass}>{t("pending")}</p>}
      {!offer.pending && offer.rejectedComment && <p className={noticeClass}>{t("rejected", { comment: offer.rejectedComment })}</p>}
      <NextIntlClientProvider messages={{ Review: { fields: messages.Review.fields }, OfferForm: messages.OfferForm, Weekday: messages.Weekday }}>
        <OfferForm offerId={offer.id} defaults={offer.defaults} options={options} mayPublish={offer.mayPublish} translations={offer.translations} action={saveOfferAction} />
      </NextIntlClientProvider>
    </>
  );
}
