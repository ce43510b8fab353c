import { enterPageLocale } from "@/i18n/page-locale";
import { getTranslations } from "next-intl/server";
import { ClientMessages, MERKLISTE_BUTTON, QUICK_EXIT } from "@/app/_components/client-messages";
import { QuickExit } from "@/app/_components/quick-exit";
import { ActiveFilters } from "@/app/_components/search/active-filters";
import { SearchBar } from "@/app/_components/search/search-bar";
import { SearchFacets } from "@/app/_components/search/search-facets";
import { SearchResults } from "@/app/_components/search/search-results";
import { StartSections } from "@/app/_components/start/start-sections";
import { redirect } from "@/i18n/navigation";
import { hasFilters, isBlankSearch, parseSearchParams, REMOVE_PARAM, toQuery, type RawSearchParams } from "@/search/params";
import { searchOffers } from "@/search/query";
import { timedSearch } from "@/search/slow-search";
import { getSearchVocabulary } from "@/server/taxonomies/search-vocabulary";

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const locale = enterPageLocale((await params).locale);
  const [raw, { labels, known }, t] = await Promise.all([searchParams, getSearchVocabulary(locale), getTranslations("Search")]);
  const query = parseSearchParams(raw, known);
  // A "remove this filter" button submitted the form: show the search under its own clean URL.
  if (raw[REMOVE_PARAM] !== undefined) redirect({ href: { pathname: "/", query: toQuery(query) }, locale });
  // Results only once the resident searches or picks something: 76 offers in id order helped nobody.
  const result = isBlankSearch(query) ? null : await timedSearch("resident", () => searchOffers(query, locale));
  return (
    // One GET form: the search text, the place and every filter travel in the URL, without JavaScript.
    <form method="get" id="suche">
      {/* A search that finds a women's shelter or violence protection offers the way out at once. */}
      {result?.holdsProtectionOffer && (query.q || hasFilters(query)) && (
        <ClientMessages paths={QUICK_EXIT}>
          <QuickExit />
        </ClientMessages>
      )}
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <SearchBar query={query} result={result} />
      {result ? (
        <div className="mt-6 grid gap-4 md:grid-cols-[17rem_1fr] md:gap-8">
          <div>
            <ActiveFilters query={query} labels={labels} />
            <ClientMessages paths={MERKLISTE_BUTTON}>
              <SearchResults query={query} result={result} />
            </ClientMessages>
          </div>
          <SearchFacets query={query} result={result} labels={labels} locale={locale} />
        </div>
      ) : (
        <StartSections handlungsfelder={labels.handlungsfeld ?? {}} />
      )}
    </form>
  );
}
