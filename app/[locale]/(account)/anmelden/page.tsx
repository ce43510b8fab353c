import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { noticeClass } from "@/app/_components/account/form-styles";
import { SignInForm } from "@/app/_components/account/sign-in-form";
import { parseSignInError } from "@/app/_components/account/sign-in-params";
import { getPathname, redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/server/auth";
import { landingPath } from "@/server/auth/landing";
import { safeCallbackPath } from "@/server/auth/callback-url";
import { getCsrfToken } from "@/server/auth/csrf-token";
import { env } from "@/server/env";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Auth.signIn" });
  return { title: t("title"), robots: { index: false } };
}

/** next-auth's sign-in page (pages.signIn): errors and notices arrive in the query string. */
export default async function SignInPage({ params, searchParams }: Props) {
  const locale = enterPageLocale((await params).locale);
  // Signed in (also right after signing in without a callbackUrl): on to the page of one's role.
  const user = await getCurrentUser();
  if (user) redirect({ href: landingPath(user), locale });
  const query = await searchParams;
  const t = await getTranslations("Auth.signIn");
  const csrfToken = await getCsrfToken();
  const callbackUrl = safeCallbackPath(query.callbackUrl, env.NEXTAUTH_URL ?? "http://localhost", getPathname({ href: "/anmelden", locale }));
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      {query.abgemeldet && <p className={noticeClass}>{t("signedOut")}</p>}
      {query.eingerichtet && <p className={noticeClass}>{t("passwordSet")}</p>}
      {query.passwort === "neu" && <p className={noticeClass}>{t("passwordReset")}</p>}
      {!csrfToken && <p className={noticeClass}>{t("noCookie")}</p>}
      <SignInForm csrfToken={csrfToken} callbackUrl={callbackUrl} error={parseSignInError(query.error)} />
      <p className="mt-6 text-sm text-gray-700">{t("noAccount")}</p>
    </>
  );
}
