import type { SearchParams } from "./params";

// Entry by life situation for residents who do not know the word for what they need: each
// situation is a prepared search (a link to the search page). Kept as data so the city can add
// or change one without touching the page; labels and hints live in messages/<locale>/start.json
// under `Start.situations.<id>`. Facet filters are preferred over search words: a taxonomy code
// finds exactly the offers the providers classified, without typo matches ("Schulden" ~ "Schulen").
// tests/integration/life-situations.test.ts checks every code exists and every search finds
// a fitting demo offer.

type PreparedSearch = Partial<Pick<SearchParams, "q" | "handlungsfeld" | "lebensphase" | "angebotsart">>;

export type LifeSituation = { id: string; search: PreparedSearch };

export const LIFE_SITUATIONS = [
  { id: "kind-erwartet", search: { lebensphase: ["schwangerschaft_geburt"] } },
  { id: "kinderbetreuung", search: { angebotsart: ["kinderbetreuung"] } },
  {
    id: "schule",
    search: { lebensphase: ["kinder", "jugend"], angebotsart: ["erziehungsberatung", "hilfen_zur_erziehung", "bildung_medien"] },
  },
  { id: "pflege", search: { lebensphase: ["pflege"] } },
  { id: "schulden", search: { angebotsart: ["schuldnerberatung"] } },
  { id: "geld", search: { angebotsart: ["sozialberatung", "lebensmittelhilfe", "arbeit_grundsicherung"] } },
  { id: "gewalt", search: { angebotsart: ["schutz_gewalt", "kinderschutz"] } },
  { id: "sucht", search: { angebotsart: ["suchtberatung"] } },
  { id: "neu-in-eisenach", search: { angebotsart: ["begegnung", "mehrgenerationenhaus", "ehrenamt"] } },
  { id: "neu-in-deutschland", search: { angebotsart: ["migrationsberatung"] } },
  { id: "aelter", search: { lebensphase: ["senioren"] } },
  { id: "jugend", search: { angebotsart: ["jugendarbeit", "jugendberufshilfe"] } },
] as const satisfies readonly LifeSituation[];

export type LifeSituationId = (typeof LIFE_SITUATIONS)[number]["id"];

/** The situation's search as URL query (the same shape search/params.ts parses). */
export function lifeSituationQuery(situation: LifeSituation): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(situation.search)) if (value?.length) out[key] = typeof value === "string" ? value : [...value];
  return out;
}
