import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { noticeClass } from "@/app/_components/account/form-styles";
import { linkClass } from "@/app/_components/offer-section";
import { EditOfferForm } from "@/app/_components/review/edit-offer-form";
import { orNotFound } from "@/app/_components/review/or-not-found";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { getOfferForEdit } from "@/server/revisions/queries";
import { saveDraftAction } from "./actions";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Review.edit" });
  return { title: t("title"), robots: { index: false } };
}

/** The provider edits an offer's texts; saving submits them for review. */
export default async function EditOfferPage({ params }: Props) {
  const { locale, id } = await params;
  enterPageLocale(locale);
  const user = await requireUser(`/meine-angebote/${encodeURIComponent(id)}/bearbeiten`);
  const offer = await orNotFound(getOfferForEdit(user, id));
  const [t, messages] = await Promise.all([getTranslations("Review.edit"), getMessages()]);
  return (
    <>
      <AccountNav user={user} />
      <p className="mb-4">
        <Link href="/meine-angebote" className={linkClass}>
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {t("title")}: {offer.name}
      </h1>
      <p className="mt-2 max-w-2xl">{t("intro")}</p>
      {offer.pending && <p className={noticeClass}>{t("pending")}</p>}
      {!offer.pending && offer.rejectedComment && <p className={noticeClass}>{t("rejected", { comment: offer.rejectedComment })}</p>}
      <NextIntlClientProvider messages={{ Review: messages.Review }}>
        <EditOfferForm offerId={offer.id} values={offer.values} action={saveDraftAction} />
      </NextIntlClientProvider>
    </>
  );
}
