import { getTranslations } from "next-intl/server";

/** A plain GET form: works without JavaScript, and the URL holds the whole search. */
export async function SearchForm({ q }: { q: string }) {
  const t = await getTranslations("Search");
  return (
    <form method="get" role="search" className="mb-6 flex flex-wrap gap-2">
      <label htmlFor="q" className="w-full font-semibold">
        {t("label")}
      </label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={q}
        placeholder={t("placeholder")}
        className="min-w-0 flex-1 rounded border border-gray-600 px-3 py-2"
      />
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        {t("submit")}
      </button>
    </form>
  );
}
