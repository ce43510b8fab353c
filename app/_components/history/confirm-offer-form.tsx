import { getTranslations } from "next-intl/server";

export const secondaryButtonClass = "rounded border-2 border-brand bg-white px-3 py-1 font-semibold text-brand hover:bg-blue-50";

/** "Angaben sind noch aktuell": one click, a plain POST, so it works without JavaScript. */
export async function ConfirmOfferForm({ offerId, name, action }: { offerId: string; name: string; action: (formData: FormData) => Promise<void> }) {
  const t = await getTranslations("History.confirm");
  return (
    <form action={action}>
      <input type="hidden" name="offerId" value={offerId} />
      <button type="submit" aria-label={t("buttonLabel", { name })} className={secondaryButtonClass}>
        {t("button")}
      </button>
    </form>
  );
}
