// The database fallback (search/fallback.ts, used while Meilisearch is down) must not scan every
// offer: its text condition is answered from the two GIN indexes of migration
// 20261205111500_fallback_search_indexes. With sequential scans priced out, the plan of the very
// condition fallbackSearch() builds must use both; an expression that drifts from the index's
// (or a dropped index) falls back to a scan and fails here.
import { expect, it } from "vitest";
import { textMatch } from "../../search/fallback";
import { setupTestDatabase } from "../setup/database";

const { db } = setupTestDatabase();

it("answers the fallback's text condition from its full-text and trigram indexes", async () => {
  const plan = await db.$transaction(async (tx) => {
    await tx.$executeRaw`set local enable_seqscan = off`;
    const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>`explain select s.id from "Service" s where ${textMatch("Schuldnerberatung")}`;
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
  expect(plan).toContain("Service_fallback_fts_idx");
  expect(plan).toContain("Service_fallback_name_trgm_idx");
  expect(plan).not.toContain("Seq Scan");
});
