import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../../server/authz";
import { reachabilityCsv } from "../../server/reachability/csv";
import { getReachability, type Reachability } from "../../server/reachability/reachability";
import { setupTestDatabase } from "../setup/database";
import { HOSTILE_VALUES } from "../setup/hostile-values";
import { createReferenceData, createRoleUsers, offerData, publishTestOffer, testLocation } from "../setup/fixtures";

// Reachability on a hand-computed fixture (haversine, earth radius 6371.0088 km; walk = x 1.3).
// Centres: innenstadt 50.9748 / 10.3193 (fixtures), oststadt 50.9748 / 10.3393, nord 50.9948 / 10.3193.
// Angebotsarten: schuldnerberatung, suchtberatung.
//   P1 Schuldnerberatung, public place in innenstadt at 50.9748 / 10.3293
//      oststadt -> P1: 0.7002 km straight, 0.9102 km walk; nord -> P1: 2.3315 km
//   P2 Suchtberatung, public place in innenstadt at innenstadt's centre
//      nord -> P2: 2.2239 km; oststadt -> P2: 1.4003 km straight, 1.8204 km walk
//   H  Suchtberatung with a HIDDEN address stored in nord, exactly at nord's centre: never a distance
//   X  inactive Schuldnerberatung at nord's centre: counts nowhere

const { db } = setupTestDatabase();
let users: Awaited<ReturnType<typeof createRoleUsers>>;

const place = (planningAreaCode: string, street: string, latitude: number, longitude: number) => testLocation(planningAreaCode, { street, latitude, longitude });

beforeAll(async () => {
  await createReferenceData(db);
  users = await createRoleUsers(db);
  const planungsraum = await db.taxonomy.findUniqueOrThrow({ where: { key: "planungsraum" } });
  for (const [code, name, centerLat, centerLon] of [
    ["oststadt", "Oststadt", 50.9748, 10.3393],
    ["nord", "Nord", 50.9948, 10.3193],
  ] as const)
    await db.planningArea.create({ data: { code, name, centerLat, centerLon, term: { create: { taxonomyId: planungsraum.id, code, name } } } });
  const angebotsart = await db.taxonomy.findUniqueOrThrow({ where: { key: "angebotsart" } });
  await db.taxonomyTerm.create({ data: { taxonomyId: angebotsart.id, code: "suchtberatung", name: "Suchtberatung", sortOrder: 1 } });

  const publish = (o: Parameters<typeof offerData>[0]) => publishTestOffer(db, offerData(o));
  await publish({ name: "P1 Schuldnerberatung", locations: [place("innenstadt", "Markt 5", 50.9748, 10.3293)] });
  await publish({ name: "P2 Suchtberatung", angebotsarten: ["suchtberatung"], locations: [place("innenstadt", "Markt 1", 50.9748, 10.3193)] });
  await publish({ name: "H Geheime Suchthilfe", angebotsarten: ["suchtberatung"], addressVisibility: "HIDDEN", locations: [place("nord", "Geheimweg 1", 50.9948, 10.3193)] });
  await publish({ name: "X Geschlossen", status: "inactive", locations: [place("nord", "Nordweg 1", 50.9948, 10.3193)] });
});

const row = (r: Reachability, area: string, type: string) => r.rows.find((x) => x.areaCode === area && x.typeCode === type)!;

