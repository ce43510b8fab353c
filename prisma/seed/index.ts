// Loads the Eisenach seed data. Idempotent: reference data is upserted by fixed ids or natural
// keys, and an offer is only published (new version, outbox row) when the stored offer differs
// from the seed or does not exist, so running the seed twice changes nothing the second time.
//
// Uses server/offers/* (which import "server-only"); scripts run with `tsx --conditions=react-server`
// and vitest aliases the module, so that import is empty there.
import type { Prisma, PrismaClient } from "../../server/generated/prisma/client";
import { offerDataSchema, type OfferData, type OfferDataInput } from "../../server/offers/schema";
import { publishOffer } from "../../server/offers/publish";
import { sameOffer } from "../../server/offers/compare";
import { readOfferData } from "../../server/offers/store";
import { upsertOrganization } from "../../server/organizations/store";
import { offers, organizations } from "./offers";
import { goals as realGoals, measures as realMeasures, mikroprojektBudgets, mikroprojekte, periodFunding, planningPeriod } from "./plan";
import { demoGoals, demoMeasures } from "./plan-demo";
import type { SeedMeasure } from "./plan";
import { seedNeedData } from "./need-data";
import { AGE_BANDS, planningAreas } from "./planning-areas";
import { synonymGroups } from "./synonyms";
import { lifePhaseTargets, taxonomies, type SeedTaxonomy } from "./taxonomies";

export { offers, organizations } from "./offers";
export { planningAreas, POPULATION_TOTAL_2023 } from "./planning-areas";
export { measures, MEASURE } from "./plan";
export { demoMeasures, DEMO_MEASURE } from "./plan-demo";
export { taxonomies } from "./taxonomies";

// The plan's real measures and the demo measures of the other Handlungsfelder, seeded alike.
const goals = [...realGoals, ...demoGoals];
const measures: Record<string, SeedMeasure & { plannedEur?: number | null; spentEur?: number | null }> = { ...realMeasures, ...demoMeasures };
/** Planned and spent euros of a measure (demo measures only); written when it is created. */
const cents = (eur: number | null | undefined) => (eur == null ? null : eur * 100);
const amounts = (m: { plannedEur?: number | null; spentEur?: number | null }) => ({ plannedCents: cents(m.plannedEur), spentCents: cents(m.spentEur) });

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Log = (message: string) => void;

/** Offers published per transaction. */
const BATCH_SIZE = 10;
const TX_OPTIONS = { timeout: 120_000, maxWait: 30_000 };

export async function seedDatabase(
  db: PrismaClient,
  opts: { log?: Log } = {},
): Promise<{ offers: number; published: number }> {
  const log = opts.log ?? (() => {});
  validateSeed();

  await db.$transaction(async (tx) => {
    await seedReferenceData(tx);
    await seedOrganizations(tx);
  }, TX_OPTIONS);
  log(
    `reference data: ${taxonomies.length} taxonomies, ${planningAreas.length} Planungsräume, ` +
      `${Object.keys(measures).length} measures, ${organizations.length} organisations`,
  );

  let published = 0;
  for (let i = 0; i < offers.length; i += BATCH_SIZE) {
    const batch = offers.slice(i, i + BATCH_SIZE);
    published += await db.$transaction(async (tx) => {
      let n = 0;
      for (const input of batch) {
        if (await isUpToDate(tx, input)) continue;
        await publishOffer(tx, input, { source: "SEED" });
        n++;
      }
      return n;
    }, TX_OPTIONS);
  }
  log(`offers: ${offers.length} in the seed, ${published} published, ${offers.length - published} unchanged`);
  return { offers: offers.length, published };
}

// ---------------------------------------------------------------- reference data

/**
 * The vocabulary without any organisation or offer: taxonomies, Planungsräume with their need
 * data, the plan and the synonyms (an empty catalogue, e.g. for the HSDS round-trip test).
 */
export async function seedReferenceData(tx: Tx) {
  const terms = await seedTaxonomies(tx);
  const areaIds = await seedPlanningAreas(tx, terms.planungsraum);
  await seedNeedData(tx, areaIds);
  await seedPlan(tx, terms.handlungsfeld);
  await seedSynonyms(tx);
}

/** Upserts the taxonomies (the bench passes its own Planungsräume in place of Eisenach's). */
export async function seedTaxonomies(tx: Tx, list: SeedTaxonomy[] = taxonomies) {
  const ids: Record<string, Map<string, string>> = {};
  for (const t of list) {
    const fields = { name: t.name, description: t.description, uri: t.uri ?? null, version: t.version ?? null };
    const taxonomy = await tx.taxonomy.upsert({
      where: { key: t.key },
      create: { id: t.id, key: t.key, ...fields },
      update: fields,
    });
    const codes = new Map<string, string>();
    for (const term of t.terms) {
      const termFields = {
        name: term.name,
        description: term.description ?? null,
        labels: term.labels as Prisma.InputJsonValue,
        sortOrder: term.sortOrder,
      };
      const row = await tx.taxonomyTerm.upsert({
        where: { taxonomyId_code: { taxonomyId: taxonomy.id, code: term.code } },
        create: { id: term.id, taxonomyId: taxonomy.id, code: term.code, ...termFields },
        update: termFields,
      });
      codes.set(term.code, row.id);
    }
    ids[t.key] = codes;
  }
  for (const [code, target] of Object.entries(lifePhaseTargets)) {
    const termId = ids.lebensphase.get(code)!;
    await tx.lifePhaseTarget.upsert({ where: { termId }, create: { termId, ...target }, update: target });
  }
  return ids as Record<(typeof taxonomies)[number]["key"], Map<string, string>>;
}

