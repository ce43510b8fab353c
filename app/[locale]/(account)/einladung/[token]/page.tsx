import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/app/_components/account/set-password-form";
import { getInvitation } from "@/server/users/accept-invitation";
import { acceptInvitationAction } from "./actions";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Auth.invitation" });
  // The token is in the URL: keep it out of search engines (Referrer-Policy keeps it on this site).
  return { title: t("title"), robots: { index: false } };
}

/** Where an invitation link leads: the invited person sets a password (one-time link, 7 days). */
export default async function InvitationPage({ params }: Props) {
  const { locale, token } = await params;
  enterPageLocale(locale);
  const t = await getTranslations("Auth");
  const invitation = await getInvitation(token);
  if (!invitation) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("invitation.invalidTitle")}</h1>
        <p className="mt-4">{t("invitation.invalid")}</p>
      </>
    );
  }
  const role = t(`roles.${invitation.role}`);
  const messages = await getMessages();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("invitation.title")}</h1>
      <p className="mt-4">
        {invitation.organizationName
          ? t("invitation.introOrganization", { email: invitation.email, role, organization: invitation.organizationName })
          : t("invitation.intro", { email: invitation.email, role })}
      </p>
      <p className="mt-2">{invitation.needsPassword ? t("invitation.setPassword") : t("invitation.existingAccount")}</p>
      <NextIntlClientProvider messages={{ Auth: messages.Auth }}>
        <SetPasswordForm token={token} needsPassword={invitation.needsPassword} action={acceptInvitationAction} />
      </NextIntlClientProvider>
    </>
  );
}
