import { getLocale, getTranslations } from "next-intl/server";
import { plainHrefs } from "../plain-href";
import { BrowseHandlungsfelder } from "../start/browse-handlungsfelder";
import { EmergencyBox } from "../start/emergency-box";
import { HELP_CONTACTS } from "@/server/help-contacts";
import { getSearchVocabulary } from "@/server/taxonomies/search-vocabulary";
import { hasFilters, toQuery, type SearchParams } from "@/search/params";
import type { SearchResult } from "@/search/query";
import { withoutFilter } from "@/search/relax";

/**
 * What a resident sees when a search finds nothing: a plain sentence, the same search without the
 * filter that removes most hits (with its count), the Handlungsfelder to browse (as on the start
 * page), local people to ask and the emergency numbers (the start page's box).
 */
export async function NoResults({ query, result }: { query: SearchParams; result: SearchResult }) {
  const [t, tFacets, href, locale] = await Promise.all([getTranslations("Search.noResultHelp"), getTranslations("Facets"), plainHrefs(), getLocale()]);
  const { labels } = await getSearchVocabulary(locale);
  const { relaxed } = result;
  return (
    <div className="space-y-4 [&_li]:mt-1">
      <p>{query.q ? t(hasFilters(query) ? "nothingForQueryFiltered" : "nothingForQuery", { q: query.q }) : t("nothingFiltered")}</p>
      {relaxed && (
        <p>
          <a href={href({ pathname: "/", query: toQuery(query, withoutFilter(relaxed.without)) })} className="font-semibold underline">
            {relaxed.without === "alle"
              ? t("withoutAllFilters", { count: relaxed.count })
              : t("withoutFilter", { filter: relaxed.without === "umkreis" ? t("radius") : tFacets(relaxed.without), count: relaxed.count })}
          </a>
        </p>
      )}
      <p>{t("tips")}</p>
      <BrowseHandlungsfelder labels={labels.handlungsfeld ?? {}} />
      <section aria-labelledby="ansprechpartner">
        <h2 id="ansprechpartner" className="mb-2 text-lg font-semibold">{t("contactsTitle")}</h2>
        <ul>
          {HELP_CONTACTS.map((c) => (
            <li key={c.key}>
              {"offerId" in c ? (
                <a href={href(`/angebote/${c.offerId}`)} className="underline">{t(`contacts.${c.key}`)}</a>
              ) : (
                <>
                  {t(`contacts.${c.key}`)}, {c.address}, <a href={c.website} className="underline">{c.website.replace(/^https:\/\/|\/$/g, "")}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      <EmergencyBox />
    </div>
  );
}
