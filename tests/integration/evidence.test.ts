import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../../server/authz";
import { assessIndicator, getEvidenceDocument } from "../../server/plan/evidence";
import { MAX_EVIDENCE_BYTES } from "../../server/plan/evidence-file";
import { getMeasureDetail } from "../../server/plan/evidence-queries";
import { getPlanView } from "../../server/plan/plan-view";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createRoleUsers } from "../setup/fixtures";

// Indicator assessments with evidence on one measure with two indicators ("Konzept liegt vor",
// "Eröffnung der Einrichtung"). Every write goes through assessIndicator as the form's action does.

const { db } = setupTestDatabase();
let users: Awaited<ReturnType<typeof createRoleUsers>>;
let measureId: string;
let konzept: string;
let eroeffnung: string;

/** A tiny but real PDF (file-type reads the "%PDF-" magic). */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const pdfFile = (name = "Konzept.pdf", bytes: Uint8Array<ArrayBuffer> = new Uint8Array(PDF)) => new File([bytes], name, { type: "application/pdf" });
const form = (indicatorId: string, fields: Record<string, unknown> = {}) => ({ indicatorId, fulfilled: "ja", assessedOn: "2026-03-02", note: "", ...fields });
const count = () => db.indicatorAssessment.count();

beforeAll(async () => {
  await createReferenceData(db);
  users = await createRoleUsers(db);
  const hf = await db.taxonomyTerm.findFirstOrThrow({ where: { code: "4", taxonomy: { key: "handlungsfeld" } } });
  const period = await db.planningPeriod.create({ data: { name: "Plan 2025–2026", startsOn: new Date("2025-01-01"), endsOn: new Date("2026-12-31") } });
  const measure = await db.measure.create({
    data: {
      periodId: period.id,
      handlungsfeldId: hf.id,
      title: "Einen Pflegestützpunkt aufbauen",
      indicators: { create: [{ statement: "Konzept liegt vor", sortOrder: 1 }, { statement: "Eröffnung der Einrichtung", sortOrder: 2 }] },
    },
    select: { id: true, indicators: { select: { id: true, statement: true } } },
  });
  measureId = measure.id;
  konzept = measure.indicators.find((i) => i.statement === "Konzept liegt vor")!.id;
  eroeffnung = measure.indicators.find((i) => i.statement !== "Konzept liegt vor")!.id;
});

