import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportsPage } from "@/app/_components/reports/reports-page";
import { requireUser } from "@/server/auth";
import { resolveReportAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Reports.inbox" });
  return { title: t("title"), robots: { index: false } };
}

/** Residents' reports about the offers of the provider's organisations. */
export default async function ProviderReportsPage({ params, searchParams }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/meine-angebote/meldungen");
  return <ReportsPage user={user} intro="introProvider" query={await searchParams} resolveAction={resolveReportAction} />;
}
