import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { alertClass, noticeClass } from "@/app/_components/account/form-styles";
import { outcomeFrom } from "@/app/_components/admin/account-outcome";
import { AccountTable } from "@/app/_components/admin/account-table";
import { requireUser } from "@/server/auth";
import { listAccounts, listOrganizationChoices } from "@/server/users/admin-queries";
import { addMembershipAction, createPasswordLinkAction, disableAccountAction, enableAccountAction, removeMembershipAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Accounts" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * Admins: every account, disable / enable it, its organisations, and a one-time link to set a new
 * password. Outside "user:admin" a 404.
 */
export default async function AccountsPage({ params, searchParams }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/verwaltung/konten");
  const [accounts, organizations] = await Promise.all([listAccounts(user), listOrganizationChoices(user)]);
  const [t, query, messages] = await Promise.all([getTranslations("Accounts"), searchParams, getMessages()]);
  const { result, error } = outcomeFrom(query);
  return (
    <>
      <AccountNav user={user} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {result && (
        <p role="status" className={noticeClass}>
          {t(`results.${result}`)}
        </p>
      )}
      {error && (
        <p role="alert" className={alertClass}>
          {t(`errors.${error}`)}
        </p>
      )}
      <p className="mt-2 max-w-2xl">{t("intro")}</p>
      <NextIntlClientProvider messages={{ Accounts: messages.Accounts }}>
        <AccountTable
          accounts={accounts}
          organizations={organizations}
          currentUserId={user.id}
          actions={{
            disable: disableAccountAction,
            enable: enableAccountAction,
            removeMembership: removeMembershipAction,
            addMembership: addMembershipAction,
            passwordLink: createPasswordLinkAction,
          }}
        />
      </NextIntlClientProvider>
    </>
  );
}
