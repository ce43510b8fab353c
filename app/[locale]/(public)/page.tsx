import { getTranslations, setRequestLocale } from "next-intl/server";
import { SearchForm } from "@/app/_components/search-form";
import { SearchResults } from "@/app/_components/search-results";
import { parseSearchParams, searchOffers } from "@/search/query";

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Search");
  const query = parseSearchParams(await searchParams);
  const result = await searchOffers(query);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <SearchForm q={query.q} />
      <SearchResults result={result} q={query.q} />
    </>
  );
}
