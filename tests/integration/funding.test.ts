import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../../server/authz";
import { fundingCsv, mikroprojekteCsv } from "../../server/funding/csv";
import { deleteMikroprojekt, getMikroprojektRegister, saveMikroprojekt, saveMikroprojektBudget } from "../../server/funding/mikroprojekte";
import { parseEuroCents } from "../../server/funding/money";
import { saveMeasureFunding, savePeriodFunding } from "../../server/funding/mutations";
import { getFundingView, splitCents } from "../../server/funding/summary";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createRoleUsers } from "../setup/fixtures";

// Funding of a plan period against its cap, and the Mikroprojekte register, on a fixture with two
// Handlungsfelder: 4 holds measures A and B, 5 holds measure C. Cap 100.000,00 €, Land 70 %.

const { db } = setupTestDatabase();
let users: Awaited<ReturnType<typeof createRoleUsers>>;
let periodId: string;
let hf4: string;
let hf5: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await createReferenceData(db);
  users = await createRoleUsers(db);
  hf4 = (await db.taxonomyTerm.findFirstOrThrow({ where: { code: "4" } })).id;
  const taxonomy = await db.taxonomy.findUniqueOrThrow({ where: { key: "handlungsfeld" } });
  hf5 = (await db.taxonomyTerm.create({ data: { taxonomyId: taxonomy.id, code: "5", name: "Wohnumfeld", sortOrder: 5 } })).id;
  periodId = (await db.planningPeriod.create({ data: { name: "Plan 2025–2026", startsOn: new Date("2025-01-01"), endsOn: new Date("2026-12-31"), capCents: 100_000_00 } })).id;
  for (const [key, hf] of [["A", hf4], ["B", hf4], ["C", hf5]] as const)
    ids[key] = (await db.measure.create({ data: { periodId, handlungsfeldId: hf, code: key, title: `Maßnahme ${key}` } })).id;
});

const view = async () => (await getFundingView(users.reviewer, periodId))!;
const row = (v: Awaited<ReturnType<typeof view>>, hf: string) => v.rows.find((r) => r.handlungsfeld.id === hf)!;

describe("funding of a plan period", () => {
  it("reads German amounts", () => {
    expect(parseEuroCents("1.234,56")).toBe(123456);
    expect(parseEuroCents("350.000 €")).toBe(35_000_000);
    expect(parseEuroCents("1234,5")).toBe(123450);
    for (const bad of ["-5", "1,234", "12,345", "1234.56", "abc", "1.23.4", "1,2,3"]) expect(parseEuroCents(bad), bad).toBeNull();
  });

  it("sums per Handlungsfeld and in total, splits 70/30 and warns only above the cap", async () => {
    expect((await saveMeasureFunding(users.reviewer, ids.A, { planned: "40.000,00", spent: "10.000,01" })).ok).toBe(true);
    expect((await saveMeasureFunding(users.reviewer, ids.B, { planned: "20.000", spent: "" })).ok).toBe(true);
    expect((await saveMeasureFunding(users.reviewer, ids.C, { planned: "40.000,00", spent: "5.000" })).ok).toBe(true);
    let v = await view();
    expect(row(v, hf4)).toMatchObject({ plannedCents: 60_000_00, spentCents: 10_000_01, landCents: 42_000_00, kommuneCents: 18_000_00 });
    expect(row(v, hf5)).toMatchObject({ plannedCents: 40_000_00, spentCents: 5_000_00 });
    // Planned equals the cap exactly: no warning.
    expect(v.total).toMatchObject({ plannedCents: 100_000_00, spentCents: 15_000_01, landCents: 70_000_00, kommuneCents: 30_000_00 });
    expect(v.plannedOverCap).toBe(false);
    expect(v.spentOverCap).toBe(false);
    // One cent more: the warning.
    await saveMeasureFunding(users.reviewer, ids.C, { planned: "40.000,01", spent: "5.000" });
    v = await view();
    expect(v.total.plannedCents).toBe(100_000_01);
    expect(v.plannedOverCap).toBe(true);
    expect(v.spentOverCap).toBe(false);
    expect(fundingCsv(v)).toContain("Gesamt;100000,01;70000,01;30000,00;15000,01;100000,00;70;geplant");
  });

  it("splits by the period's configured share, the Kommune taking the rounding rest", async () => {
    expect(splitCents(100, 70)).toEqual({ landCents: 70, kommuneCents: 30 });
    expect(splitCents(1, 70)).toEqual({ landCents: 1, kommuneCents: 0 });
    expect((await savePeriodFunding(users.reviewer, periodId, { lszStage: "3", cap: "350.000,00", landSharePercent: "80" })).ok).toBe(true);
    const v = await view();
    expect(v.settings).toEqual({ lszStage: 3, capCents: 350_000_00, landSharePercent: 80 });
    expect(v.total).toMatchObject({ landCents: 80_000_01, kommuneCents: 20_000_00 });
    expect(v.plannedOverCap).toBe(false);
  });

  it("refuses bad values next to their fields and changes nothing", async () => {
    const before = await db.measure.findUniqueOrThrow({ where: { id: ids.A } });
    expect(await saveMeasureFunding(users.reviewer, ids.A, { planned: "12,345", spent: "-1" })).toEqual({ ok: false, errors: { planned: "notAnAmount", spent: "notAnAmount" } });
    expect(await savePeriodFunding(users.reviewer, periodId, { lszStage: "4", cap: "x", landSharePercent: "101" })).toEqual({
      ok: false,
      errors: { lszStage: "notAStage", cap: "notAnAmount", landSharePercent: "notAPercent" },
    });
    expect(await db.measure.findUniqueOrThrow({ where: { id: ids.A } })).toEqual(before);
  });

  it("keeps who changed which field when, old -> new", async () => {
    const rows = await db.planChange.findMany({ where: { periodId }, orderBy: { at: "asc" } });
    expect(rows.every((r) => r.userId === users.reviewer.id && r.at instanceof Date)).toBe(true);
    expect(rows).toContainEqual(expect.objectContaining({ entity: "MEASURE", entityId: ids.A, subject: "A Maßnahme A", field: "planned", oldValue: null, newValue: "40.000,00\u00a0€" }));
    expect(rows).toContainEqual(expect.objectContaining({ subject: "C Maßnahme C", field: "planned", oldValue: "40.000,00\u00a0€", newValue: "40.000,01\u00a0€" }));
    expect(rows).toContainEqual(expect.objectContaining({ entity: "PERIOD", subject: "Planungszeitraum", field: "landSharePercent", oldValue: "70 %", newValue: "80 %" }));
    // An unchanged field leaves no row: C's spent amount was saved twice as 5.000.
    expect(rows.filter((r) => r.subject === "C Maßnahme C" && r.field === "spent")).toHaveLength(1);
    expect((await view()).history[0]).toMatchObject({ who: expect.any(String) });
  });

  it("refuses providers and network partners on reads and writes", async () => {
    for (const person of [users.provider, users.partner]) {
      await expect(getFundingView(person, periodId)).rejects.toThrow(ForbiddenError);
      await expect(saveMeasureFunding(person, ids.A, { planned: "1", spent: "1" })).rejects.toThrow(ForbiddenError);
      await expect(savePeriodFunding(person, periodId, { lszStage: "1", cap: "1", landSharePercent: "1" })).rejects.toThrow(ForbiddenError);
      await expect(getMikroprojektRegister(person, 2021)).rejects.toThrow(ForbiddenError);
      await expect(saveMikroprojekt(person, null, {})).rejects.toThrow(ForbiddenError);
      await expect(saveMikroprojektBudget(person, 2021, "1")).rejects.toThrow(ForbiddenError);
    }
    expect((await db.measure.findUniqueOrThrow({ where: { id: ids.A } })).plannedCents).toBe(40_000_00);
  });
});

