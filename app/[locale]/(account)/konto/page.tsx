import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { requireUser } from "@/server/auth";
import { getAccount } from "@/server/users/account";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Auth.account" });
  return { title: t("title"), robots: { index: false } };
}

/** Who am I: name, address, role and organisations. */
export default async function AccountPage({ params }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/konto");
  const account = await getAccount(user);
  const t = await getTranslations("Auth");
  return (
    <>
      <AccountNav user={user} />
      <h1 className="text-2xl font-bold">{t("account.title")}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        {account.name && (
          <>
            <dt className="font-semibold">{t("account.name")}</dt>
            <dd>{account.name}</dd>
          </>
        )}
        <dt className="font-semibold">{t("account.email")}</dt>
        <dd>{account.email}</dd>
        <dt className="font-semibold">{t("account.role")}</dt>
        <dd>{t(`roles.${account.role}`)}</dd>
      </dl>
      <h2 className="mt-6 text-lg font-semibold">{t("account.organizations")}</h2>
      {account.organizations.length ? (
        <ul className="mt-2 list-disc ps-6">
          {account.organizations.map((o) => (
            <li key={o.id}>{o.name}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">{t("account.noOrganizations")}</p>
      )}
      <p className="mt-6 text-sm text-gray-700">{t("account.sessionNote")}</p>
    </>
  );
}
