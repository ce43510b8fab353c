// Writes a generated bench catalogue into an empty, migrated database (issue 14): the seed's
// taxonomies with one Planungsraum per municipality, their population, the synonym list, the organisations, then the
// offers through the product's bulk publication path (the rows publishOffer writes, one
// statement per table and batch). Prints nothing; returns counts and timing.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Db } from "../../server/db";
import { publishNewOffersInBulk } from "../../server/offers/publish-bulk";
import { seedSynonyms, seedTaxonomies, taxonomies } from "../../prisma/seed/index";
import type { SeedTaxonomy } from "../../prisma/seed/taxonomies";
import type { GeneratedCatalogue, Municipality } from "./types";

export const POPULATION_YEAR = 2019;
const POPULATION_SOURCE = "Destatis GV-ISys, Gemeindeverzeichnis (Bevölkerung 31.12.2019); scripts/bench/data/SOURCES.md";
const TX_OPTIONS = { timeout: 600_000, maxWait: 60_000 };

/** The seed's taxonomies with the municipalities as the Planungsräume. */
function benchTaxonomies(municipalities: Municipality[]): SeedTaxonomy[] {
  return taxonomies.map((t) =>
    t.key !== "planungsraum"
      ? t
      : {
          ...t,
          description: "Thüringer Gemeinden (Bench-Katalog, issue 14).",
          terms: municipalities.map((m, i) => ({ id: randomUUID(), code: m.key, name: m.name, labels: { en: m.name }, sortOrder: i + 1 })),
        },
  );
}

export async function writeCatalogue(db: Db, catalogue: GeneratedCatalogue, opts: { batchSize?: number } = {}) {
  const batchSize = opts.batchSize ?? 1000;
  const started = performance.now();
  await db.$transaction(async (tx) => {
    const terms = await seedTaxonomies(tx, benchTaxonomies(catalogue.municipalities));
    const areas = catalogue.municipalities.map((m) => ({
      id: randomUUID(),
      code: m.key,
      name: m.name,
      description: m.district,
      termId: terms.planungsraum.get(m.key)!,
      centerLat: m.lat,
      centerLon: m.lon,
      isDemo: false,
    }));
    await tx.planningArea.createMany({ data: areas });
    await tx.populationFigure.createMany({
      data: catalogue.municipalities.map((m, i) => ({
        planningAreaId: areas[i].id,
        year: POPULATION_YEAR,
        ageFrom: 0,
        ageTo: null,
        count: m.population,
        isDemo: false,
        source: POPULATION_SOURCE,
      })),
    });
    await tx.organization.createMany({ data: catalogue.organizations.map((o) => ({ ...o, isDemo: true })) });
    // The synonym list the product ships: the bench measures search as residents get it.
    await seedSynonyms(tx);
  }, TX_OPTIONS);
  const referenceMs = performance.now() - started;

  for (let i = 0; i < catalogue.offers.length; i += batchSize) {
    const batch = catalogue.offers.slice(i, i + batchSize).map((o) => o.data);
    await db.$transaction((tx) => publishNewOffersInBulk(tx, batch, { source: "SEED" }), TX_OPTIONS);
  }
  const totalMs = performance.now() - started;
  const offersMs = totalMs - referenceMs;
  return {
    municipalities: catalogue.municipalities.length,
    organizations: catalogue.organizations.length,
    offers: catalogue.offers.length,
    referenceMs: Math.round(referenceMs),
    offersMs: Math.round(offersMs),
    totalMs: Math.round(totalMs),
    offersPerSecond: Math.round(catalogue.offers.length / (offersMs / 1000)),
  };
}
