import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { noticeClass } from "@/app/_components/account/form-styles";
import { OrganizationForm } from "@/app/_components/organizations/organization-form";
import { OrganizationHistory } from "@/app/_components/organizations/organization-history";
import { requireUser } from "@/server/auth";
import { getOrganizationForEdit } from "@/server/organizations/queries";
import { saveOrganizationAction } from "./actions";

type Props = { params: Promise<{ locale: string; orgId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Organizations.edit" });
  return { title: t("title"), robots: { index: false } };
}

/** The organisation's details in one form; saving submits them for review (reviewers may publish at once). */
export default async function EditOrganizationPage({ params, searchParams }: Props) {
  const { locale, orgId } = await params;
  enterPageLocale(locale);
  const user = await requireUser(`/meine-angebote/organisation/${encodeURIComponent(orgId)}`);
  const org = await getOrganizationForEdit(user, orgId);
  const [t, messages, query] = await Promise.all([getTranslations("Organizations.edit"), getMessages(), searchParams]);
  const outcome = query.eingereicht === "1" ? "submitted" : query.gespeichert === "1" ? "published" : null;
  const offerForm = messages.OfferForm as { optional: string; errors: unknown };
  return (
    <>
      <AccountNav user={user} />
      <BackLink href={org.mayPublish ? "/pruefung" : "/meine-angebote"}>{org.mayPublish ? t("backReviewer") : t("back")}</BackLink>
      <h1 className="text-2xl font-bold">
        {t("title")}: {org.name}
      </h1>
      {outcome && (
        <p role="status" className={noticeClass}>
          {t(outcome)}
        </p>
      )}
      <p className="mt-2 max-w-2xl">{org.mayPublish ? t("introReviewer") : t("intro")}</p>
      {org.pending && !outcome && <p className={noticeClass}>{t("pending")}</p>}
      {org.rejectedComment && <p className={`${noticeClass} whitespace-pre-line`}>{t("rejected", { comment: org.rejectedComment })}</p>}
      <NextIntlClientProvider messages={{ Organizations: messages.Organizations, OfferForm: { optional: offerForm.optional, errors: offerForm.errors } }}>
        <OrganizationForm organizationId={org.id} defaults={org.defaults} mayPublish={org.mayPublish} action={saveOrganizationAction} />
      </NextIntlClientProvider>
      <OrganizationHistory entries={org.history} />
    </>
  );
}
