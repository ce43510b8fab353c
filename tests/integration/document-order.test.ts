import { beforeAll, describe, expect, it } from "vitest";
import { loadDocuments } from "../../search/sync";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, offerData, publishTestOffer } from "../setup/fixtures";

// A search document is built from the offer's rows, and PostgreSQL returns rows without an ORDER BY
// in whatever order the plan finds them: by the primary key through an index, by their place on
// disk in a sequential scan (where an update moves a row to the end). Two instances draining the
// outbox read the same offer with different plans, so a document must not depend on that order.
// tests/e2e/production.spec.ts found it: database and index differed in `lebensphase` order.

const { db } = setupTestDatabase();

/** The offer's document as read with only index scans, or only sequential scans. */
async function documentWith(plan: "index" | "seq", id: string) {
  return db.$transaction(async (tx) => {
    const off = plan === "index" ? ["enable_seqscan"] : ["enable_indexscan", "enable_bitmapscan", "enable_indexonlyscan"];
    for (const setting of off) await tx.$executeRawUnsafe(`set local ${setting} = off`);
    const { docs } = await loadDocuments(tx, [id]);
    return docs[0];
  });
}

beforeAll(async () => {
  await createReferenceData(db);
  const lebensphase = await db.taxonomy.findUniqueOrThrow({ where: { key: "lebensphase" } });
  await db.taxonomyTerm.create({ data: { taxonomyId: lebensphase.id, code: "pflege", name: "Pflege" } });
});

describe("an offer's search document", () => {
  it("is the same whichever order PostgreSQL returns the offer's terms in", async () => {
    const id = await publishTestOffer(db, offerData({ lebensphasen: ["senioren", "pflege"] }));
    // Moves the term that comes first by key to the end on disk, so the two plans disagree.
    await db.$executeRaw`
      update "ServiceTerm" set "termId" = "termId"
      where "serviceId" = ${id}::uuid and "termId" = (
        select min(st."termId"::text)::uuid from "ServiceTerm" st
        join "TaxonomyTerm" t on t.id = st."termId" join "Taxonomy" x on x.id = t."taxonomyId"
        where st."serviceId" = ${id}::uuid and x.key = 'lebensphase')`;
    const [byIndex, bySeq] = [await documentWith("index", id), await documentWith("seq", id)];
    expect(byIndex.lebensphase).toHaveLength(2);
    expect(bySeq).toEqual(byIndex);
  });
});