async function seedPlanningAreas(tx: Tx, termIds: Map<string, string>) {
  const areaIds = new Map<string, string>();
  for (const a of planningAreas) {
    const fields = {
      termId: termIds.get(a.code)!,
      name: a.name,
      description: a.description,
      centerLat: a.centerLat,
      centerLon: a.centerLon,
      polygon: a.polygon as Prisma.InputJsonValue,
      isDemo: a.isDemo,
    };
    const area = await tx.planningArea.upsert({
      where: { code: a.code },
      create: { id: a.id, code: a.code, ...fields },
      update: fields,
    });
    areaIds.set(a.code, area.id);

    for (const s of a.streets) {
      const streetFields = { planningAreaId: area.id, latitude: s.latitude, longitude: s.longitude };
      await tx.planningAreaStreet.upsert({ where: { name: s.name }, create: { name: s.name, ...streetFields }, update: streetFields });
    }
  }
  return areaIds;
}

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function seedPlan(tx: Tx, handlungsfeldIds: Map<string, string>) {
  const period = {
    name: planningPeriod.name,
    startsOn: date(planningPeriod.startsOn),
    endsOn: date(planningPeriod.endsOn),
    adoptedOn: date(planningPeriod.adoptedOn),
    source: planningPeriod.source,
  };
  await tx.planningPeriod.upsert({ where: { id: planningPeriod.id }, create: { id: planningPeriod.id, ...period, ...periodFunding }, update: period });
  const periodId = planningPeriod.id;

  // Goals, sub-goals, measures and indicators are created once: afterwards planners edit them
  // (server/plan/editing*, with history), and a re-seed must not undo those edits unrecorded.
  for (const g of goals) {
    const goal = { periodId, handlungsfeldId: handlungsfeldIds.get(g.handlungsfeld)!, title: g.title, sortOrder: g.sortOrder };
    await tx.goal.upsert({ where: { id: g.id }, create: { id: g.id, ...goal }, update: {} });
    for (const s of g.subGoals) {
      const subGoal = { goalId: g.id, title: s.title, sortOrder: s.sortOrder };
      await tx.subGoal.upsert({ where: { id: s.id }, create: { id: s.id, ...subGoal }, update: {} });
    }
  }

  for (const m of Object.values(measures)) {
    const measure = {
      periodId,
      handlungsfeldId: handlungsfeldIds.get(m.handlungsfeld)!,
      subGoalId: m.subGoalId,
      code: m.code,
      title: m.title,
      timeframe: m.timeframe,
      status: m.status,
      evidence: m.evidence,
      responsibleBody: m.responsibleBody,
      funding: m.funding,
      sources: m.sources,
      isDemo: m.isDemo,
    };
    // Amounts on create only, like everything of the plan: planners may change them.
    await tx.measure.upsert({ where: { id: m.id }, create: { id: m.id, ...measure, ...amounts(m) }, update: {} });
    for (const [sortOrder, ind] of m.indicators.entries()) {
      // Once created, an indicator's wording and state are the planners' (edits, assessments).
      const indicator = { measureId: m.id, statement: ind.statement, sortOrder, fulfilled: ind.fulfilled };
      await tx.measureIndicator.upsert({ where: { id: ind.id }, create: { id: ind.id, ...indicator }, update: {} });
    }
  }

  for (const p of mikroprojekte) {
    const project = {
      periodId,
      year: p.year,
      title: p.title,
      description: p.description,
      handlungsfeldId: handlungsfeldIds.get(p.handlungsfeld)!,
      recipient: p.recipient,
      amountCents: p.amountEur * 100,
      date: date(p.date),
      status: p.status,
      isDemo: p.isDemo,
    };
    await tx.mikroprojekt.upsert({ where: { id: p.id }, create: { id: p.id, ...project }, update: project });
  }
  // Create only: planners may change a year's budget.
  for (const b of mikroprojektBudgets) await tx.mikroprojektBudget.upsert({ where: { year: b.year }, create: b, update: {} });
}

/**
 * The synonym list's groups that are not in the table yet (by key). A group reviewers edited keeps
 * their version; one they deleted keeps its tombstone, so it does not come back.
 */
export async function seedSynonyms(tx: Tx) {
  await tx.synonymGroup.createMany({
    data: synonymGroups.map((g) => ({ seedKey: g.key, kind: g.kind, words: g.words, targets: g.targets ?? [], note: g.note ?? null })),
    skipDuplicates: true,
  });
}

