// Runs once when the server starts: validate the environment (a bad one stops the start with a
// clear message) and keep the search index in step with the database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./server/env");
  if (process.env.OUTBOX_WORKER !== "off") {
    const { startOutboxWorker } = await import("./search/worker");
    startOutboxWorker();
  }
}
