// A neighbour's HSDS feed with its own life-phase taxonomy (tests/fixtures/hsds-foreign-feed.json):
// imported without a crosswalk nothing is refused, unknown terms are reported with counts and kept
// on the offers as they came, and exported again; with a crosswalk (the file's rows over the
// reviewers' stored ones) the terms land in our facets and the search filters by them. Broken
// records still refuse the file, and only reviewers reach the stored crosswalk.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { offersIndex } from "../../search/client";
import { drainOutbox, ensureIndex } from "../../search/sync";
import { ForbiddenError } from "../../server/authz";
import { writeCsvPackage } from "../../server/hsds/csv";
import { deleteCrosswalkRow, listCrosswalk, saveCrosswalkRow, uploadCrosswalkCsv } from "../../server/hsds/crosswalk-store";
import { exportHsds } from "../../server/hsds/export";
import type { HsdsAttribute, HsdsService } from "../../server/hsds/hsds-schema";
import { describeTerms, importHsds } from "../../server/hsds/import";
import { readOfferData } from "../../server/offers/store";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createRoleUsers } from "../setup/fixtures";
import { hsdsSchemaErrors } from "../setup/hsds-schemas";

const { db } = setupTestDatabase();
const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
const CROSSWALK_FILE = path.join(FIXTURES, "hsds-foreign-crosswalk.csv");
const feed = () => JSON.parse(readFileSync(path.join(FIXTURES, "hsds-foreign-feed.json"), "utf8")) as { contents: HsdsService[] };
const crosswalkFile = () => ({ file: CROSSWALK_FILE, text: readFileSync(CROSSWALK_FILE, "utf8") });
const byName = (name: string) => feed().contents.find((s) => s.name === name)!;
const WAK = "Lebensphasen Wartburgkreis";

let users: Awaited<ReturnType<typeof createRoleUsers>>;

beforeAll(async () => {
  await createReferenceData(db);
  await ensureIndex();
  users = await createRoleUsers(db);
});

/** What the export must give back for an attribute of the file: the same, with HSDS's required term description and the term's id. */
function asExported(a: HsdsAttribute) {
  const term = a.taxonomy_term!;
  return { ...a, taxonomy_term_id: term.id, taxonomy_term: { ...term, description: term.description ?? "" } };
}

async function exported(id: string) {
  const svc = (await exportHsds(db)).find((s) => s.id === id);
  if (!svc) throw new Error(`offer ${id} missing from the export`);
  return svc;
}

