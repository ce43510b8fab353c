import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCsvPackage } from "../../server/hsds/csv";
import { importHsds } from "../../server/hsds/import";
import { readHsdsSource } from "../../server/hsds/source";
import { readOfferData } from "../../server/offers/store";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData } from "../setup/fixtures";
import { HOSTILE_MARKER, HUGE_2MB, LONG_10001, SCRIPT_PAYLOAD } from "../setup/hostile-values";

// Broken and hostile HSDS files, through the same two steps as `npm run import` (readHsdsSource,
// then importHsds): each is refused with a message that names the file, or the record and the
// field, and the database is exactly as before. (There is no GeoJSON/CSV planning import yet.)

const { db } = setupTestDatabase();
const tmp = mkdtempSync(path.join(tmpdir(), "hostile-import-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => createReferenceData(db));

const service = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  name: "Feindseliger Import",
  description: "Beratung aus einer Datei.",
  status: "active",
  organization: { id: randomUUID(), name: "Importträger e. V." },
  ...overrides,
});

const counts = async () => ({
  services: await db.service.count(),
  organizations: await db.organization.count(),
  versions: await db.serviceVersion.count(),
  outbox: await db.outboxEvent.count(),
});

/** `source` (a file or folder, or parsed JSON) is refused with `message`, and nothing was written. */
async function expectRefused(source: { file: string } | { json: unknown }, message: RegExp) {
  const before = await counts();
  const run = async () => importHsds(db, "file" in source ? readHsdsSource(source.file) : source.json);
  await expect(run()).rejects.toThrow(message);
  expect(await counts()).toEqual(before);
}

function file(name: string, content: string | Buffer) {
  const full = path.join(tmp, name);
  writeFileSync(full, content);
  return full;
}

/** A valid CSV package of one service, to break in one place. */
function csvPackage(name: string, services = [service()]) {
  const dir = path.join(tmp, name);
  writeCsvPackage(dir, services);
  return dir;
}

