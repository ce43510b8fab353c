// The planners' coverage matrix, area profiles and gap ranking at BENCH_COVERAGE_OFFERS (100,000)
// published offers: a quarter each city-wide, in named areas, outreach and regional; two
// Handlungsfelder each; half with capacity data; 20,000 thin searches naming areas and fields; one
// need indicator. Targets (issue 10): the matrix in under 300 ms, the ranking in under 500 ms. All
// are computed in PostgreSQL, never by loading offers, so this measures the set-based queries.
import type { Db } from "../../server/db";

const N = Number(process.env.BENCH_COVERAGE_OFFERS ?? 100_000);

async function insertOffers(db: Db, organizationId: string) {
  const planungsraum = await db.taxonomy.findUniqueOrThrow({ where: { key: "planungsraum" } });
  const handlungsfeld = await db.taxonomy.findUniqueOrThrow({ where: { key: "handlungsfeld" } });
  for (let i = 1; i <= 5; i++) {
    const code = `bench${i}`;
    await db.planningArea.create({ data: { code, name: `Bereich ${i}`, centerLat: 50.98, centerLon: 10.32, term: { create: { taxonomyId: planungsraum.id, code, name: code } } } });
    await db.taxonomyTerm.create({ data: { taxonomyId: handlungsfeld.id, code: `bench${i}`, name: `Feld ${i}` } });
  }
  // Bulk rows in SQL (fixed text, no input): publishing 100,000 offers one by one takes minutes.
  await db.$executeRaw`insert into "PopulationFigure" (id, "planningAreaId", year, "ageFrom", "ageTo", count)
    select gen_random_uuid(), id, 2023, 0, null, 5000 from "PlanningArea" on conflict do nothing`;
  await db.$executeRaw`insert into "Service" (id, "organizationId", name, description, version, status, "serviceAreaScope", free, channels, "updatedAt")
    select gen_random_uuid(), ${organizationId}::uuid, 'Bench-Angebot ' || g, '', 1, 'active',
      (array['CITY', 'PLANNING_AREAS', 'OUTREACH', 'REGION'])[1 + g % 4]::"ServiceAreaScope", g % 3 = 0, array['PHONE']::"Channel"[], now()
    from generate_series(1, ${N}::int) g`;
  await db.$executeRaw`insert into "ServicePlanning" ("serviceId", places, "staffFte", "waitingTimeWeeks", "acceptingNewClients")
    select id, (random() * 20)::int, 1.5, 3, true from "Service" where name like 'Bench-Angebot %' and random() < 0.5`;
  await db.$executeRaw`insert into "ServiceTerm" ("serviceId", "termId")
    select s.id, t.id from "Service" s cross join lateral (
      select t.id from "TaxonomyTerm" t join "Taxonomy" x on x.id = t."taxonomyId"
      where x.key = 'handlungsfeld' and s.id is not null order by random() limit 2) t
    where s.name like 'Bench-Angebot %'`;
  await db.$executeRaw`insert into "Location" (id, "planningAreaId", street, "stepFree")
    select s.id, (select id from "PlanningArea" where s.id is not null order by random() limit 1), 'Weg 1', true
    from "Service" s where s.name like 'Bench-Angebot %' and s."serviceAreaScope" <> 'REGION'`;
  await db.$executeRaw`insert into "ServiceAtLocation" (id, "serviceId", "locationId")
    select gen_random_uuid(), l.id, l.id from "Location" l join "Service" s on s.id = l.id`;
  await db.$executeRaw`insert into "ServiceAreaPlanningArea" ("serviceId", "planningAreaId")
    select s.id, pa.id from "Service" s join "PlanningArea" pa on pa.code in ('bench1', 'bench2')
    where s.name like 'Bench-Angebot %' and s."serviceAreaScope" = 'OUTREACH'`;
  // The gap ranking's demand signal and a need indicator.
  await db.$executeRaw`insert into "NoResultSearch" (id, query, filters, "resultCount", "createdAt")
    select gen_random_uuid(), 'Suche ' || g,
      jsonb_build_object('planungsraum', jsonb_build_array('bench' || (1 + g % 5)), 'handlungsfeld', case when g % 3 = 0 then '[]'::jsonb else jsonb_build_array('bench' || (1 + g % 4)) end),
      g % 3, now() - make_interval(days => g % 200)
    from generate_series(1, 20000) g`;
  const indicator = await db.indicator.create({ data: { key: "bench_quote", name: "Bench-Quote" } });
  await db.$executeRaw`insert into "IndicatorValue" (id, "indicatorId", "planningAreaId", year, value)
    select gen_random_uuid(), ${indicator.id}::uuid, id, 2023, random() * 30 from "PlanningArea"`;
  await db.$executeRaw`analyze`;
}

export async function benchCoverage(db: Db, stats: (xs: number[]) => string) {
  const { getCoverageMatrix } = await import("../../server/coverage/matrix");
  const { getAreaProfiles } = await import("../../server/coverage/profile");
  const { getGapRanking } = await import("../../server/gaps/ranking");
  // Imported here, not at the top: it loads server/env.ts, which bench.ts fills in first.
  const { createUser } = await import("../../tests/setup/fixtures");
  const organization = await db.organization.create({ data: { name: "Bench-Träger" } });
  await insertOffers(db, organization.id);
  const reviewer = await createUser(db, { role: "REVIEWER" });
  const total = await db.service.count({ where: { status: "active", version: { gt: 0 } } });
  const timed = async (label: string, run: () => Promise<unknown>) => {
    await run(); // warm-up: connection, plan cache
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    console.log(`${label} at ${total} offers: ${stats(times)}`);
  };
  for (const params of [{}, { achse: "lebensphase" }, { kostenlos: "1", barrierefrei: "1", aufnahme: "1", kanal: "PHONE" }]) {
    await timed(`coverage matrix ${JSON.stringify(params)}`, () => getCoverageMatrix(reviewer, params));
  }
  // A what-if scenario (issue 10): 20 hypothetical offers and 1,000 real ones taken out.
  const removedIds = (await db.service.findMany({ where: { name: { startsWith: "Bench-Angebot " } }, select: { id: true }, take: 1000 })).map((s) => s.id);
  const added = Array.from({ length: 20 }, (_, i) => ({
    key: crypto.randomUUID(),
    areaCode: `bench${1 + (i % 5)}`,
    terms: { handlungsfeld: [`bench${1 + (i % 5)}`], lebensphase: [], angebotsart: [] },
    places: 10,
    fte: 1,
  }));
  await timed("coverage matrix with a what-if scenario (20 added, 1,000 removed)", () => getCoverageMatrix(reviewer, {}, "de", { added, removedIds }));
  await timed("area profiles", () => getAreaProfiles(reviewer));
  for (const params of [{}, { achse: "lebensphase", i_bench_quote: "2" }]) {
    await timed(`gap ranking ${JSON.stringify(params)}`, () => getGapRanking(reviewer, params));
  }
}
