import { getTranslations } from "next-intl/server";
import type { PlanItemKind } from "@/server/plan/editing-order";

type FormAction = (formData: FormData) => Promise<void>;
export type ItemActions = { move: FormAction; retire: FormAction; restore: FormAction };

type Props = {
  kind: PlanItemKind;
  id: string;
  periodId: string;
  /** How the item reads, for the buttons' names ("Nach oben: Familienlotsen"). */
  label: string;
  retired: boolean;
  first: boolean;
  last: boolean;
  actions: ItemActions;
};

const buttonClass = "rounded border border-gray-600 px-2 py-0.5 text-sm hover:bg-gray-100";

/** Up, down, retire or restore one item: a form each, so they work without JavaScript. */
export async function ItemButtons({ kind, id, periodId, label, retired, first, last, actions }: Props) {
  const t = await getTranslations("PlanEditing.buttons");
  const hidden = (
    <>
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
    </>
  );
  if (retired)
    return (
      <form action={actions.restore} className="inline">
        {hidden}
        <button type="submit" className={buttonClass} aria-label={t("restoreLabel", { label })}>
          {t("restore")}
        </button>
      </form>
    );
  return (
    <span className="inline-flex flex-wrap gap-2">
      {(["up", "down"] as const)
        .filter((d) => (d === "up" ? !first : !last))
        .map((direction) => (
          <form key={direction} action={actions.move}>
            {hidden}
            <input type="hidden" name="direction" value={direction} />
            <button type="submit" className={buttonClass} aria-label={t(`${direction}Label`, { label })}>
              {t(direction)}
            </button>
          </form>
        ))}
      <form action={actions.retire}>
        {hidden}
        <button type="submit" className={buttonClass} aria-label={t("retireLabel", { label })}>
          {t("retire")}
        </button>
      </form>
    </span>
  );
}
