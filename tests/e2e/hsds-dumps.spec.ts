import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

// The dumps as a client gets them from the running site (next start in front of the route
// handlers): bodies arrive exactly once encoded, whatever the client accepts.

type DumpIndex = { service_count: number; files: { name: string; url: string; size: number }[] };

test("the dumps download as listed: JSON (plain, gzip-encoded or .gz) and the CSV zip", async ({ request }) => {
  const index = (await (await request.get("/api/hsds/dumps")).json()) as DumpIndex;
  expect(index.files.map((f) => f.name)).toEqual(["services.json", "services.json.gz", "hsds-csv.zip"]);
  const size = (name: string) => index.files.find((f) => f.name === name)!.size;

  // The request context decodes a Content-Encoding itself, as browsers and `curl --compressed` do.
  for (const encoding of ["identity", "gzip"]) {
    const res = await request.get("/api/hsds/dumps/services.json", { headers: { "Accept-Encoding": encoding } });
    expect(res.status()).toBe(200);
    const body = await res.body();
    expect(body.byteLength, encoding).toBe(size("services.json"));
    expect((JSON.parse(body.toString("utf8")) as unknown[]).length).toBe(index.service_count);
  }

  const gz = await (await request.get("/api/hsds/dumps/services.json.gz", { headers: { "Accept-Encoding": "identity" } })).body();
  expect(gz.byteLength).toBe(size("services.json.gz"));
  expect((JSON.parse(gunzipSync(gz).toString("utf8")) as unknown[]).length).toBe(index.service_count);

  const zip = await (await request.get("/api/hsds/dumps/hsds-csv.zip")).body();
  expect(zip.byteLength).toBe(size("hsds-csv.zip"));
  const dir = mkdtempSync(path.join(tmpdir(), "hsds-zip-"));
  try {
    writeFileSync(path.join(dir, "dump.zip"), zip);
    const unzip = spawnSync("unzip", ["-q", "dump.zip"], { cwd: dir, encoding: "utf8" });
    expect(unzip.status, unzip.stderr).toBe(0);
    expect(readdirSync(path.join(dir, "hsds-csv"))).toEqual(expect.arrayContaining(["datapackage.json", "services.csv"]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
