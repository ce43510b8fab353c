// Two Meilisearch replicas (MEILI_HOST lists both). One is killed (SIGKILL) while offers are
// published, edited and unpublished: searches keep answering from the other, the outbox keeps what
// the dead one misses, and once it is back the worker catches it up on its own, so both indexes
// equal the database document by document. Two site processes starting with an outdated replica
// rebuild it once, and only that replica; one that comes back on an empty disk is rebuilt by the
// worker on its own; a reindex with one down rebuilds the others. A replica that hangs costs one slow search, then is
// skipped for a while. The test kills only its own servers.
import { createServer, type AddressInfo, type Socket } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { outboxBacklog } from "../../search/backlog";
import { offersIndexName, SEARCH_TIMEOUT_MS, searchReplicas } from "../../search/client";
import type { OfferDocument } from "../../search/document";
import { parseSearchParams } from "../../search/params";
import { searchOffers } from "../../search/query";
import { rebuildIfOutdated, reindex } from "../../search/reindex";
import { drainOutbox, ensureIndex } from "../../search/sync";
import { startOutboxWorker } from "../../search/worker";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, offerData, publishTestOffer } from "../setup/fixtures";
import { expectIndexMatchesDatabase } from "../setup/index-agreement";
import { pointAtMeiliServers } from "../setup/meili-override";
import { startPrivateMeilisearch } from "../setup/private-meilisearch";

const { db } = setupTestDatabase();
type Server = Awaited<ReturnType<typeof startPrivateMeilisearch>>;
// `first` comes first in MEILI_HOST and is the one killed: searches must go past it.
let first: Server;
let second: Server;
let restore: (() => void) | undefined;
let stopWorker: (() => Promise<void>) | undefined;

/** What MEILI_HOST="first,second" gives; again after a restart (each start has a new key). */
const connect = () => {
  restore?.();
  restore = pointAtMeiliServers([first, second].map((s) => ({ host: s.host, key: s.key })));
};
const find = (q: string) => searchOffers(parseSearchParams({ q }), "de");
const hitIds = async (q: string) => {
  const result = await find(q);
  return { mode: result.mode, ids: result.hits.map((h) => h.id).sort() };
};
const adminOf = (server: Server) => searchReplicas().find((r) => r.host === server.host)!.admin;
const indexOn = (server: Server) => adminOf(server).index<OfferDocument>(offersIndexName());
/** Each reindex of a replica swaps its fresh index in once: the server's count of swaps counts its rebuilds. */
const swapsOn = async (server: Server) => (await adminOf(server).tasks.getTasks({ types: ["indexSwap"], limit: 1_000 })).results.length;

beforeAll(async () => {
  [first, second] = await Promise.all([startPrivateMeilisearch({ connect: false }), startPrivateMeilisearch({ connect: false })]);
  connect();
  await createReferenceData(db);
});

afterAll(async () => {
  await stopWorker?.();
  restore?.();
  await Promise.all([first?.stop(), second?.stop()]);
});

it("keeps searching from the other replica while one is down, and catches the dead one up when it is back", async () => {
  const offers = await Promise.all(
    Array.from({ length: 6 }, (_, i) => publishTestOffer(db, offerData({ name: `Replikatest Beratung ${i}` }))),
  );
  await ensureIndex();
  await drainOutbox();
  await expectIndexMatchesDatabase(db, indexOn(first));
  await expectIndexMatchesDatabase(db, indexOn(second));
  stopWorker = startOutboxWorker({ pollMs: 200, log: () => {} });

  await first.kill();

  // Publish, edit and unpublish while `first` is dead.
  const added = await publishTestOffer(db, offerData({ name: "Replikatest Nachzügler" }));
  await publishTestOffer(db, offerData({ id: offers[0], name: "Replikatest Umbenannt" }));
  await publishTestOffer(db, offerData({ id: offers[1], name: "Replikatest Geschlossen", status: "inactive" }));
  await publishTestOffer(db, offerData({ id: offers[2], name: "Replikatest Zweimal eins" }));
  await publishTestOffer(db, offerData({ id: offers[2], name: "Replikatest Zweimal zwei" }));

  // The living replica gets every change (the dead one does not hold it back), and searches answer
  // from it, not from the database.
  const pendingFor = async (server: Server) => (await outboxBacklog()).find((b) => b.host === server.host)?.pending;
  await expect.poll(() => pendingFor(second), { timeout: 15_000, interval: 100 }).toBe(0);
  expect(await hitIds("Nachzügler")).toEqual({ mode: "index", ids: [added] });
  expect(await hitIds("Zweimal")).toEqual({ mode: "index", ids: [offers[2]] });
  expect(await hitIds("Geschlossen")).toEqual({ mode: "index", ids: [] });
  expect((await find("Umbenannt")).hits.map((h) => h.name.map((s) => s.text).join(""))).toEqual(["Replikatest Umbenannt"]);
  await expectIndexMatchesDatabase(db, indexOn(second));

  // The backlog is the dead replica's alone: five changes, none for the living one.
  const backlog = Object.fromEntries((await outboxBacklog()).map((b) => [b.host, b.pending]));
  expect(backlog).toEqual({ [first.host]: 5, [second.host]: 0 });
  expect(await db.outboxEvent.count({ where: { processedAt: null } })).toBe(5);

  await first.restart();
  connect();
  // No nudge: the worker's retry (with its backoff) finds the replica answering again.
  await expect.poll(() => db.outboxEvent.count({ where: { processedAt: null } }), { timeout: 90_000, interval: 250 }).toBe(0);
  expect((await outboxBacklog()).map((b) => b.pending)).toEqual([0, 0]);
  await expectIndexMatchesDatabase(db, indexOn(first));
  await expectIndexMatchesDatabase(db, indexOn(second));
  expect(await hitIds("Nachzügler")).toEqual({ mode: "index", ids: [added] });
}, 150_000);

