import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { alertClass, noticeClass } from "@/app/_components/account/form-styles";
import { FieldsForm } from "@/app/_components/funding/fields-form";
import { FundingSummary } from "@/app/_components/funding/funding-summary";
import { MeasureAmounts } from "@/app/_components/funding/measure-amounts";
import { linkClass } from "@/app/_components/offer-section";
import { PeriodForm } from "@/app/_components/plan/period-form";
import { ChangeTable } from "@/app/_components/plan-editing/change-table";
import { requireUser } from "@/server/auth";
import { can } from "@/server/authz";
import { editEuro, formatEuro } from "@/server/funding/money";
import { getFundingView } from "@/server/funding/summary";
import { savePeriodFundingAction, saveMeasureFundingAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Funding" });
  return { title: t("title"), robots: { index: false } };
}

/** The plan's funding against the LSZ cap; editors with plan:edit change settings and amounts here. */
export default async function FundingPage({ params, searchParams }: Props) {
  const locale = enterPageLocale((await params).locale);
  const user = await requireUser("/planung/plan/finanzen");
  const query = await searchParams;
  // getFundingView checks planning:read: anyone else gets the 404 page.
  const view = await getFundingView(user, typeof query.zeitraum === "string" ? query.zeitraum : undefined, locale);
  if (!view) notFound();
  const [t, tPlan] = await Promise.all([getTranslations("Funding"), getTranslations("Plan.planner")]);
  const canEdit = can(user, "plan:edit");
  const s = view.settings;
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/planung/plan">{tPlan("title")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      {query.gespeichert && (
        <p role="status" className={noticeClass}>
          {t("saved")}
        </p>
      )}
      {query["nicht-gefunden"] && (
        <p role="alert" className={alertClass}>
          {t("notFound")}
        </p>
      )}
      {!view.period || !s ? (
        <p className="mt-4">{t("noPeriod")}</p>
      ) : (
        <>
          <h2 id="funding-filters" className="mt-6 text-xl font-semibold">
            {t("filtersHeading")}
          </h2>
          <PeriodForm periods={view.periods} period={view.period} labelledBy="funding-filters" />
          <h2 className="mt-6 text-xl font-semibold">{t("settingsHeading")}</h2>
          <p className="mt-2">
            {t("settingsText", {
              stage: s.lszStage === null ? t("stageNone") : t("stageOption", { stage: s.lszStage }),
              cap: s.capCents === null ? t("noCap") : formatEuro(s.capCents),
              land: s.landSharePercent,
              kommune: 100 - s.landSharePercent,
            })}
          </p>
          {canEdit && (
            <FieldsForm
              idPrefix="period"
              className="mt-3 max-w-xl space-y-3"
              hidden={{ periodId: view.period.id }}
              fields={[
                {
                  name: "lszStage",
                  label: t("stage"),
                  kind: "select",
                  defaultValue: s.lszStage === null ? "" : String(s.lszStage),
                  options: [{ value: "", label: t("stageNone") }, ...[1, 2, 3].map((n) => ({ value: String(n), label: t("stageOption", { stage: n }) }))],
                },
                { name: "cap", label: t("cap"), hint: t("capHint"), kind: "amount", defaultValue: editEuro(s.capCents) },
                { name: "landSharePercent", label: t("landShare"), hint: t("landShareHint"), defaultValue: String(s.landSharePercent) },
              ]}
              submitLabel={t("saveSettings")}
              action={savePeriodFundingAction}
            />
          )}
          <h2 className="mt-8 text-xl font-semibold">{t("summaryHeading")}</h2>
          <FundingSummary view={view} />
          {/* A plain link: the CSV is a route handler outside the locale segment (a dot in a path skips next-intl). */}
          <p className="mt-4">
            <a href={`/planung/plan/finanzen.csv?zeitraum=${view.period.id}`} className={linkClass} download>
              {t("csv")}
            </a>
          </p>
          <h2 className="mt-8 text-xl font-semibold">{t("measuresHeading")}</h2>
          {canEdit && <p className="mt-1 text-sm">{t("measuresHint")}</p>}
          <MeasureAmounts view={view} action={canEdit ? saveMeasureFundingAction : undefined} />
          <h2 className="mt-8 text-xl font-semibold">{t("historyHeading")}</h2>
          <ChangeTable rows={view.history} caption={t("historyCaption")} />
        </>
      )}
    </>
  );
}
