import { expect, it } from "vitest";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, offerData, publishTestOffer } from "../setup/fixtures";

// Prisma runs the child queries of a nested read concurrently; inside a transaction they share one
// connection. server/serial-pg-client.ts queues them, so pg never warns about concurrent use
// (the warning the demo's start-up log used to show).

const { db } = setupTestDatabase();

it("runs nested reads inside a transaction without pg's concurrent-query warning", async () => {
  await createReferenceData(db);
  await publishTestOffer(db, offerData());
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.message);
  process.on("warning", onWarning);
  try {
    const orgs = await db.$transaction((tx) =>
      tx.organization.findMany({ include: { services: { include: { locations: true, phones: true } }, locations: true, phones: true } }),
    );
    expect(orgs.flatMap((o) => o.services)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 50)); // warnings are emitted on the next tick
  } finally {
    process.off("warning", onWarning);
  }
  expect(warnings.filter((w) => /client\.query\(\)/.test(w))).toEqual([]);
});
