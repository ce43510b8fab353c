import { beforeAll, describe, expect, it } from "vitest";
import { loadDocuments } from "../../search/sync";
import { parseSearchParams } from "../../search/params";
import { searchOffers } from "../../search/query";
import { reindex } from "../../search/reindex";
import { ForbiddenError, NotFoundError } from "../../server/authz";
import { listCellOffers } from "../../server/coverage/cell-offers";
import { getCoverageMatrix } from "../../server/coverage/matrix";
import { coverageParamsSchema } from "../../server/coverage/params";
import { assignedOffersCte, axisTermsCte, capacitySql } from "../../server/coverage/sql";
import { getPublicOffer } from "../../server/offers/queries";
import type { ScenarioDelta } from "../../server/scenarios/delta";
import { addHypotheticalOffer, addRemoval, createScenario, deleteHypotheticalOffer, deleteScenario, undoRemoval } from "../../server/scenarios/mutations";
import { getScenario, getScenarioDelta, listScenarios } from "../../server/scenarios/queries";
import { cellOf as cell, createCoverageFixture } from "../setup/coverage-fixture";
import { setupTestDatabase } from "../setup/database";

// What-if on the hand-computed fixture of tests/setup/coverage-fixture.ts (Handlungsfeld 4):
// today innenstadt 2 offers / 5 places / 10,000 residents, oststadt 2 / 13 / 5,000, nord 0 / 4,000
// (a gap); city rate 4 / 19,000.

const { db } = setupTestDatabase();
let fixture: Awaited<ReturnType<typeof createCoverageFixture>>;
const users = () => fixture.users;

beforeAll(async () => {
  fixture = await createCoverageFixture(db);
});

const form = (o: Record<string, string | string[]> = {}) => ({
  name: "Neuer Treff Nord",
  area: "nord",
  angebotsart: "schuldnerberatung",
  handlungsfelder: ["4"],
  lebensphasen: ["senioren"],
  places: "20",
  fte: "1,5",
  ...o,
});

async function scenarioWith(name: string, added: Record<string, string | string[]>[], removed: string[]) {
  const created = await createScenario(users().reviewer, { name, note: "" });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  for (const o of added) expect((await addHypotheticalOffer(users().reviewer, created.id, form(o))).ok).toBe(true);
  for (const id of removed) await addRemoval(users().reviewer, created.id, id);
  return (await getScenarioDelta(users().reviewer, created.id)).delta;
}

