import "server-only";
import { getTranslations } from "next-intl/server";
import type { FieldSpec } from "@/app/_components/funding/fields-form";
import type { MeasureStatus } from "@/server/generated/prisma/enums";
import { MEASURE_STATUSES } from "@/server/plan/editing-schema";

type Choices = {
  handlungsfelder: { id: string; code: string; name: string }[];
  subGoals: { id: string; title: string; goalTitle: string }[];
};
type Values = {
  title: string;
  code: string | null;
  handlungsfeldId: string;
  subGoalId: string | null;
  timeframe: string | null;
  status: MeasureStatus;
  responsibleBody: string | null;
  evidence: string | null;
  sources: string[];
};

/** The measure form's fields (new or existing measure), labelled in the reader's language. */
export async function measureFields({ handlungsfelder, subGoals }: Choices, m: Values | null): Promise<FieldSpec[]> {
  const [t, tPlan] = await Promise.all([getTranslations("PlanEditing"), getTranslations("Plan")]);
  return [
    { name: "title", label: t("fields.title"), defaultValue: m?.title ?? "" },
    { name: "code", label: t("fields.code"), hint: t("hints.code"), defaultValue: m?.code ?? "" },
    {
      name: "handlungsfeldId",
      label: t("fields.handlungsfeld"),
      kind: "select",
      defaultValue: m?.handlungsfeldId ?? "",
      options: [{ value: "", label: t("chooseField") }, ...handlungsfelder.map((h) => ({ value: h.id, label: `${h.code}. ${h.name}` }))],
    },
    {
      name: "subGoalId",
      label: t("fields.subGoal"),
      hint: t("hints.subGoal"),
      kind: "select",
      defaultValue: m?.subGoalId ?? "",
      options: [{ value: "", label: t("noSubGoal") }, ...subGoals.map((s) => ({ value: s.id, label: `${s.goalTitle} › ${s.title}` }))],
    },
    { name: "timeframe", label: t("fields.timeframe"), hint: t("hints.timeframe"), defaultValue: m?.timeframe ?? "" },
    { name: "status", label: t("fields.status"), kind: "select", defaultValue: m?.status ?? "PLANNED", options: MEASURE_STATUSES.map((s) => ({ value: s, label: tPlan(`status.${s}`) })) },
    { name: "responsibleBody", label: t("fields.responsibleBody"), defaultValue: m?.responsibleBody ?? "" },
    { name: "evidence", label: t("fields.evidence"), hint: t("hints.evidence"), kind: "textarea", defaultValue: m?.evidence ?? "" },
    { name: "sources", label: t("fields.sources"), hint: t("hints.sources"), kind: "textarea", defaultValue: m?.sources.join("\n") ?? "" },
  ];
}
