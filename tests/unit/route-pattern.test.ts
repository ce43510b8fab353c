import { describe, expect, it } from "vitest";
import { errorRoute, routeMatcher } from "../../server/http/route-pattern";

// The shape of Next's routes-manifest.json (tests/e2e/request-log.spec.ts checks the real one).
const manifest = {
  staticRoutes: [{ page: "/api/hsds/services" }, { page: "/planung/abdeckung.csv" }, { page: "/_not-found" }],
  dynamicRoutes: [
    { page: "/api/hsds/services/[id]", regex: "^/api/hsds/services/([^/]+?)(?:/)?$" },
    { page: "/planung/plan/nachweise/[file]", regex: "^/planung/plan/nachweise/([^/]+?)(?:/)?$" },
    { page: "/[locale]", regex: "^/([^/]+?)(?:/)?$" },
    { page: "/[locale]/angebote/[id]", regex: "^/([^/]+?)/angebote/([^/]+?)(?:/)?$" },
    { page: "/[locale]/plan", regex: "^/([^/]+?)/plan(?:/)?$" },
  ],
};
const route = routeMatcher(manifest);

describe("route patterns for the request log", () => {
  it("names German pages (no prefix) and other languages' pages by their pattern", () => {
    expect(route("/")).toBe("/[locale]");
    expect(route("/en")).toBe("/[locale]");
    expect(route("/angebote/0b5c2f7e-1111")).toBe("/[locale]/angebote/[id]");
    expect(route("/uk/angebote/x/")).toBe("/[locale]/angebote/[id]");
    expect(route("/plan")).toBe("/[locale]/plan");
  });

  it("names API routes, files and build files without their ids or names", () => {
    expect(route("/api/hsds/services")).toBe("/api/hsds/services");
    expect(route("/api/hsds/services/abc")).toBe("/api/hsds/services/[id]");
    expect(route("/planung/abdeckung.csv")).toBe("/planung/abdeckung.csv");
    expect(route("/planung/plan/nachweise/a.pdf")).toBe("/planung/plan/nachweise/[file]");
    expect(route("/_next/static/chunks/abc.js")).toBe("/_next/static/[...file]");
  });

  it("gives null where no route matches, as Next answers 404 there", () => {
    // "/x/plan" is German "/de/x/plan" (no such page), not "/[locale]/plan" with locale "x".
    expect(route("/x/plan")).toBeNull();
    expect(route("/gibt-es-nicht/auch-nicht")).toBeNull();
    // A file-like path skips next-intl: Next routes it to "/[locale]" (locale "datei.txt"), which answers 404.
    expect(route("/datei.txt")).toBe("/[locale]");
    expect(route("/api/nichts")).toBeNull();
  });

  it("writes a failed request's route without route groups", () => {
    expect(errorRoute("/[locale]/(public)/angebote/[id]")).toBe("/[locale]/angebote/[id]");
    expect(errorRoute("/(x)")).toBe("/");
  });
});
