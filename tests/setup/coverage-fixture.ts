// The coverage figures' hand-computed fixture, shared by the matrix and the what-if tests. Three
// Planungsräume (residents 2023: 0-64 / 65+): innenstadt 8,000 / 2,000, oststadt 4,000 / 1,000,
// nord 3,000 / 1,000 (19,000 in all; an older year with other numbers must be ignored). All offers
// are Handlungsfeld 4 and life phase senioren:
//   A "Stadtweite Beratung"  CITY, place in innenstadt, 10 places, 2 VZÄ, step-free   -> stadtweit only
//   B "Mobile Beratung"      OUTREACH to innenstadt + oststadt, no place, 5 places, 1 VZÄ, accepting
//   C "Schutzwohnung"        PLANNING_AREAS, hidden address in oststadt, 8 places, VZÄ unknown
//   D "Offener Treff"        PLANNING_AREAS, place in innenstadt, no capacity data, free, step-free
//   E "Landkreis-Beratung"   REGION, no place                                          -> regional
//   plus an inactive offer and an unpublished draft in nord, which count nowhere (nord is a gap).
import type { Db } from "../../server/db";
import type { CoverageMatrix } from "../../server/coverage/matrix";
import { createReferenceData, createRoleUsers, offerData, ORG_ID, publishTestOffer, testLocation } from "./fixtures";

const place = (planningAreaCode: string, street: string, stepFree: boolean | null = null) => testLocation(planningAreaCode, { street, stepFree });

/** Creates the fixture; returns the role users and the published offers' ids by name. */
export async function createCoverageFixture(db: Db) {
  await createReferenceData(db);
  const users = await createRoleUsers(db);
  const taxonomy = await db.taxonomy.findUniqueOrThrow({ where: { key: "planungsraum" } });
  const population: Record<string, [number, number]> = { innenstadt: [8000, 2000], oststadt: [4000, 1000], nord: [3000, 1000] };
  for (const [code, [adults, seniors]] of Object.entries(population)) {
    const area =
      (await db.planningArea.findUnique({ where: { code } })) ??
      (await db.planningArea.create({
        data: { code, name: code === "nord" ? "Nord" : "Oststadt", centerLat: 50.98, centerLon: 10.32, term: { create: { taxonomyId: taxonomy.id, code, name: code } } },
      }));
    await db.populationFigure.createMany({
      data: [
        { planningAreaId: area.id, year: 2023, ageFrom: 0, ageTo: 64, count: adults },
        { planningAreaId: area.id, year: 2023, ageFrom: 65, ageTo: null, count: seniors },
        { planningAreaId: area.id, year: 2020, ageFrom: 0, ageTo: null, count: 99_999 },
      ],
    });
  }
  const senioren = await db.taxonomyTerm.findFirstOrThrow({ where: { code: "senioren" } });
  await db.lifePhaseTarget.create({ data: { termId: senioren.id, ageFrom: 65, ageTo: null } });

  const publish = (o: Parameters<typeof offerData>[0]) => publishTestOffer(db, offerData(o));
  const ids = {
    stadtweit: await publish({ name: "Stadtweite Beratung", serviceAreaScope: "CITY", locations: [place("innenstadt", "Markt 1", true)], planning: { places: 10, staffFte: 2 } }),
    mobile: await publish({
      name: "Mobile Beratung",
      serviceAreaScope: "OUTREACH",
      serviceAreaCodes: ["innenstadt", "oststadt"],
      addressVisibility: "NONE",
      locations: [],
      channels: ["OUTREACH"],
      planning: { places: 5, staffFte: 1, acceptingNewClients: true, waitingTimeWeeks: 4 },
    }),
    shelter: await publish({ name: "Schutzwohnung", serviceAreaScope: "PLANNING_AREAS", addressVisibility: "HIDDEN", locations: [place("oststadt", "Geheimweg 7")], planning: { places: 8 } }),
    treff: await publish({ name: "Offener Treff", serviceAreaScope: "PLANNING_AREAS", free: true, channels: ["IN_PERSON"], locations: [place("innenstadt", "Karlstraße 2", true)], planning: null }),
    regional: await publish({ name: "Landkreis-Beratung", serviceAreaScope: "REGION", addressVisibility: "NONE", locations: [] }),
  };
  await publish({ name: "Geschlossen in Nord", status: "inactive", serviceAreaScope: "PLANNING_AREAS", locations: [place("nord", "Nordweg 1")] });
  await db.service.create({ data: { organizationId: ORG_ID, name: "Entwurf in Nord", description: "Noch nicht veröffentlicht.", serviceAreaScope: "OUTREACH" } });
  return { users, ids };
}

/** One cell of a matrix by row key and column code (the first column by default). */
export const cellOf = (m: CoverageMatrix, row: string, column = m.columns[0].code) => m.rows.find((r) => r.key === row)!.cells[m.columns.findIndex((c) => c.code === column)];
