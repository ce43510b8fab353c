import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../../server/authz";
import { createPeriod, nextPeriodDefaults } from "../../server/plan/period-carry-over";
import { periodComparisonCsv } from "../../server/plan/period-comparison-csv";
import { getPeriodComparison } from "../../server/plan/period-comparison";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createRoleUsers, offerData, publishTestOffer } from "../setup/fixtures";

// The Fortschreibung on a hand-made plan 2023–2024:
//   A  IN_PROGRESS  HF 4, under Ziel/Unterziel, two assessed indicators, served by an offer (with a note)
//   B  PLANNED      HF 4, no offer
//   E  DELAYED      HF 4
//   C  IMPLEMENTED  HF 4   -> closed: stays behind
//   D  DISCONTINUED HF 5   -> closed: stays behind
// A provider's open draft of the offer names A.

const { db } = setupTestDatabase();
let users: Awaited<ReturnType<typeof createRoleUsers>>;
let oldPeriodId: string;
let hf5: string;
let offerId: string;
let revisionId: string;
const ids: Record<string, string> = {};
const NEXT = { name: "Plan 2025–2026", startsOn: "2025-01-01", endsOn: "2026-12-31", adoptedOn: "2024-11-20", lszStage: "3" };

beforeAll(async () => {
  await createReferenceData(db);
  users = await createRoleUsers(db);
  const hf4 = (await db.taxonomyTerm.findFirstOrThrow({ where: { code: "4" } })).id;
  const taxonomy = await db.taxonomy.findUniqueOrThrow({ where: { key: "handlungsfeld" } });
  hf5 = (await db.taxonomyTerm.create({ data: { taxonomyId: taxonomy.id, code: "5", name: "Wohnumfeld", sortOrder: 5 } })).id;
  oldPeriodId = (await db.planningPeriod.create({ data: { name: "Plan 2023–2024", startsOn: new Date("2023-01-01"), endsOn: new Date("2024-12-31"), capCents: 350_000_00, landSharePercent: 75 } })).id;
  const goal = await db.goal.create({
    data: { periodId: oldPeriodId, handlungsfeldId: hf4, title: "Beratung sichern", sortOrder: 1, subGoals: { create: [{ title: "Niedrigschwellig beraten", sortOrder: 1 }] } },
    include: { subGoals: true },
  });
  const measures = [
    ["A", "IN_PROGRESS", hf4, [true, false]],
    ["B", "PLANNED", hf4, []],
    ["E", "DELAYED", hf4, [null]],
    ["C", "IMPLEMENTED", hf4, [true]],
    ["D", "DISCONTINUED", hf5, []],
  ] as const;
  for (const [key, status, hf, indicators] of measures) {
    const m = await db.measure.create({
      data: {
        periodId: oldPeriodId,
        handlungsfeldId: hf,
        subGoalId: key === "A" ? goal.subGoals[0].id : null,
        code: `M-${key}`,
        title: `Maßnahme ${key}`,
        timeframe: "ab 2023",
        status,
        responsibleBody: "Sozialamt",
        plannedCents: 10_000_00,
        spentCents: 5_000_00,
        indicators: { create: indicators.map((fulfilled, i) => ({ statement: `Indikator ${key} ${i + 1}`, fulfilled, sortOrder: i })) },
      },
    });
    ids[key] = m.id;
  }
  offerId = await publishTestOffer(db, offerData({ measureIds: [ids.A] }));
  await db.serviceMeasure.update({ where: { serviceId_measureId: { serviceId: offerId, measureId: ids.A } }, data: { note: "Kernangebot" } });
  const stored = await db.serviceVersion.findFirstOrThrow({ where: { serviceId: offerId } });
  revisionId = (await db.serviceRevision.create({ data: { serviceId: offerId, authorId: users.provider.id, data: stored.data!, baseVersion: 1, state: "SUBMITTED" } })).id;
});

