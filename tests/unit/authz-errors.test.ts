import { isHTTPAccessFallbackError, getAccessFallbackHTTPStatus } from "next/dist/client/components/http-access-fallback/http-access-fallback";
import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../../server/authz/errors";

// A page that lets either error escape answers 404 (server/authz/errors.ts). Next reads its own
// marker on the thrown error; this breaks if an upgrade of Next changes how.
describe("domain errors on a page", () => {
  it.each([new ForbiddenError("offer:edit-own"), new NotFoundError("offer")])("%s is Next's not-found", (err) => {
    expect(isHTTPAccessFallbackError(err)).toBe(true);
    expect(getAccessFallbackHTTPStatus(err as Parameters<typeof getAccessFallbackHTTPStatus>[0])).toBe(404);
  });
});
