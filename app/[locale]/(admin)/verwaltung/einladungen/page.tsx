import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountNav } from "@/app/_components/account/account-nav";
import { alertClass, noticeClass } from "@/app/_components/account/form-styles";
import { InvitationList } from "@/app/_components/admin/invitation-list";
import { InviteForm } from "@/app/_components/admin/invite-form";
import { requireUser } from "@/server/auth";
import { can } from "@/server/authz";
import { getInviteOptions } from "@/server/users/account";
import { listOpenInvitations } from "@/server/users/invitations";
import { INVITATION_DAYS } from "@/server/users/limits";
import { inviteUserAction, revokeInvitationAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Admin.invitations" });
  return { title: t("title"), robots: { index: false } };
}

/** Admins and reviewers invite providers (into an organisation), network partners and staff. */
export default async function InvitationsPage({ params, searchParams }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/verwaltung/einladungen");
  if (!can(user, "org:invite")) notFound(); // outside one's role, the page does not exist
  const [options, invitations, t, messages, query] = await Promise.all([
    getInviteOptions(user),
    listOpenInvitations(user),
    getTranslations("Admin.invitations"),
    getMessages(),
    searchParams,
  ]);
  return (
    <>
      <AccountNav user={user} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {query.zurueckgezogen === "1" && (
        <p role="status" className={noticeClass}>
          {t("revoked")}
        </p>
      )}
      {query["nicht-gefunden"] === "1" && (
        <p role="alert" className={alertClass}>
          {t("revokeNotFound")}
        </p>
      )}
      <p className="mt-2">{t("intro", { days: INVITATION_DAYS })}</p>
      <NextIntlClientProvider messages={{ Admin: messages.Admin, Auth: { roles: (messages.Auth as { roles: unknown }).roles } }}>
        <InviteForm roles={options.roles} organizations={options.organizations} action={inviteUserAction} />
      </NextIntlClientProvider>
      <InvitationList invitations={invitations} revokeAction={revokeInvitationAction} />
    </>
  );
}