const newMeasures = (periodId: string) =>
  db.measure.findMany({
    where: { periodId },
    orderBy: { code: "asc" },
    include: { indicators: { orderBy: { sortOrder: "asc" } }, services: true, subGoal: { include: { goal: true } } },
  });

describe("a new planning period", () => {
  it("is refused to providers and network partners, and changes nothing", async () => {
    for (const who of [users.provider, users.partner, null]) {
      await expect(createPeriod(who, NEXT)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(nextPeriodDefaults(who)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(getPeriodComparison(users.provider, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getPeriodComparison(users.partner, {})).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.planningPeriod.count()).toBe(1);
  });

  it("refuses bad dates and names with a message per field, and overlapping periods", async () => {
    const refused = async (input: Record<string, unknown>) => {
      const result = await createPeriod(users.reviewer, input);
      expect(result.ok).toBe(false);
      return result.ok ? {} : result.errors;
    };
    expect(await refused({ ...NEXT, name: "  ", startsOn: "2025-02-30", endsOn: "morgen", adoptedOn: "13.10.2020", lszStage: "4" })).toEqual({
      name: "required",
      startsOn: "notADate",
      endsOn: "notADate",
      adoptedOn: "notADate",
      lszStage: "notAStage",
    });
    expect(await refused({ ...NEXT, endsOn: "2025-01-01" })).toEqual({ endsOn: "endBeforeStart" });
    expect(await refused({ ...NEXT, startsOn: "2024-12-31" })).toEqual({ startsOn: "overlaps" });
    expect(await refused({ ...NEXT, name: "x".repeat(201) })).toEqual({ name: "tooLong" });
    expect(await refused({ name: 5, startsOn: ["2025-01-01"] })).toMatchObject({ name: "required", startsOn: "notADate" });
    expect(await db.planningPeriod.count()).toBe(1);
  });

  it("proposes the day after the latest period ends, for two years", async () => {
    expect(await nextPeriodDefaults(users.reviewer)).toEqual({ previous: "Plan 2023–2024", name: "Fortschreibung 2025–2026", startsOn: "2025-01-01", endsOn: "2026-12-31", lszStage: "" });
  });

  it("carries over exactly the open measures, linked to their predecessors, with fresh indicators and the offers", async () => {
    const result = await createPeriod(users.reviewer, NEXT);
    expect(result).toMatchObject({ ok: true, carried: 3 });
    if (!result.ok) return;
    const period = await db.planningPeriod.findUniqueOrThrow({ where: { id: result.periodId } });
    expect(period).toMatchObject({ name: "Plan 2025–2026", lszStage: 3, capCents: 350_000_00, landSharePercent: 75 });
    expect(period.adoptedOn?.toISOString().slice(0, 10)).toBe("2024-11-20");

    const carried = await newMeasures(result.periodId);
    expect(carried.map((m) => [m.code, m.continuesId, m.status])).toEqual([
      ["M-A", ids.A, "IN_PROGRESS"],
      ["M-B", ids.B, "PLANNED"],
      ["M-E", ids.E, "DELAYED"],
    ]);
    const [a] = carried;
    expect(a.indicators.map((i) => [i.statement, i.fulfilled])).toEqual([
      ["Indikator A 1", null],
      ["Indikator A 2", null],
    ]);
    expect(a.services).toEqual([{ serviceId: offerId, measureId: a.id, note: "Kernangebot" }]);
    expect([a.plannedCents, a.spentCents]).toEqual([null, null]);
    // The Unterziel is the new period's copy, not the old one.
    expect(a.subGoal?.title).toBe("Niedrigschwellig beraten");
    expect(a.subGoal?.goal.periodId).toBe(result.periodId);
    expect(await db.goal.count({ where: { periodId: result.periodId } })).toBe(1);

    // The old period stays as it was: its assessments and its offer link.
    const old = await newMeasures(oldPeriodId);
    expect(old).toHaveLength(5);
    expect(old[0].indicators.map((i) => i.fulfilled)).toEqual([true, false]);
    expect(old[0].services).toHaveLength(1);
    // The provider's open draft keeps the new link when it is approved.
    const draft = await db.serviceRevision.findUniqueOrThrow({ where: { id: revisionId } });
    expect((draft.data as { measureIds: string[] }).measureIds).toEqual([ids.A, a.id]);
  });

  it("compares the two periods: carried over (and changed), added and dropped, per Handlungsfeld", async () => {
    const newPeriod = await db.planningPeriod.findFirstOrThrow({ where: { name: "Plan 2025–2026" } });
    const [a, b] = await newMeasures(newPeriod.id);
    await db.measure.update({ where: { id: a.id }, data: { title: "Maßnahme A, erweitert", responsibleBody: "Jugendamt" } });
    await db.measureIndicator.create({ data: { measureId: b.id, statement: "Konzept liegt vor" } });
    await db.measure.create({ data: { periodId: newPeriod.id, handlungsfeldId: hf5, code: "M-F", title: "Maßnahme F" } });

    const c = (await getPeriodComparison(users.reviewer, {}))!;
    expect([c.from?.name, c.to?.name]).toEqual(["Plan 2023–2024", "Plan 2025–2026"]);
    expect(c.counts).toEqual({ carried: 3, changed: 2, added: 1, dropped: 2 });
    expect(c.sections.map((s) => s.handlungsfeld.code)).toEqual(["4", "5"]);
    const [s4, s5] = c.sections;
    expect(s4.carried.map((p) => [p.before.code, p.changes.map((ch) => ch.field)])).toEqual([
      ["M-A", ["title", "responsibleBody"]],
      ["M-B", ["indicators"]],
      ["M-E", []],
    ]);
    expect(s4.carried[0].changes[0]).toEqual({ field: "title", before: "Maßnahme A", after: "Maßnahme A, erweitert" });
    expect(s4.dropped.map((m) => [m.code, m.status])).toEqual([["M-C", "IMPLEMENTED"]]);
    expect(s4.added).toEqual([]);
    expect(s5.added.map((m) => m.code)).toEqual(["M-F"]);
    expect(s5.dropped.map((m) => m.code)).toEqual(["M-D"]);

    const csv = periodComparisonCsv(c);
    expect(csv).toContain("Beratung, Unterstützung und Information;fortgeführt, geändert;M-A;Maßnahme A;Maßnahme A, erweitert;");
    expect(csv).toContain("Wohnumfeld;neu;M-F;;Maßnahme F;");
    expect(csv).toContain("Wohnumfeld;entfallen;M-D;Maßnahme D;;");

    // An id that names no period is a 404; a malformed one falls back to the default.
    expect(await getPeriodComparison(users.reviewer, { von: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    expect((await getPeriodComparison(users.reviewer, { von: "x'; drop table" }))?.from?.name).toBe("Plan 2023–2024");
  });

  it("follows continuations across a period in between", async () => {
    const result = await createPeriod(users.reviewer, { name: "Plan 2027–2028", startsOn: "2027-01-01", endsOn: "2028-12-31", adoptedOn: "", lszStage: "" });
    expect(result).toMatchObject({ ok: true, carried: 4 });
    const c = (await getPeriodComparison(users.reviewer, { von: oldPeriodId }))!;
    expect(c.to?.name).toBe("Plan 2027–2028");
    expect(c.counts).toEqual({ carried: 3, changed: 2, added: 1, dropped: 2 });
  });

  it("counts a measure retired in the later period as dropped", async () => {
    const latest = await db.planningPeriod.findFirstOrThrow({ where: { name: "Plan 2027–2028" } });
    await db.measure.updateMany({ where: { periodId: latest.id, code: "M-E" }, data: { retiredAt: new Date() } });
    const c = (await getPeriodComparison(users.reviewer, { von: oldPeriodId }))!;
    expect(c.counts).toEqual({ carried: 2, changed: 2, added: 1, dropped: 3 });
    expect(c.sections[0].dropped.map((m) => m.code)).toEqual(["M-C", "M-E"]);
  });
});