describe("getReachability", () => {
  it("gives the straight and walking distance to the nearest public place, per area and type", async () => {
    const r = await getReachability(users.reviewer, {});
    expect(r.params.abstand).toBe(1.5);
    expect(r.detourFactor).toBe(1.3);
    expect(r.rows).toHaveLength(3 * 2);
    expect(row(r, "innenstadt", "schuldnerberatung")).toMatchObject({ nearestName: "P1 Schuldnerberatung", nearestAreaCode: "innenstadt", localPublic: true, status: "local" });
    expect(row(r, "innenstadt", "schuldnerberatung").straightKm).toBeCloseTo(0.7002, 3);
    expect(row(r, "innenstadt", "suchtberatung").straightKm).toBeCloseTo(0, 6);
    const ost = row(r, "oststadt", "schuldnerberatung");
    expect(ost.straightKm).toBeCloseTo(0.7002, 3);
    expect(ost.walkKm).toBeCloseTo(0.9102, 3);
    expect(ost).toMatchObject({ nearestAreaCode: "innenstadt", nearestAreaName: "Innenstadt", localPublic: false, status: "neighbour" });
    // Too far for the default 1.5 km walk: 1.82 km.
    expect(row(r, "oststadt", "suchtberatung")).toMatchObject({ status: "gap" });
    expect(row(r, "oststadt", "suchtberatung").walkKm).toBeCloseTo(1.8204, 3);
    // The inactive offer at nord's centre does not count: the nearest is P1, 2.33 km away.
    expect(row(r, "nord", "schuldnerberatung")).toMatchObject({ nearestName: "P1 Schuldnerberatung", status: "gap" });
    expect(row(r, "nord", "schuldnerberatung").straightKm).toBeCloseTo(2.3315, 3);
  });

  it("never measures to a hidden address, but says the area has one", async () => {
    const nord = row(await getReachability(users.reviewer, {}), "nord", "suchtberatung");
    // H sits at nord's very centre: measured, it would be 0 km and give it away.
    expect(nord.straightKm).toBeCloseTo(2.2239, 3);
    expect(nord).toMatchObject({ nearestName: "P2 Suchtberatung", hiddenHere: true, localPublic: false, status: "hidden" });
    const all = await getReachability(users.reviewer, { abstand: "20" });
    expect(JSON.stringify(all)).not.toContain("Geheim");
    expect(all.rows.filter((x) => x.hiddenHere).map((x) => `${x.areaCode}/${x.typeCode}`)).toEqual(["nord/suchtberatung"]);
  });

  it("counts a neighbour's offer up to the planner's distance and not beyond", async () => {
    // oststadt -> P1 is 0.9102 km on foot.
    expect(row(await getReachability(users.reviewer, { abstand: "0,92" }), "oststadt", "schuldnerberatung").status).toBe("neighbour");
    expect(row(await getReachability(users.reviewer, { abstand: "0.91" }), "oststadt", "schuldnerberatung").status).toBe("gap");
    // oststadt -> P2 is 1.8204 km on foot.
    expect(row(await getReachability(users.reviewer, { abstand: "1.9" }), "oststadt", "suchtberatung").status).toBe("neighbour");
    expect(row(await getReachability(users.reviewer, { abstand: "1.8" }), "oststadt", "suchtberatung").status).toBe("gap");
  });

  it("falls back to 1.5 km for a malformed distance and refuses providers and network partners", async () => {
    for (const v of [...HOSTILE_VALUES.map((h) => h.text), "-1", "0", "999", ["3", "4"]]) {
      const { params } = await getReachability(users.reviewer, { abstand: v });
      expect(Array.isArray(v) ? params.abstand === 3 : params.abstand === 1.5, String(v)).toBe(true);
    }
    for (const actor of [users.provider, users.partner, null]) await expect(getReachability(actor, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("reachabilityCsv", () => {
  it("writes the table for German Excel with decimal commas and the status in words", async () => {
    const csv = reachabilityCsv(await getReachability(users.reviewer, {}));
    expect(csv.startsWith("\uFEFFPlanungsraum;Angebotsart;Luftlinie")).toBe(true);
    expect(csv).toContain("\r\nOststadt;Schuldnerberatung;0,7;0,91;P1 Schuldnerberatung;Innenstadt;nein;durch Nachbarraum abgedeckt\r\n");
    expect(csv).toContain("\r\nNord;Suchtberatung;2,22;2,89;P2 Suchtberatung;Innenstadt;ja;im Raum vorhanden, Lage nicht öffentlich\r\n");
  });
});
