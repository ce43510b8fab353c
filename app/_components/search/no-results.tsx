import { getLocale, getTranslations } from "next-intl/server";
import { plainHrefs } from "../plain-href";
import { HELP_CONTACTS } from "@/server/help-contacts";
import { getSearchVocabulary } from "@/server/taxonomies/search-vocabulary";
import { hasFilters, toQuery, type SearchParams } from "@/search/params";
import type { SearchResult } from "@/search/query";
import { withoutFilter } from "@/search/relax";

const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, "")}`;

/**
 * What a resident sees when a search finds nothing: a plain sentence, the same search without the
 * filter that removes most hits (with its count), the Handlungsfelder to browse and people to ask.
 */
export async function NoResults({ query, result }: { query: SearchParams; result: SearchResult }) {
  const [t, tFacets, href, locale] = await Promise.all([getTranslations("Search.noResultHelp"), getTranslations("Facets"), plainHrefs(), getLocale()]);
  const { labels } = await getSearchVocabulary(locale);
  const fields = Object.entries(labels.handlungsfeld ?? {});
  const { relaxed } = result;
  return (
    <div className="space-y-4 [&_h3]:font-semibold [&_li]:mt-1">
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
      <section aria-labelledby="themen">
        <h3 id="themen">{t("browse")}</h3>
        <ul>
          {fields.map(([code, label]) => (
            <li key={code}>
              <a href={href({ pathname: "/", query: { handlungsfeld: code } })} className="underline">{label}</a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="ansprechpartner">
        <h3 id="ansprechpartner">{t("contactsTitle")}</h3>
        <ul>
          {HELP_CONTACTS.map((c) => (
            <li key={c.key}>
              {"phone" in c ? (
                <>
                  {t(`contacts.${c.key}`)}: <a href={telHref(c.phone)} className="font-semibold underline">{c.phone}</a>
                </>
              ) : "offerId" in c ? (
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
    </div>
  );
}
