import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../../server/authz";
import { describeError } from "../../server/need-data/errors";
import { importNeedData, uploadNeedData, type NeedDataResult } from "../../server/need-data/import";
import { getNeedDataOverview } from "../../server/need-data/overview";
import { AREA_CODE, createReferenceData, createUser, ORG_ID } from "../setup/fixtures";
import { setupTestDatabase } from "../setup/database";

const { db } = setupTestDatabase();

const utf8 = (text: string, bom = false) => new Uint8Array(Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, "utf8")]));
const win1252 = (text: string) => new Uint8Array(iconv.encode(text, "win1252"));
const file = (name: string, bytes: Uint8Array) => ({ name, bytes });
const errorsOf = (r: NeedDataResult) => (r.ok ? [] : r.errors.map(describeError));
const counts = async () => ({
  population: await db.populationFigure.count(),
  households: await db.householdFigure.count(),
  indicators: await db.indicatorValue.count(),
  indicatorSeries: await db.indicator.count(),
  polygons: (await db.planningArea.findMany({ select: { polygon: true, centerLat: true } })).map((a) => JSON.stringify(a)),
});

beforeAll(async () => {
  await createReferenceData(db);
  // A second Planungsraum whose name needs a non-ASCII letter, for the Windows-1252 file.
  const taxonomy = await db.taxonomy.findUniqueOrThrow({ where: { key: "planungsraum" } });
  const term = await db.taxonomyTerm.create({ data: { taxonomyId: taxonomy.id, code: "hoerselberg", name: "Hörselberg" } });
  await db.planningArea.create({ data: { code: "hoerselberg", name: "Hörselberg", termId: term.id, centerLat: 50.99, centerLon: 10.4 } });
  await db.indicator.create({ data: { key: "sgb2_quote", name: "SGB-II-Quote", unit: "%" } });
});

