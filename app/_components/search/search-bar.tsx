import { getTranslations } from "next-intl/server";
import { RADII_KM, type SearchParams } from "@/search/params";
import type { SearchResult } from "@/search/query";
import { LocateMe } from "./locate-me";

const field = "rounded border border-gray-600 px-3 py-2";

export async function SearchBar({ query, result }: { query: SearchParams; result: SearchResult | null }) {
  const t = await getTranslations("Search");
  const usesPosition = query.lat !== undefined && query.lon !== undefined;
  return (
    <div role="search" className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <label htmlFor="q" className="w-full font-semibold">
          {t("label")}
        </label>
        <input id="q" name="q" type="search" defaultValue={query.q} placeholder={t("placeholder")} className={`${field} min-w-0 flex-1`} />
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("submit")}
        </button>
      </div>
      {/* The start page (no search yet) keeps to the search field; place and order come with results. */}
      {result && <div className="flex flex-wrap items-end gap-3 text-sm">
        <div className="flex min-w-48 flex-1 flex-col">
          <label htmlFor="ort">{t("place")}</label>
          <input id="ort" name="ort" defaultValue={query.ort ?? ""} aria-describedby="ort-hinweis" className={field} autoComplete="street-address" />
          <span id="ort-hinweis" className="text-gray-700">{t("placeHint")}</span>
        </div>
        {usesPosition && (
          <>
            <input type="hidden" name="lat" value={query.lat} />
            <input type="hidden" name="lon" value={query.lon} />
          </>
        )}
        <div className="flex flex-col">
          <label htmlFor="umkreis">{t("radius")}</label>
          <select id="umkreis" name="umkreis" defaultValue={query.umkreis ?? ""} className={field}>
            <option value="">{t("anyRadius")}</option>
            {RADII_KM.map((km) => (
              <option key={km} value={km}>{t("km", { km })}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col">
          <label htmlFor="sort">{t("sort")}</label>
          <select id="sort" name="sort" defaultValue={query.sort} className={field}>
            <option value="relevanz">{t("sortRelevanz")}</option>
            <option value="entfernung">{t("sortEntfernung")}</option>
            <option value="name">{t("sortName")}</option>
          </select>
        </div>
        <LocateMe label={t("myPosition")} failed={t("positionFailed")} />
      </div>}
      {result?.originUnknown && query.ort && <p role="alert" className="text-red-800">{t("placeUnknown", { place: query.ort })}</p>}
      {result?.origin && (
        <p className="text-sm">{t("placeFound", { place: result.origin.label || t("myPositionLabel") })}</p>
      )}
      {result?.origin && (query.sort === "entfernung" || query.umkreis) && <p className="text-sm text-gray-700">{t("distanceNote")}</p>}
    </div>
  );
}
