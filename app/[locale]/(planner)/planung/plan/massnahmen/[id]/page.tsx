import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { noticeClass } from "@/app/_components/account/form-styles";
import { EvidenceForm } from "@/app/_components/evidence/evidence-form";
import { IndicatorAssessments } from "@/app/_components/evidence/indicator-assessments";
import { MeasureFacts } from "@/app/_components/evidence/measure-facts";
import { requireUser } from "@/server/auth";
import { can } from "@/server/authz";
import { berlinDate } from "@/server/offers/staleness";
import { MAX_EVIDENCE_BYTES } from "@/server/plan/evidence-file";
import { getMeasureDetail } from "@/server/plan/evidence-queries";
import { NOTE_MAX } from "@/server/plan/evidence-schema";
import { assessIndicatorAction } from "./actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Evidence" });
  return { title: t("title"), robots: { index: false } };
}

/** One measure of the plan: its place, offers, indicators with their assessments; plan:edit assesses here. */
export default async function MeasurePage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params;
  const locale = enterPageLocale(raw);
  const user = await requireUser(`/planung/plan/massnahmen/${encodeURIComponent(id)}`);
  // getMeasureDetail checks planning:read and the id: anyone else, or an unknown id, gets the 404 page.
  const measure = await getMeasureDetail(user, id, locale);
  const [t, tPlan] = await Promise.all([getTranslations("Evidence"), getTranslations("Plan.planner")]);
  const canAssess = can(user, "plan:edit");
  return (
    <>
      <AccountNav user={user} />
      <BackLink href={`/planung/plan?zeitraum=${measure.period.id}#massnahme-${measure.id}`}>{tPlan("title")}</BackLink>
      <h1 className="text-2xl font-bold">{measure.code ? `${measure.code} ${measure.title}` : measure.title}</h1>
      {(await searchParams).bewertet && (
        <p role="status" className={noticeClass}>
          {t("saved")}
        </p>
      )}
      <MeasureFacts measure={measure} canEdit={can(user, "offer:edit-any")} />
      <h2 className="mt-8 text-xl font-semibold">{t("indicatorsHeading")}</h2>
      {measure.indicators.length === 0 && <p className="mt-2">{t("noIndicators")}</p>}
      {/* The forms' texts travel to the browser; the rest renders here. */}
      <ClientMessages paths={["Evidence.form", "Evidence.errors.tooLarge"]}>
        {measure.indicators.map((indicator) => (
          <section key={indicator.id} id={`indikator-${indicator.id}`} aria-labelledby={`indikator-${indicator.id}-titel`} className="mt-6">
            <h3 id={`indikator-${indicator.id}-titel`} className="text-lg font-semibold">
              {indicator.statement}
            </h3>
            <IndicatorAssessments indicator={indicator} />
            {canAssess && <EvidenceForm indicator={{ id: indicator.id, statement: indicator.statement }} today={berlinDate()} maxBytes={MAX_EVIDENCE_BYTES} noteMax={NOTE_MAX} action={assessIndicatorAction} />}
          </section>
        ))}
      </ClientMessages>
    </>
  );
}