describe("a foreign feed without a crosswalk", () => {
  it("imports every record, reports the unmapped terms with counts and keeps them on the offers", async () => {
    const result = await importHsds(db, feed());
    expect(result).toMatchObject({ created: 5, updated: 0, unchanged: 0, mapped: [] });
    expect(result.unmapped).toEqual([
      { taxonomy: WAK, term: "Ältere Menschen", count: 3 },
      { taxonomy: WAK, term: "Familien mit Kindern", count: 2 },
      { taxonomy: "lebensphase", term: "Ältere Menschen", count: 1 },
      { taxonomy: WAK, term: "Jugendliche", count: 1 },
    ]);
    expect(describeTerms(result)).toContain(`${WAK}: "Ältere Menschen" x 3 not mapped (kept as it came)`);
    for (const svc of feed().contents) {
      const offer = (await readOfferData(db, svc.id))!;
      expect(offer.lebensphasen).toEqual([]);
      expect(offer.foreignAttributes.map((a) => a.id).sort()).toEqual(svc.attributes!.map((a) => a.id).sort());
    }
  });

  it("exports the kept terms again as they came, valid HSDS, and re-importing the export changes nothing", async () => {
    for (const svc of feed().contents) {
      const out = await exported(svc.id);
      expect(hsdsSchemaErrors("service", out)).toEqual([]);
      const foreign = out.attributes!.filter((a) => svc.attributes!.some((b) => b.id === a.id));
      expect(foreign).toEqual(svc.attributes!.map(asExported));
    }
    const file = await exportHsds(db);
    expect(await importHsds(db, file)).toMatchObject({ created: 0, updated: 0, unchanged: file.length });
    // The CSV data package carries them as well (attributes.csv, taxonomy_terms.csv, taxonomies.csv).
    const dir = mkdtempSync(path.join(tmpdir(), "hsds-foreign-"));
    try {
      writeCsvPackage(dir, file);
      expect(await importHsds(db, dir)).toMatchObject({ created: 0, updated: 0, unchanged: file.length });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps the foreign terms out of what residents search", async () => {
    await drainOutbox();
    const doc = await offersIndex().getDocument(byName("Seniorentreff Ruhla").id);
    const raw = JSON.stringify(doc);
    expect(raw).toContain("Seniorentreff Ruhla");
    for (const hidden of ["Lebensphasen Wartburgkreis", "familie.example.org/taxonomien", "Schwerpunkt", "AEM"]) expect(raw).not.toContain(hidden);
  });
});

describe("a foreign feed with a crosswalk", () => {
  it("maps the terms into our facets (the file's rows over the stored ones), keeps them, and the search filters by them", async () => {
    // Stored by a reviewer: AEM (overridden by the file) and JUG, the latter by the taxonomy's short name.
    expect(await saveCrosswalkRow(users.reviewer, { taxonomy: WAK, term: "aem", target: "handlungsfeld:4" })).toEqual({ ok: true });
    expect(await saveCrosswalkRow(users.reviewer, { taxonomy: "lebensphase-wak", term: "Jugendliche", target: "handlungsfeld:4" })).toEqual({ ok: true });

    const result = await importHsds(db, feed(), { crosswalk: crosswalkFile() });
    expect(result).toMatchObject({ created: 0, updated: 4, unchanged: 1 });
    expect(result.unmapped).toEqual([{ taxonomy: WAK, term: "Familien mit Kindern", count: 2 }]);
    expect(result.mapped).toEqual([
      { taxonomy: WAK, term: "Ältere Menschen", count: 3, target: "lebensphase:senioren" },
      { taxonomy: "lebensphase", term: "Ältere Menschen", count: 1, target: "lebensphase:senioren" },
      { taxonomy: WAK, term: "Jugendliche", count: 1, target: "handlungsfeld:4" },
    ]);
    const offer = async (name: string) => (await readOfferData(db, byName(name).id))!;
    expect(await offer("Seniorentreff Ruhla")).toMatchObject({ lebensphasen: ["senioren"], handlungsfelder: [] });
    expect(await offer("Computerkurs Generationen")).toMatchObject({ lebensphasen: ["senioren"], handlungsfelder: ["4"] });
    expect(await offer("Gedächtnistraining Seebach")).toMatchObject({ lebensphasen: ["senioren"] });
    expect(await offer("Familiencafé Marksuhl")).toMatchObject({ lebensphasen: [], handlungsfelder: [] });
    // Mapped terms stay too: the export still carries the feed's own classification.
    expect((await offer("Seniorentreff Ruhla")).foreignAttributes).toHaveLength(1);

    await drainOutbox();
    const hits = await offersIndex().search("", { filter: ['lebensphase = "senioren"'], limit: 50 });
    expect(hits.hits.map((h) => h.name).sort()).toEqual(["Besuchsdienst Wutha-Farnroda", "Computerkurs Generationen", "Gedächtnistraining Seebach", "Seniorentreff Ruhla"]);
  });

  it("refuses a crosswalk file with a wrong line, naming line and column, and imports nothing", async () => {
    const text = "taxonomy,term,target\nLebensphasen Wartburgkreis,FAM,lebensphase:familie\n,JUG,handlungsfeld:4\n";
    const versions = await db.serviceVersion.count();
    await expect(importHsds(db, feed(), { crosswalk: { file: "map.csv", text } })).rejects.toThrow(
      /map\.csv line 2, column target: names no term[^\n]*\nmap\.csv line 3, column taxonomy: is empty/,
    );
    expect(await db.serviceVersion.count()).toBe(versions);
  });
});

describe("records that stay refused", () => {
  it("refuses the whole file for a missing required field, naming record and field", async () => {
    const file = feed();
    const fresh = file.contents.map((s, i) => ({ ...s, id: `00000000-0000-4000-8000-00000000000${i}` }));
    delete (fresh[2] as Partial<HsdsService>).name;
    await expect(importHsds(db, { contents: fresh })).rejects.toThrow(/record 3 \(id 00000000-0000-4000-8000-000000000002, "no name"\): name: /);
    expect(await db.service.count({ where: { id: { in: fresh.map((s) => s.id) } } })).toBe(0);
  });

  it("refuses a foreign term that is broken, naming record and field", async () => {
    const svc = byName("Familiencafé Marksuhl");
    const broken = { ...svc, id: "00000000-0000-4000-8000-0000000000aa", attributes: [{ ...svc.attributes![0], taxonomy_term: { ...svc.attributes![0].taxonomy_term!, name: "x".repeat(301) } }] };
    await expect(importHsds(db, [broken])).rejects.toThrow(/record 1 .*: catalogue field foreignAttributes\[0\]\.taxonomy_term\.name: /);
    expect(await db.service.findUnique({ where: { id: broken.id } })).toBeNull();
  });
});

describe("the stored crosswalk", () => {
  it("is out of a provider's and a network partner's reach, whatever they try", async () => {
    const [row] = await listCrosswalk(users.reviewer);
    const before = await db.hsdsCrosswalk.findMany({ orderBy: { id: "asc" } });
    for (const actor of [users.provider, users.partner]) {
      await expect(listCrosswalk(actor)).rejects.toThrow(ForbiddenError);
      await expect(saveCrosswalkRow(actor, { taxonomy: WAK, term: "FAM", target: "lebensphase:senioren" })).rejects.toThrow(ForbiddenError);
      await expect(uploadCrosswalkCsv(actor, "taxonomy,term,target\nx,y,lebensphase:senioren\n")).rejects.toThrow(ForbiddenError);
      await expect(deleteCrosswalkRow(actor, row.id)).rejects.toThrow(ForbiddenError);
    }
    expect(await db.hsdsCrosswalk.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("takes a CSV upload from a reviewer whole or not at all, and replaces a row for the same term", async () => {
    const bad = await uploadCrosswalkCsv(users.reviewer, "taxonomy,term,target\nA,b,lebensphase:senioren\nA,c,nirgendwo\n");
    expect(bad).toEqual({ ok: false, errors: [{ line: 3, field: "target", code: "targetFormat" }] });
    expect(await uploadCrosswalkCsv(users.reviewer, "taxonomy;term;target\nLEBENSPHASE-WAK;jugendliche;lebensphase:senioren\nA;b;angebotsart:schuldnerberatung\n")).toEqual({ ok: true, count: 2 });
    const rows = await listCrosswalk(users.reviewer);
    expect(rows.map((r) => [r.taxonomy, r.term, r.target])).toEqual(
      expect.arrayContaining([
        ["LEBENSPHASE-WAK", "jugendliche", "lebensphase:senioren"],
        ["A", "b", "angebotsart:schuldnerberatung"],
      ]),
    );
    expect(rows.filter((r) => r.term.toLowerCase() === "jugendliche")).toHaveLength(1);
    await deleteCrosswalkRow(users.reviewer, rows.find((r) => r.taxonomy === "A")!.id);
    expect((await listCrosswalk(users.reviewer)).some((r) => r.taxonomy === "A")).toBe(false);
  });
});