it("rebuilds a replica that lost its index once when two site processes start together, and only that one", async () => {
  await stopWorker?.();
  stopWorker = undefined;
  await drainOutbox();
  const swaps = { first: await swapsOn(first), second: await swapsOn(second) };
  // `second` comes back without its index (a new disk): the outbox has nothing left to bring it.
  await indexOn(second).delete().waitTask();

  // Two starts at once: both see the replica outdated before either holds the reindex lock.
  const [a, b] = await Promise.all([rebuildIfOutdated(), rebuildIfOutdated()]);
  // (The first look created the index, so the look under the lock finds it empty.)
  expect([...a, ...b]).toEqual([{ host: second.host, reason: expect.stringMatching(/^(missing|empty)$/) }]);
  expect(await swapsOn(second)).toBe(swaps.second + 1);
  expect(await swapsOn(first)).toBe(swaps.first);
  await expectIndexMatchesDatabase(db, indexOn(first));
  await expectIndexMatchesDatabase(db, indexOn(second));
  expect(await rebuildIfOutdated()).toEqual([]);
}, 60_000);

it("rebuilds a replica that lost some documents (restored from an old copy), and only that one", async () => {
  const { results } = await indexOn(first).getDocuments({ limit: 2, fields: ["id"] });
  await indexOn(first).deleteDocuments(results.map((d) => d.id)).waitTask();
  const swaps = await swapsOn(second);
  expect(await rebuildIfOutdated()).toEqual([{ host: first.host, reason: "incomplete" }]);
  expect(await swapsOn(second)).toBe(swaps);
  await expectIndexMatchesDatabase(db, indexOn(first));
});

it("rebuilds a replica that comes back on an empty disk by itself, from the outbox worker", async () => {
  stopWorker = startOutboxWorker({ pollMs: 200, log: () => {} });
  await second.kill();
  // A change it misses while down: the worker finds it unreachable, and asks again later.
  const late = await publishTestOffer(db, offerData({ name: "Replikatest Leere Platte" }));
  await expect.poll(() => hitIds("Platte"), { timeout: 15_000, interval: 100 }).toEqual({ mode: "index", ids: [late] });

  await second.restart({ empty: true });
  connect();
  // Filled with that one change alone, it would hold one offer: it is rebuilt with all of them.
  await expect.poll(() => db.outboxEvent.count({ where: { processedAt: null } }), { timeout: 90_000, interval: 250 }).toBe(0);
  await expectIndexMatchesDatabase(db, indexOn(second));
  expect(await swapsOn(second)).toBe(1);
  await expectIndexMatchesDatabase(db, indexOn(first));
  await stopWorker();
  stopWorker = undefined;
}, 150_000);

it("reindexes the replicas that answer when one is down, and says which one it could not", async () => {
  await second.kill();
  const swaps = await swapsOn(first);
  await expect(reindex()).rejects.toThrow(`reindex failed on ${second.host}`);
  expect(await swapsOn(first)).toBe(swaps + 1);
  await expectIndexMatchesDatabase(db, indexOn(first));
  await second.restart();
  connect();
}, 60_000);

it("answers from the next replica when one hangs, and skips the hanging one for a while", async () => {
  // A host that accepts connections and never answers: a frozen machine, not a refused port.
  const sockets = new Set<Socket>();
  const frozen = createServer((socket) => void sockets.add(socket));
  await new Promise<void>((resolve) => frozen.listen(0, "127.0.0.1", resolve));
  const hung = `http://127.0.0.1:${(frozen.address() as AddressInfo).port}`;
  const back = pointAtMeiliServers([{ host: hung, key: first.key }, { host: second.host, key: second.key }]);
  try {
    let started = performance.now();
    expect(await hitIds("Nachzügler")).toMatchObject({ mode: "index" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(SEARCH_TIMEOUT_MS - 50); // it waited once
    const connections = sockets.size;
    started = performance.now();
    for (let i = 0; i < 3; i++) expect(await hitIds("Nachzügler")).toMatchObject({ mode: "index" });
    expect(performance.now() - started).toBeLessThan(SEARCH_TIMEOUT_MS); // and not again:
    expect(sockets.size).toBe(connections); // the hanging one was not even asked
  } finally {
    back();
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => frozen.close(resolve));
  }
}, 30_000);
