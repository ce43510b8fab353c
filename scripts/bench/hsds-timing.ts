// A page of 50 services from the open-data API (/api/hsds/services) over HTTP, what another system
// reading the catalogue waits for (issue 15: p95 under 100 ms at 100,000 offers). Four kinds, 40
// requests each, interleaved: a page anywhere in the listing (deep pages included), a provider's
// services, a full-text search, and full (nested) services.
import { summarize, timed } from "./measure";
import { prng } from "./random";
import type { GeneratedCatalogue, TimingSummary } from "./types";

export const HSDS_PAGE_KINDS = ["listing", "organization", "search", "full"] as const;
type Kind = (typeof HSDS_PAGE_KINDS)[number];
export type HsdsPageTimings = TimingSummary & { by_kind: Record<Kind, TimingSummary> };

const PER_PAGE = 50;
const PER_KIND = 40;

function requests(catalogue: GeneratedCatalogue): { kind: Kind; path: string }[] {
  const rng = prng(15);
  const pages = Math.max(1, Math.ceil(catalogue.offers.length / PER_PAGE));
  const words = catalogue.offers.flatMap((o) => o.compounds.map((c) => c.word)).slice(0, 5000);
  const make: Record<Kind, () => string> = {
    listing: () => `page=${1 + rng.int(pages)}`,
    organization: () => `organization_id=${rng.pick(catalogue.organizations).id}`,
    search: () => `search=${encodeURIComponent(rng.pick(words))}`,
    full: () => `full=true&page=${1 + rng.int(pages)}`,
  };
  return Array.from({ length: PER_KIND }, () => HSDS_PAGE_KINDS.map((kind) => ({ kind, path: `/api/hsds/services?per_page=${PER_PAGE}&${make[kind]()}` }))).flat();
}

export async function timeHsdsPages(siteUrl: string, catalogue: GeneratedCatalogue, rounds: number): Promise<HsdsPageTimings> {
  const list = requests(catalogue);
  for (const { path } of list.slice(0, HSDS_PAGE_KINDS.length)) {
    const res = await fetch(`${siteUrl}${path}`);
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  }
  const samples = new Map<Kind, number[]>(HSDS_PAGE_KINDS.map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) {
    for (const { kind, path } of list) {
      samples.get(kind)!.push(
        await timed(async () => {
          const res = await fetch(`${siteUrl}${path}`);
          if (!res.ok) throw new Error(`${path} answered ${res.status}`);
          await res.text();
        }),
      );
    }
  }
  return {
    ...summarize([...samples.values()].flat()),
    by_kind: Object.fromEntries(HSDS_PAGE_KINDS.map((k) => [k, summarize(samples.get(k)!)])) as Record<Kind, TimingSummary>,
  };
}