describe("Mikroprojekte", () => {
  const project = (amount: string, overrides: Record<string, string> = {}) => ({
    title: "Vorlesepaten",
    recipient: "Nachbarschaftsverein",
    handlungsfeldId: hf4,
    amount,
    date: "2021-05-03",
    status: "APPROVED",
    ...overrides,
  });

  it("accepts 1.000,00 € and refuses 1.000,01 € with the cap message, storing nothing", async () => {
    expect(await saveMikroprojekt(users.reviewer, null, project("1.000,01"))).toEqual({ ok: false, errors: { amount: "overCap" } });
    expect(await db.mikroprojekt.count()).toBe(0);
    expect(await saveMikroprojekt(users.reviewer, null, project("1.000,00"))).toEqual({ ok: true, year: 2021 });
    expect(await db.mikroprojekt.findFirstOrThrow()).toMatchObject({ amountCents: 100_000, year: 2021, status: "APPROVED", isDemo: false });
  });

  it("requires title, recipient, Handlungsfeld and date", async () => {
    const result = await saveMikroprojekt(users.reviewer, null, { title: " ", recipient: "", handlungsfeldId: "", amount: "", date: "", status: "X" });
    expect(result).toEqual({ ok: false, errors: { title: "required", recipient: "required", handlungsfeldId: "required", amount: "required", date: "notADate", status: "required" } });
  });

  it("sums a year against its stored budget, leaving out rejected ones", async () => {
    await saveMikroprojekt(users.reviewer, null, project("600", { title: "Spielplatzfest", handlungsfeldId: hf5 }));
    await saveMikroprojekt(users.reviewer, null, project("900", { title: "Abgelehnt", status: "REJECTED" }));
    await saveMikroprojekt(users.reviewer, null, project("500", { title: "Anderes Jahr", date: "2022-02-01" }));
    expect((await saveMikroprojektBudget(users.reviewer, 2021, "15.000,00")).ok).toBe(true);
    let register = await getMikroprojektRegister(users.reviewer, "2021");
    expect(register).toMatchObject({ year: 2021, totalCents: 1_600_00, budgetCents: 15_000_00, overBudget: false });
    expect(register.projects.map((p) => p.title).sort()).toEqual(["Abgelehnt", "Spielplatzfest", "Vorlesepaten"]);
    expect(mikroprojekteCsv(register)).toContain("2021;;Summe (ohne abgelehnte);;;1600,00;;");
    await saveMikroprojektBudget(users.reviewer, 2021, "1.500");
    register = await getMikroprojektRegister(users.reviewer, "2021");
    expect(register.overBudget).toBe(true);
    // Editing: a changed amount, still held to the cap; an unknown id is not found.
    const fest = register.projects.find((p) => p.title === "Spielplatzfest")!;
    expect(await saveMikroprojekt(users.reviewer, fest.id, project("1.500", { title: "Spielplatzfest" }))).toEqual({ ok: false, errors: { amount: "overCap" } });
    expect(await saveMikroprojekt(users.reviewer, fest.id, project("700", { title: "Spielplatzfest" }))).toEqual({ ok: true, year: 2021 });
    expect((await db.mikroprojekt.findUniqueOrThrow({ where: { id: fest.id } })).amountCents).toBe(700_00);
    await expect(saveMikroprojekt(users.reviewer, "00000000-0000-4000-8000-000000000000", project("1"))).rejects.toThrow(NotFoundError);
    const rejected = register.projects.find((p) => p.title === "Abgelehnt")!;
    await deleteMikroprojekt(users.reviewer, rejected.id);
    expect(await db.mikroprojekt.count({ where: { year: 2021 } })).toBe(2);
  });
});
