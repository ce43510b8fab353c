import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/app/_components/account/set-password-form";
import { getPasswordReset } from "@/server/users/password-reset";
import { resetPasswordAction } from "./actions";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Auth.passwordReset" });
  // The token is in the URL: keep it out of search engines (Referrer-Policy keeps it on this site).
  return { title: t("title"), robots: { index: false } };
}

/** Where an admin's "new password" link leads (one-time link, 24 hours). */
export default async function PasswordResetPage({ params }: Props) {
  const { locale, token } = await params;
  enterPageLocale(locale);
  const t = await getTranslations("Auth.passwordReset");
  const reset = await getPasswordReset(token);
  if (!reset) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("invalidTitle")}</h1>
        <p className="mt-4">{t("invalid")}</p>
      </>
    );
  }
  const messages = await getMessages();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("intro", { email: reset.email })}</p>
      <NextIntlClientProvider messages={{ Auth: messages.Auth }}>
        <SetPasswordForm token={token} needsPassword namespace="Auth.passwordReset" action={resetPasswordAction} />
      </NextIntlClientProvider>
    </>
  );
}
