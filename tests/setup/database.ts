// Shared helpers for integration tests.
import { afterAll } from "vitest";
import { db } from "../../server/db";

/** The test file's own database (see per-file.ts); disconnects when the file is done. */
export function setupTestDatabase() {
  afterAll(() => db.$disconnect());
  return { db };
}
