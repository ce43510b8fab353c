import { getFormatter, getTranslations } from "next-intl/server";
import { plainHrefs } from "../plain-href";
import { FACETS, hasFilters, NO_FILTERS, REMOVE_PARAM, toQuery, type FacetParam, type SearchParams } from "@/search/params";

type Labels = Record<string, Record<string, string>>;

/**
 * The selected filters as buttons that remove one each.
 * Buttons of the page's GET form, not links: a link would carry the whole query once per filter,
 * so the page would grow with the square of the filters; a button sends the form (which holds the
 * search) plus its own `ohne=<facet>:<value>`.
 */
export async function ActiveFilters({ query, labels }: { query: SearchParams; labels: Labels }) {
  const t = await getTranslations("Facets");
  const href = await plainHrefs();
  const tDay = await getTranslations("Weekday");
  const format = await getFormatter();
  const label = (facet: FacetParam, value: string) =>
    facet === "kanal" ? t(`channel.${value}`) : facet === "tag" ? tDay(value) : (labels[facet]?.[value] ?? value);
  const chips: { remove: string; label: string }[] = [];
  for (const facet of Object.keys(FACETS) as FacetParam[]) {
    for (const value of query[facet]) chips.push({ remove: `${facet}:${value}`, label: label(facet, value) });
  }
  for (const flag of ["kostenlos", "barrierefrei", "anonym", "leichtesprache", "jetzt"] as const) {
    if (query[flag]) chips.push({ remove: flag, label: t(flag) });
  }
  // In the resident's digits and unit ("5 km", "٥ كم").
  if (query.umkreis) chips.push({ remove: "umkreis", label: format.number(query.umkreis, { style: "unit", unit: "kilometer" }) });

  return (
    <div className="mb-4">
      {hasFilters(query) && (
        <div>
          <h2 className="sr-only">{t("active")}</h2>
          <ul className="flex flex-wrap gap-2">
            {chips.map((c) => (
              <li key={c.remove}>
                <button type="submit" name={REMOVE_PARAM} value={c.remove} className="inline-block rounded-full border border-brand px-3 py-1 text-sm" aria-label={t("remove", { label: c.label })}>
                  {c.label} ✕
                </button>
              </li>
            ))}
            <li>
              <a href={href({ pathname: "/", query: toQuery(query, NO_FILTERS) })} className="inline-block px-2 py-1 text-sm underline">
                {t("reset")}
              </a>
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}
