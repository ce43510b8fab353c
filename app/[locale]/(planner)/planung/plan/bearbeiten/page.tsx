import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { FieldsForm } from "@/app/_components/funding/fields-form";
import { linkClass } from "@/app/_components/offer-section";
import { EditNotices } from "@/app/_components/plan-editing/edit-notices";
import { EditTree } from "@/app/_components/plan-editing/edit-tree";
import { PeriodToggleForm } from "@/app/_components/plan-editing/period-toggle-form";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { listHandlungsfelder } from "@/server/plan/periods";
import { getEditTree } from "@/server/plan/editing-read";
import { saveGoalAction } from "./actions";
import { moveItemAction, restoreItemAction, retireItemAction } from "./item-actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "PlanEditing" });
  return { title: t("title"), robots: { index: false } };
}

/** The period's plan to edit: goals, sub-goals and measures with links, up/down and retire buttons, and a form for a new goal. */
export default async function PlanEditPage({ params, searchParams }: Props) {
  const locale = enterPageLocale((await params).locale);
  const user = await requireUser("/planung/plan/bearbeiten");
  const query = await searchParams;
  // getEditTree checks plan:edit: anyone else gets the 404 page.
  const tree = await getEditTree(user, query, locale);
  if (!tree) notFound();
  const [t, tPlan, handlungsfelder] = await Promise.all([getTranslations("PlanEditing"), getTranslations("Plan.planner"), listHandlungsfelder(locale)]);
  const period = tree.period;
  return (
    <>
      <AccountNav user={user} />
      <BackLink href={period ? `/planung/plan?zeitraum=${period.id}` : "/planung/plan"}>{tPlan("title")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      <EditNotices query={query} />
      {!period ? (
        <p className="mt-4">{t("noPeriod")}</p>
      ) : (
        <>
          <PeriodToggleForm periods={tree.periods} period={period} withRetired={tree.withRetired} />
          <p className="mt-4 flex flex-wrap gap-6">
            <Link href={`/planung/plan/bearbeiten/massnahmen/neu?zeitraum=${period.id}`} className={linkClass}>
              {t("addMeasureLink")}
            </Link>
            <Link href={`/planung/plan/verlauf?zeitraum=${period.id}`} className={linkClass}>
              {t("historyLink")}
            </Link>
          </p>
          <EditTree fields={tree.fields} periodId={period.id} actions={{ move: moveItemAction, retire: retireItemAction, restore: restoreItemAction }} />
          <h2 id="new-goal" className="mt-10 text-xl font-semibold">
            {t("addGoalHeading")}
          </h2>
          <FieldsForm
            idPrefix="new-goal"
            className="mt-3 max-w-xl space-y-3"
            hidden={{ periodId: period.id }}
            fields={[
              { name: "title", label: t("fields.title"), defaultValue: "" },
              { name: "handlungsfeldId", label: t("fields.handlungsfeld"), kind: "select", defaultValue: "", options: [{ value: "", label: t("chooseField") }, ...handlungsfelder.map((h) => ({ value: h.id, label: `${h.code}. ${h.name}` }))] },
            ]}
            submitLabel={t("addGoal")}
            action={saveGoalAction}
          />
        </>
      )}
    </>
  );
}
