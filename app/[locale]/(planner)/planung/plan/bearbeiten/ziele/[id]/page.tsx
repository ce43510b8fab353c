import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { FieldsForm } from "@/app/_components/funding/fields-form";
import { EditNotices } from "@/app/_components/plan-editing/edit-notices";
import { ItemButtons } from "@/app/_components/plan-editing/item-buttons";
import { requireUser } from "@/server/auth";
import { getGoalForEdit } from "@/server/plan/editing-read";
import { saveGoalAction, saveSubGoalAction } from "../../actions";
import { moveItemAction, restoreItemAction, retireItemAction } from "../../item-actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "PlanEditing.goal" });
  return { title: t("title"), robots: { index: false } };
}

/** One goal: its title and Handlungsfeld, its sub-goals (each renamed, moved, retired here) and a form for a new one. */
export default async function GoalEditPage({ params, searchParams }: Props) {
  const { locale: rawLocale, id } = await params;
  const locale = enterPageLocale(rawLocale);
  const user = await requireUser(`/planung/plan/bearbeiten/ziele/${id}`);
  // getGoalForEdit checks plan:edit: anyone else gets the 404 page.
  const data = await getGoalForEdit(user, id, locale);
  if (!data) notFound();
  const { goal, handlungsfelder, goalChoices } = data;
  const [t, tEdit] = await Promise.all([getTranslations("PlanEditing.goal"), getTranslations("PlanEditing")]);
  const periodId = goal.periodId;
  const current = goal.subGoals.filter((s) => !s.retiredAt);
  const actions = { move: moveItemAction, retire: retireItemAction, restore: restoreItemAction };
  const fieldOptions = handlungsfelder.map((h) => ({ value: h.id, label: `${h.code}. ${h.name}` }));
  const goalOptions = goalChoices.map((g) => ({ value: g.id, label: g.title }));
  return (
    <>
      <AccountNav user={user} />
      <BackLink href={`/planung/plan/bearbeiten?zeitraum=${periodId}`}>{tEdit("title")}</BackLink>
      <h1 className="text-2xl font-bold">{t("heading", { title: goal.title })}</h1>
      <p className="mt-1">{t("period", { period: goal.period.name })}</p>
      {goal.retiredAt && <p className="mt-2 font-semibold">{tEdit("retiredNote", { reason: goal.retiredReason ?? "–" })}</p>}
      <EditNotices query={await searchParams} />
      <FieldsForm
        idPrefix="goal"
        className="mt-4 max-w-xl space-y-3"
        hidden={{ periodId, id: goal.id }}
        fields={[
          { name: "title", label: tEdit("fields.title"), defaultValue: goal.title },
          { name: "handlungsfeldId", label: tEdit("fields.handlungsfeld"), hint: t("fieldHint"), kind: "select", defaultValue: goal.handlungsfeldId, options: fieldOptions },
        ]}
        submitLabel={t("save")}
        action={saveGoalAction}
      />
      <h2 className="mt-8 text-xl font-semibold">{t("subGoalsHeading")}</h2>
      {goal.subGoals.length === 0 && <p className="mt-2">{t("noSubGoals")}</p>}
      <ul className="mt-2 space-y-4">
        {goal.subGoals.map((s) => (
          <li key={s.id} className="border-b border-gray-300 pb-4">
            <section aria-labelledby={`sub-${s.id}`}>
              <h3 id={`sub-${s.id}`} className="font-semibold">
                {s.title}
                {s.retiredAt && <span className="ms-2 rounded bg-gray-200 px-1 text-xs">{tEdit("retiredMark")}</span>}
              </h3>
              <ItemButtons kind="subGoal" id={s.id} periodId={periodId} label={s.title} retired={!!s.retiredAt} first={current[0]?.id === s.id} last={current.at(-1)?.id === s.id} actions={actions} />
              <FieldsForm
                idPrefix={`sub-${s.id}`}
                className="mt-2 flex flex-wrap items-end gap-3"
                hidden={{ periodId, id: s.id }}
                fields={[
                  { name: "title", label: t("subGoalTitle", { title: s.title }), defaultValue: s.title },
                  { name: "goalId", label: t("subGoalGoal", { title: s.title }), kind: "select", defaultValue: s.goalId, options: goalOptions },
                ]}
                submitLabel={t("saveSubGoal")}
                action={saveSubGoalAction}
              />
            </section>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-xl font-semibold">{t("addSubGoalHeading")}</h2>
      <FieldsForm
        idPrefix="new-sub"
        className="mt-3 max-w-xl space-y-3"
        hidden={{ periodId, goalId: goal.id }}
        fields={[{ name: "title", label: t("newSubGoalTitle"), defaultValue: "" }]}
        submitLabel={t("addSubGoal")}
        action={saveSubGoalAction}
      />
    </>
  );
}