describe("indicator assessments", () => {
  it("stores who assessed what and when, with the document checked by content", async () => {
    const before = new Date();
    const result = await assessIndicator(users.reviewer, form(konzept, { note: " Konzept vom Amt\u0000 bestätigt ", document: pdfFile("../../Konzept <final>.PDF") }));
    expect(result).toEqual({ ok: true, measureId });
    const stored = await db.indicatorAssessment.findFirstOrThrow({ where: { indicatorId: konzept }, include: { document: true } });
    expect(stored).toMatchObject({ fulfilled: true, userId: users.reviewer.id, note: "Konzept vom Amt bestätigt" });
    expect(stored.assessedOn.toISOString().slice(0, 10)).toBe("2026-03-02");
    expect(stored.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(stored.document).toMatchObject({ fileName: "Konzept _final_.pdf", contentType: "application/pdf", size: PDF.length });
    expect(stored.document!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(stored.document!.content)).toEqual(PDF);
    // The indicator's state follows, so the plan view's flag goes once both are assessed.
    expect((await db.measureIndicator.findUniqueOrThrow({ where: { id: konzept } })).fulfilled).toBe(true);
    const flagsOf = async () => (await getPlanView(users.reviewer, {}, "de", { today: "2026-06-01" }))!.sections[0]!.goals[0]!.subGoals[0]!.measures[0]!.flags;
    expect(await flagsOf()).toContain("indikator");
    expect((await assessIndicator(users.reviewer, form(eroeffnung, { fulfilled: "nein" }))).ok).toBe(true);
    expect(await flagsOf()).not.toContain("indikator");
  });

  it("keeps the history: a new assessment is added, the newest is the state", async () => {
    expect((await assessIndicator(users.reviewer, form(konzept, { fulfilled: "nein", assessedOn: "2026-04-01", note: "Konzept zurückgezogen" }))).ok).toBe(true);
    const detail = await getMeasureDetail(users.reviewer, measureId);
    const indicator = detail.indicators.find((i) => i.id === konzept)!;
    expect(indicator.fulfilled).toBe(false);
    expect(indicator.assessments.map((a) => [a.fulfilled, a.assessedOn, a.note])).toEqual([
      [false, "2026-04-01", "Konzept zurückgezogen"],
      [true, "2026-03-02", "Konzept vom Amt bestätigt"],
    ]);
    expect(indicator.assessments[1]!.who).toBe(users.reviewer.email);
    expect(indicator.assessments[1]!.document).toMatchObject({ fileName: "Konzept _final_.pdf", href: expect.stringMatching(/^\/planung\/plan\/nachweise\/[0-9a-f-]{36}\.pdf$/) });
  });

  it("refuses a file whose bytes are not PDF, PNG, JPEG or WebP, whatever its name says", async () => {
    const before = await count();
    const html = Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>");
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(510)]);
    for (const bytes of [html, exe]) {
      const result = await assessIndicator(users.reviewer, form(konzept, { note: "bleibt stehen", document: pdfFile("Nachweis.pdf", bytes) }));
      expect(result).toEqual({ ok: false, errors: { document: "wrongType" } });
    }
    expect(await count()).toBe(before);
  });

  it("refuses a file over 10 MB without reading it, and names every wrong field at once", async () => {
    const before = await count();
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    big.set(PDF);
    expect(await assessIndicator(users.reviewer, form(konzept, { document: pdfFile("gross.pdf", big) }))).toEqual({ ok: false, errors: { document: "tooLarge" } });
    // Exactly 10 MB is fine.
    expect((await assessIndicator(users.reviewer, form(eroeffnung, { document: pdfFile("genau.pdf", big.subarray(0, MAX_EVIDENCE_BYTES)) }))).ok).toBe(true);
    const html = pdfFile("x.pdf", Buffer.from("<html>"));
    const bad = await assessIndicator(users.reviewer, form(konzept, { fulfilled: "vielleicht", assessedOn: "2999-01-01", note: "x".repeat(2001), document: html }));
    expect(bad).toEqual({ ok: false, errors: { fulfilled: "required", assessedOn: "future", note: "tooLong", document: "wrongType" } });
    expect((await assessIndicator(users.reviewer, form(konzept, { assessedOn: "2026-02-30" }))).ok).toBe(false);
    expect(await count()).toBe(before + 1);
  });

  it("refuses providers and network partners; an unknown indicator is not found", async () => {
    const before = await count();
    for (const actor of [users.provider, users.otherProvider, users.partner, null])
      await expect(assessIndicator(actor, form(konzept, { document: pdfFile() }))).rejects.toThrow(ForbiddenError);
    await expect(assessIndicator(users.reviewer, form("00000000-0000-4000-8000-000000000000"))).rejects.toThrow(NotFoundError);
    await expect(assessIndicator(users.reviewer, form("kein-uuid"))).rejects.toThrow(NotFoundError);
    expect(await count()).toBe(before);
  });

  it("serves documents and the measure page only to planners", async () => {
    const doc = await db.evidenceDocument.findFirstOrThrow({ where: { fileName: "Konzept _final_.pdf" }, select: { id: true } });
    expect(Buffer.from((await getEvidenceDocument(users.reviewer, doc.id)).content)).toEqual(PDF);
    for (const actor of [users.provider, users.partner, null]) {
      await expect(getEvidenceDocument(actor, doc.id)).rejects.toThrow(ForbiddenError);
      await expect(getMeasureDetail(actor, measureId)).rejects.toThrow(ForbiddenError);
    }
    await expect(getEvidenceDocument(users.reviewer, "00000000-0000-4000-8000-000000000000")).rejects.toThrow(NotFoundError);
    await expect(getMeasureDetail(users.reviewer, "../etc")).rejects.toThrow(NotFoundError);
  });
});
