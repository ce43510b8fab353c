import { getTranslations } from "next-intl/server";
import { CHANNELS, toQuery, WEEKDAYS, type FacetParam, type SearchParams } from "@/search/params";
import type { SearchResult } from "@/search/query";
import { plainHrefs } from "../plain-href";
import { shownOptions, type FacetOption as Option } from "./facet-options";

type Labels = Record<string, Record<string, string>>;

// The search page renders some 70 of these rows on every request, and its render time grows with
// its markup (`npm run bench`): a row is a label around its checkbox and one text, styled by the
// fieldset (the hanging indent keeps wrapped lines clear of the box).
const optionRows = "[&_label]:block [&_label]:ps-6 [&_label]:-indent-6 [&_input]:me-2 [&_input]:size-4 [&_input]:align-[-0.15em]";

const withCount = (label: string, count: number | undefined) => (count === undefined ? label : `${label} (${count})`);

type ShowAll = { href: string; text: string };

function FacetGroup({ name, legend, options, selected, showAll }: { name: string; legend: string; options: Option[]; selected: string[]; showAll?: ShowAll }) {
  if (options.length === 0) return null;
  return (
    <fieldset className={`mb-5 space-y-1 ${optionRows}`}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} />
          {withCount(o.label, o.count)}
        </label>
      ))}
      {showAll && (
        <a href={showAll.href} className="inline-block py-1 underline">
          {showAll.text}
        </a>
      )}
    </fieldset>
  );
}

export async function SearchFacets({ query, result, labels, locale }: { query: SearchParams; result: SearchResult; labels: Labels; locale: string }) {
  const t = await getTranslations("Facets");
  const href = await plainHrefs();
  const tDay = await getTranslations("Weekday");
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  const languageName = (code: string) => {
    try {
      return languages.of(code) ?? code;
    } catch {
      return code; // not a valid language tag: show the code rather than fail the page
    }
  };
  const collator = new Intl.Collator(locale);
  const counted = result.mode === "index";

  const options = (facet: FacetParam, label: (value: string) => string, known?: string[]): Option[] => {
    const counts = result.facets[facet] ?? {};
    // Selected values always get their box: the form must carry the whole search when it is sent.
    const values = known ?? [...new Set([...Object.keys(counts), ...(query[facet] as string[])])];
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
    ["sprache", options("sprache", languageName).sort((a, b) => collator.compare(a.label, b.label))],
  ];
  const flags = [
    ["kostenlos", result.facets.free],
    ["barrierefrei", result.facets.stepFree],
    ["anonym", result.facets.anonymousPossible],
    ["leichtesprache", result.facets.hasLeichteSprache],
    ["jetzt", undefined],
  ] as const;

  const chosen = groups.reduce((n, [facet]) => n + query[facet].length, 0) +
    flags.filter(([flag]) => query[flag]).length + (query.umkreis ? 1 : 0);

  return (
    // On phones the filters sit behind one "Filter" button above the results (a <details>, so it
    // opens without JavaScript); from md on they are always shown beside them: the closed
    // <details> hides its content through ::details-content, which the md rule overrides.
    // After the results in the markup, so keyboard and screen-reader users reach the hits first.
    <section aria-labelledby="filter-titel" id="filter" className="order-first">
      <details className="md:[&::details-content]:[content-visibility:visible] md:[&::details-content]:block">
        <summary className="inline-block cursor-pointer list-none rounded border-2 border-brand bg-white px-4 py-2 font-semibold text-brand md:hidden [&::-webkit-details-marker]:hidden">
          {chosen ? t("toggleCount", { count: chosen }) : t("toggle")}
        </summary>
        <h2 id="filter-titel" className="mt-4 mb-3 text-lg font-semibold md:mt-0">
          {t("title")}
        </h2>
        <button type="submit" className="mb-4 w-full rounded border border-brand px-3 py-2 font-semibold text-brand">
          {t("apply")}
        </button>
        {groups.map(([facet, opts]) => {
          const selected = query[facet] as string[];
          const shown = query.alle.includes(facet) ? opts : shownOptions(opts, selected);
          // A plain link, so it works without JavaScript; it keeps the search and lands on the filters.
          const showAll = shown.length < opts.length
            ? { href: `${href({ pathname: "/", query: toQuery(query, { alle: [...query.alle, facet] }) })}#filter`, text: t("showAll", { facet: t(facet), count: opts.length }) }
            : undefined;
          return <FacetGroup key={facet} name={facet} legend={t(facet)} options={shown} selected={selected} showAll={showAll} />;
        })}
        <fieldset className={`mb-5 space-y-1 ${optionRows}`}>
          <legend className="mb-1 font-semibold">{t("more")}</legend>
          {flags.map(([flag, count]) => (
            <label key={flag}>
              <input type="checkbox" name={flag} value="1" defaultChecked={Boolean(query[flag])} />
              {withCount(t(flag), counted ? count : undefined)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="w-full rounded bg-brand px-3 py-2 font-semibold text-white">
          {t("apply")}
        </button>
      </details>
    </section>
  );
}
