import { getTranslations } from "next-intl/server";
import { CHANNELS, WEEKDAYS, type FacetParam, type SearchParams } from "@/search/params";
import type { SearchResult } from "@/search/query";

type Labels = Record<string, Record<string, string>>;
type Option = { value: string; label: string; count: number | undefined };

function FacetGroup({ name, legend, options, selected }: { name: string; legend: string; options: Option[]; selected: string[] }) {
  if (options.length === 0) return null;
  return (
    <fieldset className="mb-5">
      <legend className="mb-1 font-semibold">{legend}</legend>
      <ul className="space-y-1">
        {options.map((o) => (
          <li key={o.value}>
            <label className="flex items-start gap-2">
              <input type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} className="mt-1 size-4" />
              <span>
                {o.label}
                {o.count !== undefined && <span className="text-gray-700"> ({o.count})</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export async function SearchFacets({ query, result, labels, locale }: { query: SearchParams; result: SearchResult; labels: Labels; locale: string }) {
  const t = await getTranslations("Facets");
  const tDay = await getTranslations("Weekday");
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  const languageName = (code: string) => {
    try {
      return languages.of(code) ?? code;
    } catch {
      return code; // not a valid language tag: show the code rather than fail the page
    }
  };
  const counted = result.mode === "index";

  const options = (facet: FacetParam, label: (value: string) => string, known?: string[]): Option[] => {
    const counts = result.facets[facet] ?? {};
    const values = known ?? Object.keys(counts);
    return values
      .map((value) => {
        const key = facet === "kanal" ? CHANNELS[value as keyof typeof CHANNELS] : value;
        return { value, label: label(value), count: counted ? (counts[key] ?? 0) : undefined };
      })
      .filter((o) => !counted || o.count! > 0 || (query[facet] as string[]).includes(o.value));
  };
  const taxonomy = (key: string) => (code: string) => labels[key]?.[code] ?? code;
  const groups: [FacetParam, Option[]][] = [
    ["handlungsfeld", options("handlungsfeld", taxonomy("handlungsfeld"), Object.keys(labels.handlungsfeld ?? {}))],
    ["lebensphase", options("lebensphase", taxonomy("lebensphase"), Object.keys(labels.lebensphase ?? {}))],
    ["planungsraum", options("planungsraum", taxonomy("planungsraum"), Object.keys(labels.planungsraum ?? {}))],
    ["angebotsart", options("angebotsart", taxonomy("angebotsart"), Object.keys(labels.angebotsart ?? {}))],
    ["kanal", options("kanal", (v) => t(`channel.${v}`), Object.keys(CHANNELS))],
    ["tag", options("tag", (v) => tDay(v), [...WEEKDAYS])],
    ["sprache", options("sprache", languageName).sort((a, b) => a.label.localeCompare(b.label, locale))],
  ];
  const flags = [
    ["kostenlos", result.facets.free],
    ["barrierefrei", result.facets.stepFree],
    ["anonym", result.facets.anonymousPossible],
    ["jetzt", undefined],
  ] as const;

  return (
    <section aria-labelledby="filter-titel" id="filter" className="md:order-1">
      <h2 id="filter-titel" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>
      <button type="submit" className="mb-4 w-full rounded border border-brand px-3 py-2 font-semibold text-brand">
        {t("apply")}
      </button>
      {groups.map(([facet, opts]) => (
        <FacetGroup key={facet} name={facet} legend={t(facet)} options={opts} selected={query[facet] as string[]} />
      ))}
      <fieldset className="mb-5">
        <legend className="mb-1 font-semibold">{t("more")}</legend>
        {flags.map(([flag, count]) => (
          <label key={flag} className="flex items-start gap-2">
            <input type="checkbox" name={flag} value="1" defaultChecked={Boolean(query[flag])} className="mt-1 size-4" />
            <span>
              {t(flag)}
              {counted && count !== undefined && <span className="text-gray-700"> ({count})</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="w-full rounded bg-brand px-3 py-2 font-semibold text-white">
        {t("apply")}
      </button>
    </section>
  );
}
