import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ReportsPage } from "@/app/_components/reports/reports-page";
import { requireUser } from "@/server/auth";
import { can } from "@/server/authz";
import { resolveReportAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Reports.inbox" });
  return { title: t("title"), robots: { index: false } };
}

/** Residents' reports about every offer, for the city's reviewers and admins. */
export default async function ReviewReportsPage({ params, searchParams }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/pruefung/meldungen");
  if (!can(user, "offer:review")) notFound(); // providers have their own inbox under /meine-angebote
  return <ReportsPage user={user} intro="introReviewer" query={await searchParams} resolveAction={resolveReportAction} />;
}
