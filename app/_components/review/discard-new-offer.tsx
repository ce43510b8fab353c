import { getTranslations } from "next-intl/server";
import { alertClass, noticeClass } from "@/app/_components/account/form-styles";
import { secondaryButtonClass } from "../history/confirm-offer-form";

export type DiscardReturn = "/meine-angebote" | "/pruefung/angebote";

/**
 * "Verwerfen" for an offer never published. The required tick box stands in for a confirmation
 * dialog, so deleting takes a deliberate second step without JavaScript too.
 */
export async function DiscardNewOfferForm(props: { offerId: string; name: string; back: DiscardReturn; action: (formData: FormData) => Promise<void> }) {
  const t = await getTranslations("Review.discard");
  return (
    <form action={props.action} className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <input type="hidden" name="offerId" value={props.offerId} />
      <input type="hidden" name="back" value={props.back} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="confirm" value="1" required className="size-4" />
        {t("confirm", { name: props.name })}
      </label>
      <button type="submit" className={secondaryButtonClass}>
        {t("button")}
      </button>
    </form>
  );
}

/** The answer to "Verwerfen" (?verworfen=ok|fehlt|unbestaetigt on the list it was sent from). */
export async function DiscardOutcome({ outcome }: { outcome: unknown }) {
  const t = await getTranslations("Review.discard");
  if (outcome === "ok") return <p role="status" className={noticeClass}>{t("done")}</p>;
  if (outcome === "fehlt" || outcome === "unbestaetigt") return <p role="alert" className={alertClass}>{t(outcome === "fehlt" ? "notFound" : "unconfirmed")}</p>;
  return null;
}
