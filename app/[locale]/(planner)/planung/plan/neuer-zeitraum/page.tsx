import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { FieldsForm } from "@/app/_components/funding/fields-form";
import { requireUser } from "@/server/auth";
import { nextPeriodDefaults } from "@/server/plan/period-carry-over";
import { createPeriodAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "PlanPeriods.new" });
  return { title: t("title"), robots: { index: false } };
}

const RULES = ["open", "indicators", "offers", "funding", "dates"] as const;

/** The Fortschreibung: planners with plan:edit create the next period, prefilled after the latest. */
export default async function NewPeriodPage({ params }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/planung/plan/neuer-zeitraum");
  // nextPeriodDefaults checks plan:edit: anyone else gets the 404 page.
  const defaults = await nextPeriodDefaults(user);
  const [t, tPlan] = await Promise.all([getTranslations("PlanPeriods.new"), getTranslations("Plan.planner")]);
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/planung/plan">{tPlan("title")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{defaults.previous ? t("intro", { previous: defaults.previous }) : t("introFirst")}</p>
      <FieldsForm
        idPrefix="period"
        className="mt-4 max-w-xl space-y-3"
        fields={[
          { name: "name", label: t("name"), defaultValue: defaults.name },
          { name: "startsOn", label: t("startsOn"), kind: "date", hint: t("dateHint"), defaultValue: defaults.startsOn },
          { name: "endsOn", label: t("endsOn"), kind: "date", hint: t("dateHint"), defaultValue: defaults.endsOn },
          { name: "adoptedOn", label: t("adoptedOn"), kind: "date", hint: t("dateHint"), defaultValue: "" },
          {
            name: "lszStage",
            label: t("lszStage"),
            kind: "select",
            defaultValue: defaults.lszStage,
            options: [{ value: "", label: t("stageNone") }, ...[1, 2, 3].map((n) => ({ value: String(n), label: t("stageOption", { stage: n }) }))],
          },
        ]}
        submitLabel={t("submit")}
        action={createPeriodAction}
      />
      <h2 className="mt-8 text-xl font-semibold">{t("rulesHeading")}</h2>
      <ul className="mt-2 max-w-3xl list-disc space-y-1 ps-6">
        {RULES.map((k) => (
          <li key={k}>{t(`rules.${k}`)}</li>
        ))}
      </ul>
    </>
  );
}