describe("getCoverageMatrix with a scenario", () => {
  it("counts a hypothetical offer with its places and VZÄ in exactly its cell, and closes the gap there", async () => {
    const today = await getCoverageMatrix(users().reviewer, {});
    const delta = await scenarioWith("Treff in Nord", [{}], []);
    const m = await getCoverageMatrix(users().reviewer, {}, "de", delta);
    // City rate 5 / 19,000: half of it is 0.13 per 1,000, nord's 0.25 is above it.
    expect(cell(m, "nord")).toMatchObject({ offers: 1, places: 20, placesMissing: 0, fte: 1.5, fteMissing: 0, residents: 4_000, offersPer1000: 0.25, placesPer1000: 5, gap: null });
    expect(cell(today, "nord").gap).toBe("none");
    for (const row of ["innenstadt", "oststadt", "stadtweit", "regional"]) expect(cell(m, row), row).toEqual(cell(today, row));
    expect(m.cityRates[0]).toBeCloseTo((5 * 1000) / 19_000);
    // On the life-phase axis it counts against its age band (1 per 1,000 seniors in nord).
    expect(cell(await getCoverageMatrix(users().reviewer, { achse: "lebensphase" }, "de", delta), "nord")).toMatchObject({ offers: 1, residents: 1_000, offersPer1000: 1 });
    expect(cell(await getCoverageMatrix(users().reviewer, { achse: "angebotsart" }, "de", delta), "nord")).toMatchObject({ offers: 1, places: 20 });
    // It states nothing about costs or channels, so such a filter leaves it out.
    expect(cell(await getCoverageMatrix(users().reviewer, { kostenlos: "1" }, "de", delta), "nord").offers).toBe(0);
  });

  it("drops removed offers from their cells, and a gap appears where none is left", async () => {
    const withoutShelter = await getCoverageMatrix(users().reviewer, {}, "de", await scenarioWith("Ohne Schutzwohnung", [], [fixture.ids.shelter]));
    expect(cell(withoutShelter, "oststadt")).toMatchObject({ offers: 1, places: 5, residents: 5_000, offersPer1000: 0.2 });
    expect(cell(withoutShelter, "innenstadt")).toMatchObject({ offers: 2, places: 5 });
    const innenstadtEmpty = await getCoverageMatrix(users().reviewer, {}, "de", await scenarioWith("Innenstadt leer", [], [fixture.ids.mobile, fixture.ids.treff]));
    expect(cell(innenstadtEmpty, "innenstadt")).toMatchObject({ offers: 0, places: null, gap: "none" });
    expect(cell(innenstadtEmpty, "oststadt")).toMatchObject({ offers: 1, places: 8 });
  });

  it("leaves today's figures alone: no scenario and an empty one give the same matrix", async () => {
    const today = await getCoverageMatrix(users().reviewer, {});
    expect(cell(today, "innenstadt")).toMatchObject({ offers: 2, places: 5 });
    expect(cell(today, "nord")).toMatchObject({ offers: 0, gap: "none" });
    const empty: ScenarioDelta = { added: [], removedIds: [] };
    expect(await getCoverageMatrix(users().reviewer, {}, "de", empty)).toEqual(today);
  });

  it("builds today's query without a trace of the scenario (same text, same parameters)", () => {
    const params = coverageParamsSchema.parse({});
    const today = [assignedOffersCte(params), axisTermsCte(params.achse), capacitySql()];
    for (const part of today) expect(part.sql).not.toMatch(/hypo|<> all/);
    expect(today.flatMap((p) => p.values)).toEqual(["handlungsfeld"]);
    expect(capacitySql().sql).toBe('"ServicePlanning"');
  });

  it("lists hypothetical offers in their cell, marked, and leaves removed ones out", async () => {
    const delta = await scenarioWith("Liste", [{ name: "Geplanter Treff" }], [fixture.ids.shelter]);
    const nord = await listCellOffers(users().reviewer, { raum: "nord", begriff: "4" }, "de", delta);
    expect(nord.offers).toEqual([{ id: delta.added[0].key, name: "Geplanter Treff", organizationName: null, hypothetical: true }]);
    const oststadt = await listCellOffers(users().reviewer, { raum: "oststadt", begriff: "4" }, "de", delta);
    expect(oststadt.offers.map((o) => [o.name, o.hypothetical])).toEqual([["Mobile Beratung", false]]);
    expect((await listCellOffers(users().reviewer, { raum: "oststadt", begriff: "4" })).offers.map((o) => o.name)).toEqual(["Mobile Beratung", "Schutzwohnung"]);
  });
});

