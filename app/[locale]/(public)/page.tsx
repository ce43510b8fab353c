import { enterPageLocale } from "@/i18n/page-locale";
import { getTranslations } from "next-intl/server";
import { ClientMessages, MERKLISTE_BUTTON } from "@/app/_components/client-messages";
import { ActiveFilters } from "@/app/_components/search/active-filters";
import { SearchBar } from "@/app/_components/search/search-bar";
import { SearchFacets } from "@/app/_components/search/search-facets";
import { SearchResults } from "@/app/_components/search/search-results";
import { parseSearchParams, type RawSearchParams } from "@/search/params";
import { searchOffers } from "@/search/query";
import { getTermLabels } from "@/server/taxonomies/labels";

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { locale } = await params;
  enterPageLocale(locale);
  const t = await getTranslations("Search");
  const query = parseSearchParams(await searchParams);
  const [result, labels] = await Promise.all([searchOffers(query, locale), getTermLabels(locale)]);
  return (
    // One GET form: the search text, the place and every filter travel in the URL, without JavaScript.
    <form method="get" id="suche">
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <SearchBar query={query} result={result} />
      <div className="mt-6 grid gap-8 md:grid-cols-[17rem_1fr]">
        <div className="md:order-2">
          <ActiveFilters query={query} labels={labels} />
          <ClientMessages paths={MERKLISTE_BUTTON}>
            <SearchResults query={query} result={result} />
          </ClientMessages>
        </div>
        <SearchFacets query={query} result={result} labels={labels} locale={locale} />
      </div>
    </form>
  );
}
