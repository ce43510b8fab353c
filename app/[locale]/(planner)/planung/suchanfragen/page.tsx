import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { DemandFilterForm } from "@/app/_components/demand/demand-filter-form";
import { DemandTables } from "@/app/_components/demand/demand-tables";
import { enterPageLocale } from "@/i18n/page-locale";
import { requireUser } from "@/server/auth";
import { getDemandSignal } from "@/server/demand/queries";
import { DEMAND_TABLES, demandFilterSchema } from "@/server/demand/schema";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Demand" });
  return { title: t("title"), robots: { index: false } };
}

/** Planners and admins: what residents searched for and found nothing or little (others: 404, the domain's ForbiddenError). */
export default async function DemandPage({ params, searchParams }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/planung/suchanfragen");
  const filter = demandFilterSchema.parse(await searchParams);
  const [signal, t] = await Promise.all([getDemandSignal(user, filter), getTranslations("Demand")]);
  // A plain path: the CSV routes live outside the locale segment (server/http/planning-csv.ts).
  const csvHref = (tabelle: string) => `/planung/suchanfragen.csv?${new URLSearchParams({ tabelle, ...filter })}`;
  return (
    <>
      <AccountNav user={user} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      <p className="mt-2 max-w-3xl text-sm text-gray-700">{t("retention", { days: signal.retentionDays })}</p>
      <DemandFilterForm filter={filter} />
      <DemandTables signal={signal} />
      <h2 className="mt-8 text-xl font-semibold">{t("download")}</h2>
      <ul className="mt-2 list-disc ps-6">
        {DEMAND_TABLES.map((tabelle) => (
          <li key={tabelle}>
            <a href={csvHref(tabelle)} download className="text-blue-800 underline">
              {t(`csv.${tabelle}`)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
