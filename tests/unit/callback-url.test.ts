import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "../../server/auth/callback-url";

const SITE = "https://katalog.example";

describe("where a sign-in may lead", () => {
  it("keeps paths and URLs of the site itself", () => {
    expect(safeCallbackPath("/meine-angebote?x=1", SITE, "/konto")).toBe("/meine-angebote?x=1");
    expect(safeCallbackPath("https://katalog.example/pruefung", SITE, "/konto")).toBe("/pruefung");
  });

  it.each(["foo", "http://[", "//evil.example/x", "/\\evil.example", "/\t/evil.example", "https://evil.example/", "javascript:alert(1)", ""])(
    "ignores %j",
    (value) => expect(safeCallbackPath(value, SITE, "/konto")).toBe("/konto"),
  );
});
