import { describe, expect, it } from "vitest";
import { landingPath } from "@/server/auth/landing";

describe("landingPath", () => {
  it("sends each role to the page of its daily work", () => {
    expect(landingPath({ role: "PROVIDER", organizationIds: ["org-1"] })).toBe("/meine-angebote");
    expect(landingPath({ role: "REVIEWER", organizationIds: [] })).toBe("/pruefung");
    expect(landingPath({ role: "NETWORK_PARTNER", organizationIds: [] })).toBe("/fachinfo");
    expect(landingPath({ role: "ADMIN", organizationIds: [] })).toBe("/verwaltung/konten");
  });

  it("sends a provider without an organisation to the account page, where that is explained", () => {
    expect(landingPath({ role: "PROVIDER", organizationIds: [] })).toBe("/konto");
  });
});
