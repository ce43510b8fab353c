import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { alertClass, noticeClass } from "@/app/_components/account/form-styles";
import { linkClass } from "@/app/_components/offer-section";
import { GapSaveForm } from "@/app/_components/planning/gap-save-form";
import { GapSettings } from "@/app/_components/planning/gap-settings";
import { GapTable, UnattributedDemand } from "@/app/_components/planning/gap-table";
import { GapWeightsForm } from "@/app/_components/planning/gap-weights-form";
import { requireUser } from "@/server/auth";
import { can } from "@/server/authz";
import { gapQuery, gapViewFields } from "@/server/gaps/params";
import { getGapRankingWithScenario } from "@/server/gaps/scenario";
import { listGapWeightings, SETTING_NAME_MAX } from "@/server/gaps/settings";
import { weightFields } from "@/server/gaps/weights";
import { listScenarios } from "@/server/scenarios/queries";
import { ScenarioBanner } from "@/app/_components/scenarios/scenario-banner";
import { ScenarioPicker } from "@/app/_components/scenarios/scenario-picker";
import { deleteGapWeightingAction, saveGapWeightingAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Gaps" });
  return { title: t("title"), robots: { index: false } };
}

const RULES = ["abdeckung", "wartezeit", "nachfrage", "indikator", "missing"] as const;

/** The gap ranking: cells of the coverage matrix by a weighted, transparent score (getGapRanking checks planning:read). */
export default async function GapsPage({ params, searchParams }: Props) {
  const locale = enterPageLocale((await params).locale);
  const user = await requireUser("/planung/luecken");
  const query = await searchParams;
  // ?szenario=ID: the scenario's ranking with today's ranks beside it (a malformed or unknown id: 404).
  const { ranking, scenario } = await getGapRankingWithScenario(user, query, locale);
  const [settings, scenarios, t, tHome, messages] = await Promise.all([
    listGapWeightings(user),
    listScenarios(user),
    getTranslations("Gaps"),
    getTranslations("Planning.home"),
    getMessages(),
  ]);
  const canEdit = can(user, "planning:edit");
  const notice = query.gespeichert ? t("settings.saved") : query.geloescht ? t("settings.deleted") : ranking.setting && !ranking.setting.invalid ? t("settingLoaded", { name: ranking.setting.name }) : null;
  const problem =
    query["nicht-gefunden"] || (ranking.params.einstellung && !ranking.setting) ? t("settings.notFound")
    : ranking.setting?.invalid ? t("settingInvalid", { name: ranking.setting.name })
    : ranking.weightsReset ? t("weightsReset")
    : null;
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/planung">{tHome("title")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      {notice && (
        <p role="status" className={noticeClass}>
          {notice}
        </p>
      )}
      {problem && (
        <p role="alert" className={alertClass}>
          {problem}
        </p>
      )}
      <h2 id="gap-form-heading" className="mt-6 text-xl font-semibold">
        {t("formHeading")}
      </h2>
      <GapWeightsForm ranking={ranking} />
      <ScenarioPicker keep={gapQuery(ranking.params, ranking.weights)} selected={scenario?.id} scenarios={scenarios} />
      {scenario && <ScenarioBanner name={scenario.name} text={t("scenario.note")} />}
      <h2 className="mt-8 text-xl font-semibold">{t("settings.heading")}</h2>
      <GapSettings settings={settings} params={ranking.params} deleteAction={canEdit ? deleteGapWeightingAction : undefined} />
      {canEdit && (
        <NextIntlClientProvider messages={{ Gaps: messages.Gaps }}>
          <GapSaveForm fields={[...weightFields(ranking.weights), ...gapViewFields(ranking.params)]} nameMax={SETTING_NAME_MAX} action={saveGapWeightingAction} />
        </NextIntlClientProvider>
      )}
      {/* A plain link: the CSV is a route handler outside the locale segment (a dot in a path skips next-intl). */}
      <p className="mt-8">
        <a href={`/planung/luecken.csv${gapQuery(ranking.params, ranking.weights)}`} className={linkClass} download>
          {t("csv")}
        </a>
      </p>
      {ranking.cells.length === 0 ? <p className="mt-4">{t("noCells")}</p> : <GapTable ranking={ranking} scenario={scenario} />}
      <p className="mt-2 text-sm">{t("zeroWeightNote")}</p>
      <UnattributedDemand ranking={ranking} />
      <h2 className="mt-8 text-xl font-semibold">{t("formulaHeading")}</h2>
      <p className="mt-2 max-w-3xl">{t("formula")}</p>
      <ul className="mt-2 max-w-3xl list-disc space-y-1 ps-6">
        {RULES.map((r) => (
          <li key={r}>{t(`rules.${r}`, { year: ranking.year ?? "–", days: ranking.params.tage })}</li>
        ))}
      </ul>
    </>
  );
}
