// Fault: Meilisearch is down while providers save and reviewers approve. Saves and approvals must
// succeed, the resident search answers from PostgreSQL (mode "fallback": the page shows its
// notice), and the outbox worker catches up once Meilisearch is back, leaving database and index in
// agreement. The test kills only its own Meilisearch, never the run's shared one.
import { afterAll, beforeAll, expect, it } from "vitest";
import { approveRevision } from "../../server/revisions/mutations";
import { parseSearchParams } from "../../search/params";
import { searchOffers } from "../../search/query";
import { drainOutbox, ensureIndex } from "../../search/sync";
import { startOutboxWorker } from "../../search/worker";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createRoleUsers, offerData, publishTestOffer } from "../setup/fixtures";
import { expectIndexMatchesDatabase } from "../setup/index-agreement";
import { offerForm, submitOfferForm } from "../setup/offer-form";
import { startPrivateMeilisearch } from "../setup/private-meilisearch";

const { db } = setupTestDatabase();
let search: Awaited<ReturnType<typeof startPrivateMeilisearch>>;
let stopWorker: (() => Promise<void>) | undefined;

beforeAll(async () => {
  search = await startPrivateMeilisearch();
  await createReferenceData(db);
  await ensureIndex();
});

afterAll(async () => {
  await stopWorker?.();
  await search?.stop();
});

const find = (q: string) => searchOffers(parseSearchParams({ q }), "de");
const pending = () => db.outboxEvent.count({ where: { processedAt: null } });

it("saves and approves while Meilisearch is down, searches the database meanwhile, and the outbox catches up", async () => {
  const { provider, reviewer } = await createRoleUsers(db);
  const first = await publishTestOffer(db, offerData({ name: "Familienberatung Nord" }));
  const second = await publishTestOffer(db, offerData({ name: "Seniorentreff Süd" }));
  await drainOutbox();
  const logged: string[] = [];
  stopWorker = startOutboxWorker({ pollMs: 200, log: (m) => logged.push(m) });
  expect((await find("Familienberatung")).mode).toBe("index");

  await search.kill();

  // A provider's change goes to review, a reviewer approves it, another publishes directly.
  const saved = await submitOfferForm(provider, first, await offerForm(provider, first, { name: "Familienberatung Nordstadt" }));
  expect(saved).toMatchObject({ ok: true, revisionId: expect.any(String) });
  if (!saved.ok || !saved.revisionId) throw new Error("not saved");
  expect(await approveRevision(reviewer, saved.revisionId)).toEqual({ id: first, version: 2 });
  const direct = await submitOfferForm(reviewer, second, await offerForm(reviewer, second, { name: "Seniorentreff Südstadt" }), { publish: true });
  expect(direct).toMatchObject({ ok: true, published: { id: second, version: 2 } });

  // The search answers from PostgreSQL, already with the approved name.
  const fallback = await find("Nordstadt");
  expect(fallback.mode).toBe("fallback");
  expect(fallback.hits.map((h) => h.id)).toEqual([first]);
  expect((await find("Südstadt")).hits.map((h) => h.id)).toEqual([second]);

  // The worker tried and kept both changes for a retry.
  await expect.poll(() => logged.some((m) => /could not be indexed/.test(m)), { timeout: 10_000 }).toBe(true);
  expect(await pending()).toBe(2);

  await search.restart();
  // Back-off after a few failed attempts is several seconds: wait for the worker, do not nudge it.
  await expect.poll(pending, { timeout: 60_000, interval: 250 }).toBe(0);
  expect(await expectIndexMatchesDatabase(db)).toBe(2);
  const back = await find("Nordstadt");
  expect(back.mode).toBe("index");
  expect(back.hits.map((h) => h.id)).toEqual([first]);
}, 120_000);
