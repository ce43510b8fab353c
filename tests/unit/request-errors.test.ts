import { afterEach, expect, it } from "vitest";
import { logRequestError } from "../../server/http/request-errors";
import { captureLog } from "../setup/log-capture";

let log: ReturnType<typeof captureLog>;
afterEach(() => log.restore());

it("logs a failed request once per digest, with its route pattern and the message's first line only", () => {
  log = captureLog();
  const err = Object.assign(new Error("Invalid `prisma.service.findMany()` invocation:\n{ where: { name: 'Zebrafink' } }"), { digest: "12345" });
  logRequestError(err, { routePath: "/[locale]/(public)/angebote/[id]", routeType: "render" });
  logRequestError(err, { routePath: "/[locale]/(public)/angebote/[id]", routeType: "render" }); // Next's second report of it
  logRequestError(new Error("other"), { routePath: "/api/hsds/services", routeType: "route" });
  const lines = log.lines();
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatchObject({ level: "error", event: "request-error", route: "/[locale]/angebote/[id]", routeType: "render", message: "Invalid `prisma.service.findMany()` invocation:", digest: "12345" });
  expect(JSON.stringify(lines)).not.toContain("Zebrafink");
  expect(lines[1]).toMatchObject({ route: "/api/hsds/services", message: "other" });
  expect(lines[1].digest).toBeUndefined();
});