describe("hostile HSDS JSON files", () => {
  it("refuses broken and truncated JSON, naming the file", async () => {
    const valid = JSON.stringify([service()]);
    await expectRefused({ file: file("truncated.json", valid.slice(0, valid.length / 2)) }, /truncated\.json: not valid JSON/);
    await expectRefused({ file: file("broken.json", '[{"id": "x",, }]') }, /broken\.json: not valid JSON .*position/);
    await expectRefused({ file: file("empty.json", "") }, /empty\.json: not valid JSON/);
  });

  it("refuses bytes that are not UTF-8 instead of importing replacement characters", async () => {
    const bad = Buffer.from(JSON.stringify([service({ name: "Beratung XX" })]));
    const at = bad.indexOf("XX");
    bad[at] = 0xff;
    bad[at + 1] = 0xfe;
    await expectRefused({ file: file("latin.json", bad) }, /latin\.json: not UTF-8 text \(invalid byte near byte \d+\)/);
  });

  it("refuses wrong types with the record and the field", async () => {
    await expectRefused({ json: [service(), service({ name: 42 })] }, /record 2 \(id [0-9a-f-]{36}, "no name"\): name:/);
    await expectRefused({ json: [service({ phones: "0123" })] }, /record 1 .*: phones:/);
    await expectRefused({ json: [service({ schedules: [{ id: randomUUID(), byday: ["MO"], opens_at: 9 }] })] }, /record 1 .*: schedules\[0\]/);
    await expectRefused({ json: [service({ id: 7 })] }, /record 1 \(id missing, .*\): id:/);
    await expectRefused({ json: [null, 42, "x", []] }, /record 1 \(id missing, "no name"\)/);
    await expectRefused({ json: 42 }, /expected an HSDS service, an array of services or a page/);
  });

  it("refuses strings longer than the catalogue keeps, and control characters, with the record and the field", async () => {
    await expectRefused({ json: [service({ name: LONG_10001 })] }, /record 1 .*: catalogue field name:/);
    await expectRefused({ json: [service({ description: HUGE_2MB })] }, /record 1 .*: catalogue field description:/);
    // Control characters are dropped (server/plain-text.ts), so a name of nothing else is empty.
    await expectRefused({ json: [service({ name: "\u0000\u0007\u001b" })] }, /record 1 \(id [0-9a-f-]{36}, "\\u0000\\u0007\\u001b"\): catalogue field name:/);
    const message = await importHsds(db, Array.from({ length: 500 }, () => service({ name: LONG_10001 }))).then(String, (e: Error) => e.message);
    expect(message).toMatch(/and 480 more$/);
    expect(message.length).toBeLessThan(20 * 400); // the names are cut, not repeated in full
  });

  it("keeps HTML in names as text (pages escape it), drops control characters, never lets a record set prototypes", async () => {
    const html = service({ name: SCRIPT_PAYLOAD, description: `<img src=x onerror=alert(1)> ${HOSTILE_MARKER}` });
    const control = service({ name: "Kontroll\u0000\u0007\u001b[31mname" });
    const polluting = JSON.parse(`{"id": "${randomUUID()}", "name": "Proto", "description": "Prototyp", "status": "active", "organization": {"id": "${randomUUID()}", "name": "P"}, "__proto__": {"polluted": true}}`) as object;
    expect(await importHsds(db, [html, control, polluting])).toMatchObject({ created: 3 });
    expect(await readOfferData(db, html.id)).toMatchObject({ name: SCRIPT_PAYLOAD });
    expect(await readOfferData(db, control.id)).toMatchObject({ name: "Kontroll[31mname" });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe("hostile HSDS CSV packages", () => {
  it("refuses a broken row with the file and the line", async () => {
    const dir = csvPackage("broken-row");
    const services = path.join(dir, "services.csv");
    writeFileSync(services, `${readFileSync(services, "utf8")}"${randomUUID()}","unterminated quote\n`);
    await expectRefused({ file: dir }, /services\.csv: .*line/i);
  });

  it("refuses a row with a wrong value with the record and the field", async () => {
    const dir = csvPackage("wrong-value");
    const services = path.join(dir, "services.csv");
    writeFileSync(services, readFileSync(services, "utf8").replace(/"?[0-9a-f]{8}-[0-9a-f-]{27}"?/, "not-a-uuid"));
    await expectRefused({ file: dir }, /record 1 \(id not-a-uuid, .*\): id: must be a UUID/);
  });

  it("refuses bytes that are not UTF-8", async () => {
    const dir = csvPackage("latin1", [service({ name: "Beratung für Familien" })]);
    const services = path.join(dir, "services.csv");
    writeFileSync(services, Buffer.from(readFileSync(services, "utf8"), "latin1"));
    await expectRefused({ file: dir }, /services\.csv: not UTF-8 text/);
  });

  it("refuses a folder without datapackage.json and services.csv, and a package naming files outside its folder", async () => {
    const empty = path.join(tmp, "empty-package");
    mkdirSync(empty);
    await expectRefused({ file: empty }, /is not an HSDS CSV package: services\.csv is missing/);
    const dir = csvPackage("escape");
    const pkg = path.join(dir, "datapackage.json");
    writeFileSync(pkg, readFileSync(pkg, "utf8").replace('"path": "services.csv"', '"path": "../../../../etc/passwd"'));
    await expectRefused({ file: dir }, /the service resource's path "\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd" is outside the package folder/);
  });

  it("reads a package without datapackage.json by the standard file names", async () => {
    const svc = service({ name: "Ohne Paketbeschreibung" });
    const dir = csvPackage("no-datapackage", [svc]);
    rmSync(path.join(dir, "datapackage.json"));
    expect(await importHsds(db, readHsdsSource(dir))).toMatchObject({ created: 1 });
    expect(await readOfferData(db, svc.id)).toMatchObject({ name: "Ohne Paketbeschreibung" });
  });
});