describe("need data import", () => {
  it("reads population from UTF-8 with BOM, German thousands separators, areas by code or name in any case", async () => {
    const csv = "Planungsraum;Jahr;Alter von;Alter bis;Anzahl;Quelle\r\n" +
      `${AREA_CODE};2024;0;2;1.234;Statistikstelle 2025\r\n` +
      "  innenstadt ;2024;80;;\"2.001\";Statistikstelle 2025\r\n" +
      "HÖRSELBERG;2023;0;2;87;Melderegister\r\n;;;;;\r\n";
    const result = await importNeedData(db, [file("bevoelkerung.csv", utf8(csv, true))]);
    expect(result).toEqual({
      ok: true,
      files: [{ file: "bevoelkerung.csv", kind: "population", label: "Bevölkerung", rows: 3, years: [2023, 2024], areas: ["Hörselberg", "Innenstadt"] }],
    });
    const rows = await db.populationFigure.findMany({ orderBy: [{ year: "asc" }, { ageFrom: "asc" }], select: { year: true, ageFrom: true, ageTo: true, count: true, source: true, isDemo: true } });
    expect(rows).toEqual([
      { year: 2023, ageFrom: 0, ageTo: 2, count: 87, source: "Melderegister", isDemo: false },
      { year: 2024, ageFrom: 0, ageTo: 2, count: 1234, source: "Statistikstelle 2025", isDemo: false },
      { year: 2024, ageFrom: 80, ageTo: null, count: 2001, source: "Statistikstelle 2025", isDemo: false },
    ]);
  });

  it("reads households from Windows-1252 (Hörselberg) and updates on re-import instead of duplicating", async () => {
    const csv = (n: string) => `Planungsraum;Jahr;Haushaltstyp;Anzahl;Quelle\nHörselberg;2024;Einpersonenhaushalte;${n};Zensus Fortschreibung\nHörselberg;2024;insgesamt;1.310;Zensus Fortschreibung\n`;
    const bytes = win1252(csv("512"));
    expect(bytes.includes(0xf6)).toBe(true); // "ö" as one Windows-1252 byte, invalid as UTF-8
    expect((await importNeedData(db, [file("haushalte.csv", bytes)])).ok).toBe(true);
    expect((await importNeedData(db, [file("haushalte.csv", win1252(csv("520")))])).ok).toBe(true);
    const rows = await db.householdFigure.findMany({ orderBy: { type: "asc" }, select: { type: true, count: true, source: true, planningArea: { select: { code: true } } } });
    expect(rows).toEqual([
      { type: "SINGLE_PERSON", count: 520, source: "Zensus Fortschreibung", planningArea: { code: "hoerselberg" } },
      { type: "TOTAL", count: 1310, source: "Zensus Fortschreibung", planningArea: { code: "hoerselberg" } },
    ]);
  });

  it("reads indicator values with a decimal comma, keeps each value's source and creates an unknown indicator", async () => {
    const csv = "Indikator;Planungsraum;Jahr;Wert;Einheit;Quelle\nSGB-II-Quote;Innenstadt;2024;12,5;%;BA-Statistik 06/2024\nKinder in Hilfen zur Erziehung;Innenstadt;2024;1.031,25;je 1.000 unter 18;Jugendamt\n";
    const result = await importNeedData(db, [file("indikatoren.csv", utf8(csv))]);
    expect(result.ok).toBe(true);
    const values = await db.indicatorValue.findMany({ orderBy: { value: "asc" }, select: { value: true, source: true, year: true, indicator: { select: { key: true, unit: true } } } });
    expect(values.map((v) => ({ ...v, value: Number(v.value) }))).toEqual([
      { value: 12.5, source: "BA-Statistik 06/2024", year: 2024, indicator: { key: "sgb2_quote", unit: "%" } },
      { value: 1031.25, source: "Jugendamt", year: 2024, indicator: { key: "kinder_in_hilfen_zur_erziehung", unit: "je 1.000 unter 18" } },
    ]);
  });

  it("refuses a file with errors, names each by row and column, and applies nothing of the whole upload", async () => {
    const before = await counts();
    const good = "Planungsraum;Jahr;Haushaltstyp;Anzahl;Quelle\nInnenstadt;2024;Alleinerziehende;140;Statistik\n";
    const bad =
      "Planungsraum;Jahr;Alter von;Alter bis;Anzahl;Quelle\n" +
      "Innenstadt;2024;3;11;1.500;Statistik\n" +
      "Innenstadt;2024;12;26;zwölf;Statistik\n" +
      "Atlantis;20x4;65;64;12,5;\n" +
      "Innenstadt;2024;3;11;1.499;Statistik\n" +
      "Innenstadt;2024;27;64;12.5;Statistik\n";
    const result = await importNeedData(db, [file("haushalte.csv", utf8(good)), file("bevoelkerung.csv", utf8(bad))]);
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toEqual([
      "Zeile 3, Spalte Anzahl: 'zwölf' ist keine Zahl",
      "Zeile 4, Spalte Planungsraum: 'Atlantis' ist kein bekannter Planungsraum (Kürzel oder Name)",
      "Zeile 4, Spalte Jahr: '20x4' ist keine Zahl",
      "Zeile 4, Spalte Anzahl: '12,5' ist keine ganze Zahl",
      "Zeile 4, Spalte Quelle: Angabe fehlt",
      "Zeile 5: Dieselbe Zahl steht schon in Zeile 2",
      "Zeile 6, Spalte Anzahl: '12.5' ist keine Zahl",
    ]);
    expect(result.ok === false && result.errors.every((e) => e.file === "bevoelkerung.csv")).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it("refuses an unknown header, an empty file and a unit that contradicts the indicator", async () => {
    const before = await counts();
    const result = await importNeedData(db, [
      file("x.csv", utf8("Raum,Jahr,Anzahl\nInnenstadt,2024,3\n")),
      file("leer.csv", utf8("")),
      file("i.csv", utf8("Planungsraum;Jahr;Indikator;Wert;Einheit;Quelle\nInnenstadt;2024;sgb2_quote;12;Personen;BA\n")),
      file("q.csv", utf8('Planungsraum;Jahr;Haushaltstyp;Anzahl;Quelle\nInnenstadt;2024;insgesamt;3;"Statistik\n')),
    ]);
    const errors = errorsOf(result);
    expect(errors[0]).toMatch(/^Zeile 1: Kopfzeile nicht erkannt/);
    expect(errors.slice(1, 3)).toEqual(["Die Datei ist leer", "Zeile 2, Spalte Einheit: 'Personen' passt nicht zum Indikator SGB-II-Quote (Einheit %)"]);
    expect(errors[3]).toMatch(/^Zeile \d+: Die Datei ist kein lesbares CSV/);
    expect(errors).toHaveLength(4);
    expect(await counts()).toEqual(before);
  });

  const square = (w: number, s: number) => [[[w, s], [w + 0.01, s], [w + 0.01, s + 0.01], [w, s + 0.01], [w, s]]];
  it("stores valid GeoJSON boundaries and recomputes the centre point", async () => {
    const geojson = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { planungsraum: "innenstadt" }, geometry: { type: "Polygon", coordinates: square(10.31, 50.97) } },
        { type: "Feature", properties: { name: "Hörselberg" }, geometry: { type: "MultiPolygon", coordinates: [square(10.4, 50.99), square(10.42, 50.99)] } },
      ],
    };
    const result = await importNeedData(db, [file("grenzen.geojson", utf8(JSON.stringify(geojson)))]);
    expect(result.ok && result.files[0]).toMatchObject({ kind: "boundaries", rows: 2, years: [], areas: ["Hörselberg", "Innenstadt"] });
    const area = await db.planningArea.findUniqueOrThrow({ where: { code: AREA_CODE } });
    expect(area.polygon).toEqual(geojson.features[0].geometry);
    expect(area.centerLat).toBeCloseTo(50.975, 6);
    expect(area.centerLon).toBeCloseTo(10.315, 6);
  });

  it("refuses broken JSON and broken geometry with the feature named", async () => {
    const before = await counts();
    expect(errorsOf(await importNeedData(db, [file("kaputt.geojson", utf8('{"type": "FeatureCollection", "features": ['))]))[0]).toMatch(/^Die Datei ist kein gültiges JSON/);
    const open = square(10.31, 50.97);
    open[0].pop();
    const geojson = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { planungsraum: "Innenstadt" }, geometry: { type: "Polygon", coordinates: [[[10.3, 50.9], [10.4, 50.9], [10.4, 50.95], [10.3, 50.9]]] } },
        { type: "Feature", properties: { planungsraum: "innenstadt" }, geometry: { type: "Polygon", coordinates: open } },
        { type: "Feature", properties: { planungsraum: "Atlantis" }, geometry: { type: "Polygon", coordinates: [[[200, 50], [10, 95], [10, 50], [200, 50]]] } },
        { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [10, 50] } },
      ],
    };
    expect(errorsOf(await importNeedData(db, [file("grenzen.geojson", utf8(JSON.stringify(geojson)))]))).toEqual([
      "Objekt 2, Planungsraum: Innenstadt steht schon in Objekt 1",
      "Objekt 2, Geometrie: Ring ist nicht geschlossen (erste und letzte Position verschieden)",
      "Objekt 3, Planungsraum: 'Atlantis' ist kein bekannter Planungsraum",
      "Objekt 3, Geometrie: Koordinate außerhalb von Länge ±180 / Breite ±90 (erst Länge, dann Breite)",
      "Objekt 4, Planungsraum: Eigenschaft planungsraum/Planungsraum/code/name fehlt",
      "Objekt 4, Geometrie: Geometrie muss Polygon oder MultiPolygon sein",
    ]);
    expect(await counts()).toEqual(before);
  });

  it("lets planners and admins upload and read, and refuses providers and network partners", async () => {
    const csv = utf8("Planungsraum;Jahr;Haushaltstyp;Anzahl;Quelle\nInnenstadt;2022;insgesamt;3.000;Statistik\n");
    for (const role of ["PROVIDER", "NETWORK_PARTNER"] as const) {
      const user = await createUser(db, { role, organizationIds: role === "PROVIDER" ? [ORG_ID] : [] });
      await expect(uploadNeedData(db, user, [file("h.csv", csv)])).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getNeedDataOverview(user)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.householdFigure.count({ where: { year: 2022 } })).toBe(0);

    const planner = await createUser(db, { role: "REVIEWER" });
    expect((await uploadNeedData(db, planner, [file("h.csv", csv)])).ok).toBe(true);
    const overview = await getNeedDataOverview(planner);
    const innenstadt = overview.find((a) => a.code === AREA_CODE)!;
    expect(innenstadt.population).toEqual([{ year: 2024, total: 3235, source: "Statistikstelle 2025", isDemo: false }]);
    expect(innenstadt.households).toEqual({ year: 2022, source: "Statistik", isDemo: false, counts: { TOTAL: 3000 } });
    expect(innenstadt.indicators.map((i) => [i.name, i.value, i.year, i.source])).toEqual([
      ["Kinder in Hilfen zur Erziehung", 1031.25, 2024, "Jugendamt"],
      ["SGB-II-Quote", 12.5, 2024, "BA-Statistik 06/2024"],
    ]);
    const admin = await createUser(db, { role: "ADMIN" });
    expect((await getNeedDataOverview(admin)).length).toBe(2);
  });
});
