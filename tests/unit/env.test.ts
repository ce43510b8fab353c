import { describe, expect, it } from "vitest";
import { parseEnv } from "../../server/env";

describe("environment validation", () => {
  it("names every missing or invalid variable on its own line", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", MEILI_API_KEY: "short" })).toThrowError(
      /DATABASE_URL must be a postgresql:\/\/ URL\n\s+MEILI_HOST .*\n\s+MEILI_API_KEY must be at least 16 characters/,
    );
  });

  it("accepts a complete environment and fills defaults", () => {
    const env = parseEnv({
      DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db",
      MEILI_HOST: "http://127.0.0.1:7700",
      MEILI_API_KEY: "0123456789abcdef",
    });
    expect(env.MEILI_INDEX).toBe("offers");
    expect(env.NO_RESULT_RETENTION_DAYS).toBe(180);
  });
});
