import { getTranslations } from "next-intl/server";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import type { EditField, EditMeasure } from "@/server/plan/editing-read";
import { ItemButtons, type ItemActions } from "./item-buttons";

type Props = { fields: EditField[]; periodId: string; actions: ItemActions };

const retiredMark = "ms-2 rounded bg-gray-200 px-1 text-xs";
const measureLabel = (m: EditMeasure) => (m.code ? `${m.code} ${m.title}` : m.title);

/** The period's plan as an editable tree: Handlungsfeld > Ziel > Unterziel > Maßnahme, each with its links and buttons. */
export async function EditTree({ fields, periodId, actions }: Props) {
  const t = await getTranslations("PlanEditing");
  const Measures = ({ measures, current = measures.filter((m) => !m.retired) }: { measures: EditMeasure[]; current?: EditMeasure[] }) =>
    measures.length === 0 ? (
      <p className="ms-4 text-sm">{t("tree.noMeasures")}</p>
    ) : (
      <ul className="ms-4 space-y-2">
        {measures.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-3">
            <span>
              {measureLabel(m)}
              {m.retired && <span className={retiredMark}>{t("retiredMark")}</span>}
            </span>
            <Link href={`/planung/plan/bearbeiten/massnahmen/${m.id}`} className={linkClass} aria-label={t("tree.editMeasure", { title: measureLabel(m) })}>
              {t("tree.edit")}
            </Link>
            <ItemButtons kind="measure" id={m.id} periodId={periodId} label={measureLabel(m)} retired={m.retired} first={current[0]?.id === m.id} last={current.at(-1)?.id === m.id} actions={actions} />
          </li>
        ))}
      </ul>
    );
  return fields.map(({ handlungsfeld, goals, looseMeasures }) => (
    <section key={handlungsfeld.id} aria-labelledby={`edit-hf-${handlungsfeld.code}`} className="mt-8">
      <h2 id={`edit-hf-${handlungsfeld.code}`} className="text-xl font-semibold">
        {handlungsfeld.code}. {handlungsfeld.name}
      </h2>
      {goals.length === 0 && looseMeasures.length === 0 && <p className="mt-2">{t("tree.empty")}</p>}
      {goals.map((g) => {
        const current = goals.filter((x) => !x.retired);
        return (
          <div key={g.id} className="mt-4 border-s-4 border-gray-300 ps-3">
            <div className="flex flex-wrap items-center gap-3">
              <h3 className="font-semibold">
                {t("tree.goal", { title: g.title })}
                {g.retired && <span className={retiredMark}>{t("retiredMark")}</span>}
              </h3>
              <Link href={`/planung/plan/bearbeiten/ziele/${g.id}`} className={linkClass} aria-label={t("tree.editGoal", { title: g.title })}>
                {t("tree.editGoalShort")}
              </Link>
              <ItemButtons kind="goal" id={g.id} periodId={periodId} label={g.title} retired={!!g.retired} first={current[0]?.id === g.id} last={current.at(-1)?.id === g.id} actions={actions} />
            </div>
            {g.subGoals.length === 0 && <p className="text-sm">{t("tree.noSubGoals")}</p>}
            {g.subGoals.map((s) => (
              <div key={s.id} className="mt-2">
                <p className="ms-2">
                  {t("tree.subGoal", { title: s.title })}
                  {s.retired && <span className={retiredMark}>{t("retiredMark")}</span>}
                </p>
                <Measures measures={s.measures} />
              </div>
            ))}
          </div>
        );
      })}
      {looseMeasures.length > 0 && (
        <div className="mt-4 border-s-4 border-gray-300 ps-3">
          <h3 className="font-semibold">{t("tree.noGoal")}</h3>
          <Measures measures={looseMeasures} />
        </div>
      )}
    </section>
  ));
}