describe("storing scenarios", () => {
  it("checks every field and names the error next to it", async () => {
    expect(await createScenario(users().reviewer, { name: "Kontroll\u0000zeichen\u001b", note: "\u0000" })).toMatchObject({ ok: true });
    expect((await listScenarios(users().reviewer)).map((s) => [s.name, s.note])).toContainEqual(["Kontrollzeichen", null]);
    const { id } = (await createScenario(users().reviewer, { name: "Formular" })) as { id: string };
    expect(await createScenario(users().reviewer, { name: " Formular " })).toEqual({ ok: false, errors: { name: "taken" } });
    expect(await createScenario(users().reviewer, { name: "  " })).toEqual({ ok: false, errors: { name: "required" } });
    const bad = await addHypotheticalOffer(users().reviewer, id, form({ name: "", area: "atlantis", handlungsfelder: [], places: "zwölf", fte: "-1" }));
    expect(bad).toEqual({ ok: false, errors: { name: "required", handlungsfelder: "required", places: "notANumber", fte: "outOfRange" } });
    const unknown = await addHypotheticalOffer(users().reviewer, id, form({ area: "atlantis", handlungsfelder: ["99"], angebotsart: "senioren" }));
    expect(unknown).toEqual({ ok: false, errors: { area: "unknown", handlungsfelder: "unknown", angebotsart: "unknown" } });
    expect(await db.scenarioOffer.count({ where: { scenarioId: id } })).toBe(0);
    // Only published offers can be taken out; a draft or an unknown id is "not found".
    const draft = await db.service.findFirstOrThrow({ where: { version: 0 } });
    await expect(addRemoval(users().reviewer, id, draft.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addRemoval(users().reviewer, id, "kein-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("edits and deletes a scenario with its items", async () => {
    const { id } = (await createScenario(users().reviewer, { name: "Bearbeiten", note: "Entwurf für den Ausschuss" })) as { id: string };
    const added = await addHypotheticalOffer(users().reviewer, id, form());
    await addRemoval(users().reviewer, id, fixture.ids.treff);
    await addRemoval(users().reviewer, id, fixture.ids.treff);
    const s = await getScenario(users().reviewer, id);
    expect(s.offers.map((o) => [o.name, o.planningArea.code, o.places, Number(o.staffFte)])).toEqual([["Neuer Treff Nord", "nord", 20, 1.5]]);
    expect(s.removals.map((r) => r.service.name)).toEqual(["Offener Treff"]);
    await deleteHypotheticalOffer(users().reviewer, id, added.ok && added.id);
    await undoRemoval(users().reviewer, id, fixture.ids.treff);
    expect((await getScenarioDelta(users().reviewer, id)).delta).toEqual({ added: [], removedIds: [] });
    expect((await listScenarios(users().reviewer)).map((x) => x.name)).toContain("Bearbeiten");
    await deleteScenario(users().reviewer, id);
    await expect(getScenario(users().reviewer, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.scenarioOffer.count({ where: { scenarioId: id } })).toBe(0);
  });

  it("answers 'not found' for a malformed or unknown scenario id", async () => {
    for (const id of ["kein-uuid", crypto.randomUUID(), "", null, ["x"]]) {
      await expect(getScenarioDelta(users().reviewer, id), String(id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteScenario(users().reviewer, id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("refuses providers, network partners and visitors, on reads and writes", async () => {
    const { id } = (await createScenario(users().reviewer, { name: "Nur Planung" })) as { id: string };
    for (const actor of [users().provider, users().partner, null]) {
      const editor = actor && { ...actor };
      const attempts = [
        listScenarios(actor),
        getScenario(actor, id),
        getScenarioDelta(actor, id),
        createScenario(editor, { name: "Fremd" }),
        deleteScenario(actor, id),
        addHypotheticalOffer(actor, id, form()),
        addRemoval(actor, id, fixture.ids.treff),
        undoRemoval(actor, id, fixture.ids.treff),
      ];
      for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.scenario.count({ where: { name: "Fremd" } })).toBe(0);
    expect((await getScenario(users().reviewer, id)).offers).toEqual([]);
  });
});

describe("the public catalogue", () => {
  it("never sees a scenario: search, the index's documents and the offer's page stay as they were", async () => {
    await reindex();
    const ids = Object.values(fixture.ids);
    const snapshot = async () => ({
      search: (await searchOffers(parseSearchParams({ q: "Beratung" }), "de")).hits.map((h) => h.id).sort(),
      planned: (await searchOffers(parseSearchParams({ q: "Zukunftstreff" }), "de")).total,
      documents: await loadDocuments(db, ids),
      page: await getPublicOffer(fixture.ids.mobile),
      outbox: await db.outboxEvent.count(),
    });
    const before = await snapshot();
    expect(before.search).toContain(fixture.ids.mobile);
    await scenarioWith("Öffentlich unsichtbar", [{ name: "Zukunftstreff Beratung", area: "innenstadt" }], [fixture.ids.mobile]);
    await reindex();
    expect(await snapshot()).toEqual(before);
    expect(before.planned).toBe(0);
  });
});
