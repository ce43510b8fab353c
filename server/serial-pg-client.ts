import "server-only";
import pg from "pg";

// Prisma's query interpreter runs the child queries of one nested read with Promise.all; inside an
// interactive transaction they all go to the transaction's single connection, which pg 8.19+
// answers with "DeprecationWarning: Calling client.query() when the client is already executing
// a query" (prisma/orm#29646; pg 9 will refuse it). A connection can only run one query at a time
// anyway, so this client queues promise-style queries itself: same order, same results, no
// warning. Callback and submittable forms (not used by Prisma) pass straight through.
export class SerialPgClient extends pg.Client {
  #tail: Promise<unknown> = Promise.resolve();

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's query() has a dozen overloads
  override query(...args: any[]): any {
    const query = () => (super.query as (...a: unknown[]) => unknown).apply(this, args);
    if (typeof args.at(-1) === "function" || typeof args[0]?.submit === "function") return query();
    const run = this.#tail.then(query);
    this.#tail = run.catch(() => undefined);
    return run;
  }
}
