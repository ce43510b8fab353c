// Fault: Meilisearch is killed (SIGKILL) in the middle of a reindex. The live index must keep
// answering with the documents it had, and the next reindex must complete and leave database and
// index in agreement. The test kills only its own Meilisearch, never the run's shared one.
import { afterAll, beforeAll, expect, it } from "vitest";
import { meili, offersIndex, offersIndexName } from "../../search/client";
import { reindex } from "../../search/reindex";
import { drainOutbox, ensureIndex } from "../../search/sync";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, offerData, publishTestOffer } from "../setup/fixtures";
import { expectIndexMatchesDatabase } from "../setup/index-agreement";
import { startPrivateMeilisearch } from "../setup/private-meilisearch";

const { db } = setupTestDatabase();
const OFFERS = 60;
let search: Awaited<ReturnType<typeof startPrivateMeilisearch>>;
const ids: string[] = [];

beforeAll(async () => {
  search = await startPrivateMeilisearch();
  await createReferenceData(db);
  for (let i = 0; i < OFFERS; i++) ids.push(await publishTestOffer(db, offerData({ name: `Altes Angebot ${i}` })));
  await ensureIndex();
  await drainOutbox();
});

afterAll(() => search?.stop());

const names = async () => {
  const { results } = await offersIndex().getDocuments({ limit: 1_000, fields: ["id", "name"] });
  return Object.fromEntries(results.map((d) => [d.id, d.name]));
};

it("keeps the old index serving when Meilisearch dies during a reindex, and the next reindex completes", async () => {
  const before = await names();
  expect(Object.keys(before)).toHaveLength(OFFERS);
  // Renamed in the database only (no drain): what the reindex was to bring into the index.
  for (const id of ids.slice(0, 10)) await publishTestOffer(db, offerData({ id, name: `Neues Angebot ${id.slice(0, 8)}` }));

  let batches = 0;
  await expect(
    reindex({
      batchSize: 10,
      onProgress: () => {
        if (++batches === 1) search.killNow(); // the first batch is in the fresh index
      },
    }),
  ).rejects.toThrow();
  expect(batches).toBe(1);
  await search.kill();
  await search.restart();

  // The swap never happened: the live index answers with exactly the old documents.
  expect(await names()).toEqual(before);
  expect((await offersIndex().search("Altes Angebot", { hitsPerPage: 1 })).totalHits).toBe(OFFERS);

  const { indexed } = await reindex({ batchSize: 10 });
  expect(indexed).toBe(OFFERS);
  expect(await expectIndexMatchesDatabase(db)).toBe(OFFERS);
  expect((await offersIndex().search("Neues Angebot", { hitsPerPage: 1 })).totalHits).toBe(10);
  // The dead run's half-built index does not linger next to the live one.
  const { results } = await meili().getRawIndexes({ limit: 1_000 });
  expect(results.map((i) => i.uid).filter((uid) => uid.startsWith(`${offersIndexName()}_rebuild_`))).toEqual([]);
}, 120_000);
