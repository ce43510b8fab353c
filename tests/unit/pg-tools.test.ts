// Which pg_dump/pg_restore the backup uses, and how it is told where the database is.
import { describe, expect, it } from "vitest";
import { debianPostgresBin } from "../../scripts/lib/debian-postgres";
import { libpqEnv, pgTool } from "../../scripts/lib/backup/pg-tools";

describe("pgTool", () => {
  it("takes Debian's tool of the server's major version", () => {
    expect(pgTool("pg_dump", 15)).toBe(`${debianPostgresBin(15)}/pg_dump`);
    expect(pgTool("pg_restore", 15)).toBe(`${debianPostgresBin(15)}/pg_restore`);
  });

  it("refuses a tool of another major version with what to install", () => {
    // No Debian folder for 99; whatever pg_dump PATH offers here (Debian's wrapper: 15) is not 99.
    expect(() => pgTool("pg_dump", 99)).toThrow(/PostgreSQL 99.*apt-get install postgresql-client-99/);
  });
});

describe("libpqEnv", () => {
  it("passes the connection through libpq's variables, the password decoded and off the command line", () => {
    expect(libpqEnv("postgresql://kat%40log:p%40ss%3Aw%2Frd@db.example:6432/katalog?sslmode=verify-full&schema=public")).toMatchObject({
      PGHOST: "db.example",
      PGPORT: "6432",
      PGUSER: "kat@log",
      PGPASSWORD: "p@ss:w/rd",
      PGDATABASE: "katalog",
      PGSSLMODE: "verify-full",
    });
    expect(libpqEnv("postgresql://u@[::1]/k")).toMatchObject({ PGHOST: "::1", PGPORT: "5432", PGPASSWORD: undefined });
    expect(libpqEnv("postgresql://u:p@localhost/k?host=/var/run/postgresql")).toMatchObject({ PGHOST: "/var/run/postgresql" });
  });
});