async function seedOrganizations(tx: Tx) {
  for (const o of organizations) {
    const { id, ...fields } = o;
    const row = {
      ...fields,
      alternateName: fields.alternateName ?? null,
      email: fields.email ?? null,
      legalStatus: fields.legalStatus ?? null,
    };
    await upsertOrganization(tx, { id, ...row });
  }
}

// ---------------------------------------------------------------- offers

async function isUpToDate(tx: Tx, input: OfferDataInput) {
  const wanted = offerDataSchema.parse(input);
  let stored: OfferData | null;
  try {
    stored = await readOfferData(tx, wanted.id);
  } catch {
    return false; // stored data no longer validates: publish the seed version
  }
  return stored !== null && sameOffer(stored, wanted, { rowIds: false });
}

// ---------------------------------------------------------------- consistency of the seed itself

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Throws if the seed files contradict themselves (duplicate ids, unknown codes, ...). */
export function validateSeed() {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, what: string) => {
    if (!UUID.test(id)) problems.push(`${what}: "${id}" is not a literal uuid v4`);
    const prior = seen.get(id);
    if (prior && prior !== what) problems.push(`${what}: id ${id} also used by ${prior}`);
    seen.set(id, what);
  };

  const codes = new Map(taxonomies.map((t) => [t.key, new Set(t.terms.map((x) => x.code))]));
  for (const t of taxonomies) {
    claim(t.id, `taxonomy ${t.key}`);
    for (const term of t.terms) claim(term.id, `term ${t.key}/${term.code}`);
  }
  for (const a of planningAreas) {
    claim(a.id, `Planungsraum ${a.code}`);
    if (a.population2023.length !== AGE_BANDS.length) problems.push(`Planungsraum ${a.code}: population bands`);
  }
  claim(planningPeriod.id, "planning period");
  for (const g of goals) {
    claim(g.id, `goal ${g.title}`);
    for (const s of g.subGoals) claim(s.id, `sub-goal ${s.title}`);
  }
  const measureIds = new Set<string>();
  for (const m of Object.values(measures)) {
    claim(m.id, `measure ${m.code}`);
    measureIds.add(m.id);
    for (const ind of m.indicators) claim(ind.id, `indicator of ${m.code}`);
  }
  for (const p of mikroprojekte) {
    claim(p.id, `Mikroprojekt ${p.title}`);
    if (p.amountEur > 1000) problems.push(`Mikroprojekt ${p.title}: more than 1,000 EUR`);
  }
  const orgs = new Map(organizations.map((o) => [o.id, o]));
  for (const o of organizations) claim(o.id, `organisation ${o.name}`);

  const locations = new Map<string, string>();
  for (const input of offers) {
    const parsed = offerDataSchema.safeParse(input);
    if (!parsed.success) {
      problems.push(`offer ${input.name}: ${parsed.error.message}`);
      continue;
    }
    const o = parsed.data;
    claim(o.id, `offer ${o.name}`);
    const org = orgs.get(o.organizationId);
    if (!org) problems.push(`offer ${o.name}: unknown organisation`);
    else if (org.isDemo && !o.isDemo) problems.push(`offer ${o.name}: real offer of a demo organisation`);
    for (const [field, key] of [
      ["handlungsfelder", "handlungsfeld"],
      ["lebensphasen", "lebensphase"],
      ["angebotsarten", "angebotsart"],
      ["hinweise", "hinweis"],
    ] as const) {
      if (o[field].length === 0 && field !== "hinweise") problems.push(`offer ${o.name}: no ${key}`);
      for (const c of o[field]) if (!codes.get(key)!.has(c)) problems.push(`offer ${o.name}: unknown ${key} ${c}`);
      if (new Set(o[field]).size !== o[field].length) problems.push(`offer ${o.name}: duplicate ${key}`);
    }
    for (const c of [...o.serviceAreaCodes, ...o.locations.flatMap((l) => l.planningAreaCode ?? [])]) {
      if (!codes.get("planungsraum")!.has(c)) problems.push(`offer ${o.name}: unknown Planungsraum ${c}`);
    }
    for (const id of o.measureIds) if (!measureIds.has(id)) problems.push(`offer ${o.name}: unknown measure ${id}`);
    for (const l of o.locations) {
      // A shared place must be identical everywhere (publishing rewrites it from each offer).
      const { schedules: _s, ...place } = l;
      const key = JSON.stringify({ ...place, organizationId: o.organizationId, isDemo: o.isDemo });
      const prior = locations.get(l.id);
      if (prior === undefined) {
        claim(l.id, `location of ${o.name}`);
        locations.set(l.id, key);
      } else if (prior !== key) {
        problems.push(`offer ${o.name}: location ${l.id} differs from another offer's copy`);
      }
    }
  }
  if (problems.length) throw new Error(`invalid seed data:\n- ${problems.join("\n- ")}`);
}
