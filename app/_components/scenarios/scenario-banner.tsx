import { getTranslations } from "next-intl/server";

/** "Szenario: NAME — nicht öffentlich" above figures that are a scenario's, not today's (matrix, ranking, map). */
export async function ScenarioBanner({ name, text }: { name: string; text: string }) {
  const t = await getTranslations("Scenarios");
  return (
    <div role="note" className="mt-4 max-w-3xl rounded border-s-4 border-amber-700 bg-amber-50 p-3">
      <p className="font-semibold">{t("banner", { name })}</p>
      <p className="mt-1 text-sm">{text}</p>
    </div>
  );
}
