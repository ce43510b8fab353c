import "server-only";
import type { KnownValues } from "@/search/params";
import { db } from "../db";
import { getTermLabels } from "./labels";

// What a resident's search may select: the taxonomy codes (Planungsräume included) and the
// languages published offers are offered in. search/params.ts drops everything else, so a URL
// full of made-up codes renders like one without them.

const TTL_MS = 60_000; // like the labels: a new language becomes selectable within a minute
let languages: { at: number; codes: string[] } | null = null;

async function getOfferLanguages(): Promise<string[]> {
  if (languages && Date.now() - languages.at < TTL_MS) return languages.codes;
  const rows = await db.$queryRaw<{ code: string }[]>`
    select distinct unnest(languages) as code from "Service" where version > 0`;
  languages = { at: Date.now(), codes: rows.map((r) => r.code) };
  return languages.codes;
}

/** The facet labels for display and the values each facet may take. */
export async function getSearchVocabulary(locale: string) {
  const [labels, sprache] = await Promise.all([getTermLabels(locale), getOfferLanguages()]);
  const codes = (taxonomy: string) => Object.keys(labels[taxonomy] ?? {});
  const known: KnownValues = {
    handlungsfeld: codes("handlungsfeld"),
    lebensphase: codes("lebensphase"),
    planungsraum: codes("planungsraum"),
    angebotsart: codes("angebotsart"),
    sprache,
  };
  return { labels, known };
}
