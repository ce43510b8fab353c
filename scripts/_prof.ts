import { ensureServices } from "./lib/services";
await ensureServices({ quiet: true });
const { parseSearchParams } = await import("../search/params");
const { searchOffers } = await import("../search/query");
const { getTermLabels } = await import("../server/taxonomies/labels");
const { getPublicOffer } = await import("../server/offers/queries");
const t = async (name: string, fn: () => Promise<unknown>) => {
  const xs: number[] = [];
  for (let i = 0; i < 30; i++) { const t0 = performance.now(); await fn(); xs.push(performance.now() - t0); }
  xs.sort((a, b) => a - b); console.log(name, "median", xs[15].toFixed(1), "ms");
};
await t("searchOffers empty", () => searchOffers(parseSearchParams({}), "de"));
await t("searchOffers Beratung", () => searchOffers(parseSearchParams({ q: "Beratung" }), "de"));
await t("labels", () => getTermLabels("de"));
await t("getPublicOffer", () => getPublicOffer("7d2b7a36-5553-43a4-81a4-ab12453d9ac2", "de"));
process.exit(0);
