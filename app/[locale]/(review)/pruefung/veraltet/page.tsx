import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { StaleOffersTable } from "@/app/_components/history/stale-offers-table";
import { requireUser } from "@/server/auth";
import { can } from "@/server/authz";
import { env } from "@/server/env";
import { listStaleOffers } from "@/server/offers/staleness";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "History.stale" });
  return { title: t("title"), robots: { index: false } };
}

/** The reviewers' list of offers not confirmed for STALE_AFTER_MONTHS, longest unconfirmed first. */
export default async function StaleOffersPage({ params }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/pruefung/veraltet");
  // Part of the review area: providers have their own reminder on the dashboard.
  if (!can(user, "offer:review")) notFound();
  const offers = await listStaleOffers(user);
  const t = await getTranslations("History.stale");
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/pruefung">{t("back")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl">{t("intro", { months: env.STALE_AFTER_MONTHS })}</p>
      <p className="mt-2 font-semibold">{t("count", { count: offers.length })}</p>
      {offers.length === 0 ? <p className="mt-4">{t("none")}</p> : <StaleOffersTable offers={offers} />}
    </>
  );
}
