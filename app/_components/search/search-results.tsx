import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { clockTime } from "@/i18n/clock-time";
import { plainHrefs } from "../plain-href";
import { toQuery, type SearchParams } from "@/search/params";
import type { OfferHit, SearchResult } from "@/search/query";
import { RETURN_PARAM, returnSearchValue } from "@/search/return-search";
import { MerklisteButton } from "../merkliste-button";
import { langIfOther } from "../offer-text-notice";
import { Highlighted } from "./highlighted";
import { NoResults } from "./no-results";

// Each hit's elements carry no classes: the list styles them (the page's render time grows with its
// markup, `npm run bench`). Paragraphs: provider, snippet, then opening status, address, distance and phone.
const hitRows = [
  "*:rounded *:border *:border-gray-300 *:p-4",
  "[&_h3]:text-lg [&_h3]:font-semibold [&_h3_a]:text-brand [&_h3_a]:underline",
  "[&_p]:mt-1 [&_p:first-of-type]:mt-0 [&_p:first-of-type]:text-sm [&_p:first-of-type]:text-gray-700 [&_p:last-of-type]:text-sm",
  "[&_mark]:bg-yellow-200 [&_mark]:text-inherit",
].join(" ");

export async function SearchResults({ query, result }: { query: SearchParams; result: SearchResult }) {
  const [t, format, locale] = await Promise.all([getTranslations("Search"), getFormatter(), getLocale()]);
  const href = await plainHrefs();
  const km = (meters: number) => format.number(meters / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const opening = (status: OfferHit["opening"]) =>
    !status ? null
    : status.kind === "open" ? t("openNow")
    : status.today ? t("opensToday", { time: clockTime(status.time, locale) })
    : t("opensOn", { day: t(`weekdayShort.${status.weekday}`), time: clockTime(status.time, locale) });
  const pageHref = (page: number) => ({ pathname: "/", query: toQuery(query, { page }) });
  // Each offer link carries this search, so the offer page's "back" returns to it (without JS too).
  const back = returnSearchValue(query);
  const offerHref = (id: string) => href(back ? { pathname: `/angebote/${id}`, query: { [RETURN_PARAM]: back } } : `/angebote/${id}`);
  return (
    <section aria-labelledby="ergebnisse">
      {result.mode === "fallback" && (
        <p role="status" className="mb-3 rounded bg-amber-100 p-3">
          {t("unavailable")}
        </p>
      )}
      <h2 id="ergebnisse" className="mb-3 text-lg font-semibold">
        {t("resultCount", { count: result.total })}
      </h2>
      {!query.q && result.total > 0 && !(query.sort === "entfernung" && result.origin) && <p className="mb-3 text-sm text-gray-700">{t("sortedByName")}</p>}
      {result.total === 0 && <NoResults query={query} result={result} />}
      <ul className={`space-y-4 ${hitRows}`}>
        {result.hits.map((hit) => (
          <li key={hit.id}>
            {/* German where the offer has no text in the page's language: marked for screen readers. */}
            <h3 lang={langIfOther(hit.lang, locale)}>
              <a href={offerHref(hit.id)}>
                <Highlighted segments={hit.name} />
              </a>
            </h3>
            <p>{hit.organizationName}</p>
            <p lang={langIfOther(hit.lang, locale)}>
              <Highlighted segments={hit.snippet} />
            </p>
            <p>
              {hit.opening && <strong>{`${opening(hit.opening)} · `}</strong>}
              {hit.address ?? t("noPublicAddress")}
              {hit.distanceMeters !== null && ` · ${t("distance", { km: km(hit.distanceMeters) })}`}
              {/* With a place, an offer without one says so instead of a distance (never one to a hidden place). */}
              {result.origin && hit.address === null && ` · ${t("withoutAddress")}`}
              {hit.phone && (
                <>
                  {` · ${t("phone")}: `}
                  <a href={`tel:${hit.phone.replace(/[^+0-9]/g, "")}`}>{hit.phone}</a>
                </>
              )}
            </p>
            <MerklisteButton id={hit.id} name={hit.name.map((s) => s.text).join("")} lang={hit.lang} phone={hit.phone} address={hit.address} />
          </li>
        ))}
      </ul>
      {result.pages > 1 && (
        <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap items-center gap-4">
          {result.page > 1 && <a href={href(pageHref(result.page - 1))}>{t("previous")}</a>}
          <span aria-current="page">{t("page", { page: result.page, pages: result.pages })}</span>
          {result.page < result.pages && <a href={href(pageHref(result.page + 1))}>{t("next")}</a>}
        </nav>
      )}
    </section>
  );
}
