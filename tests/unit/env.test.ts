import { describe, expect, it } from "vitest";
import { parseEnv } from "../../server/env";

describe("environment validation", () => {
  it("names every missing or invalid variable on its own line", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", MEILI_API_KEY: "short" })).toThrowError(
      /DATABASE_URL must be a postgresql:\/\/ URL\n\s+MEILI_HOST .*\n\s+MEILI_API_KEY must be at least 16 characters\n\s+NEXTAUTH_SECRET is required/,
    );
  });

  it("accepts a complete environment and fills defaults", () => {
    const env = parseEnv({
      DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db",
      MEILI_HOST: "http://127.0.0.1:7700",
      MEILI_API_KEY: "0123456789abcdef",
      NEXTAUTH_SECRET: "0123456789abcdef0123456789abcdef",
      NEXTAUTH_URL: "",
    });
    expect(env.MEILI_INDEX).toBe("offers");
    expect(env.NEXTAUTH_URL).toBeUndefined();
    expect(env.NO_RESULT_RETENTION_DAYS).toBe(180);
    expect(env.STALE_AFTER_MONTHS).toBe(6);
  });

  it("logs searches from SLOW_SEARCH_MS milliseconds on (default 300)", () => {
    const base = { DATABASE_URL: "postgresql://u:p@h/db", MEILI_HOST: "http://127.0.0.1:7700", MEILI_API_KEY: "0123456789abcdef", NEXTAUTH_SECRET: "x".repeat(32) };
    expect(parseEnv(base).SLOW_SEARCH_MS).toBe(300);
    expect(parseEnv({ ...base, SLOW_SEARCH_MS: "0" }).SLOW_SEARCH_MS).toBe(0);
    expect(() => parseEnv({ ...base, SLOW_SEARCH_MS: "langsam" })).toThrowError(/SLOW_SEARCH_MS must be a whole number of milliseconds/);
  });

  it("takes the staleness period in whole months", () => {
    const base = { DATABASE_URL: "postgresql://u:p@h/db", MEILI_HOST: "http://127.0.0.1:7700", MEILI_API_KEY: "0123456789abcdef", NEXTAUTH_SECRET: "x".repeat(32) };
    expect(parseEnv({ ...base, STALE_AFTER_MONTHS: "12" }).STALE_AFTER_MONTHS).toBe(12);
    expect(() => parseEnv({ ...base, STALE_AFTER_MONTHS: "0" })).toThrowError(/STALE_AFTER_MONTHS/);
    expect(() => parseEnv({ ...base, STALE_AFTER_MONTHS: "sechs" })).toThrowError(/STALE_AFTER_MONTHS/);
  });

  it("takes the Mikroprojekt cap in whole euros, 1,000 unless set", () => {
    const base = { DATABASE_URL: "postgresql://u:p@localhost:5432/db", MEILI_HOST: "http://127.0.0.1:7700", MEILI_API_KEY: "a".repeat(16), NEXTAUTH_SECRET: "s".repeat(32) };
    expect(parseEnv(base).MIKROPROJEKT_MAX_EUR).toBe(1000);
    expect(parseEnv({ ...base, MIKROPROJEKT_MAX_EUR: "1500" }).MIKROPROJEKT_MAX_EUR).toBe(1500);
    for (const bad of ["0", "999,50", "tausend"]) expect(() => parseEnv({ ...base, MIKROPROJEKT_MAX_EUR: bad })).toThrowError(/MIKROPROJEKT_MAX_EUR/);
  });

  it("takes the dumps' debounce in whole milliseconds, 60 s unless set", () => {
    const base = { DATABASE_URL: "postgresql://u:p@localhost:5432/db", MEILI_HOST: "http://127.0.0.1:7700", MEILI_API_KEY: "a".repeat(16), NEXTAUTH_SECRET: "s".repeat(32) };
    expect(parseEnv(base).DUMP_DEBOUNCE_MS).toBe(60_000);
    expect(parseEnv({ ...base, DUMP_DEBOUNCE_MS: "5000" }).DUMP_DEBOUNCE_MS).toBe(5000);
    for (const bad of ["-1", "1.5", "eine Minute", "86400001"]) expect(() => parseEnv({ ...base, DUMP_DEBOUNCE_MS: bad })).toThrowError(/DUMP_DEBOUNCE_MS/);
  });

  it("takes /api/ready's backlog limit in whole seconds, 300 unless set", () => {
    const base = { DATABASE_URL: "postgresql://u:p@localhost:5432/db", MEILI_HOST: "http://127.0.0.1:7700", MEILI_API_KEY: "a".repeat(16), NEXTAUTH_SECRET: "s".repeat(32) };
    expect(parseEnv(base).READY_MAX_BACKLOG_SECONDS).toBe(300);
    expect(parseEnv({ ...base, READY_MAX_BACKLOG_SECONDS: "60" }).READY_MAX_BACKLOG_SECONDS).toBe(60);
    for (const bad of ["0", "1.5", "fünf Minuten", "86401"]) expect(() => parseEnv({ ...base, READY_MAX_BACKLOG_SECONDS: bad })).toThrowError(/READY_MAX_BACKLOG_SECONDS/);
  });

  it("wants a session secret of 32 characters or more and an http(s) site URL", () => {
    const base = { DATABASE_URL: "postgresql://u:p@h/db", MEILI_HOST: "http://127.0.0.1:7700", MEILI_API_KEY: "0123456789abcdef" };
    expect(() => parseEnv(base)).toThrowError(/^Invalid environment:\n\s+NEXTAUTH_SECRET is required \(32\+ random characters/);
    expect(() => parseEnv({ ...base, NEXTAUTH_SECRET: "" })).toThrowError(/NEXTAUTH_SECRET is required/);
    expect(() => parseEnv({ ...base, NEXTAUTH_SECRET: "short" })).toThrowError(/NEXTAUTH_SECRET must be at least 32 characters/);
    expect(() => parseEnv({ ...base, NEXTAUTH_SECRET: "x".repeat(32), NEXTAUTH_URL: "javascript:alert(1)" })).toThrowError(/NEXTAUTH_URL must be/);
    expect(parseEnv({ ...base, NEXTAUTH_SECRET: "x".repeat(32), NEXTAUTH_URL: "https://katalog.example" }).NEXTAUTH_URL).toBe("https://katalog.example");
  });

  it("takes mail as an smtp(s) URL with a sender, and never echoes the URL's password", () => {
    const base = { DATABASE_URL: "postgresql://u:p@h/db", MEILI_HOST: "http://127.0.0.1:7700", MEILI_API_KEY: "0123456789abcdef", NEXTAUTH_SECRET: "x".repeat(32) };
    expect(parseEnv({ ...base, SMTP_URL: "", MAIL_FROM: "" }).SMTP_URL).toBeUndefined();
    const ok = parseEnv({ ...base, SMTP_URL: "smtps://user:pw@mail.example:465", MAIL_FROM: "Katalog <katalog@eisenach.de>" });
    expect(ok).toMatchObject({ SMTP_URL: "smtps://user:pw@mail.example:465", MAIL_FROM: "Katalog <katalog@eisenach.de>" });
    expect(() => parseEnv({ ...base, SMTP_URL: "smtp://mail.example" })).toThrowError(/MAIL_FROM is required when SMTP_URL is set/);
    expect(() => parseEnv({ ...base, SMTP_URL: "http://u:geheim@mail.example", MAIL_FROM: "a@b" })).toThrowError(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(() => parseEnv({ ...base, SMTP_URL: "http://u:geheim@mail.example", MAIL_FROM: "a@b" })).not.toThrowError(/geheim/);
    expect(() => parseEnv({ ...base, SMTP_URL: "smtp://mail.example", MAIL_FROM: "a@b\nBcc: x@y" })).toThrowError(/MAIL_FROM must be/);
  });
});
