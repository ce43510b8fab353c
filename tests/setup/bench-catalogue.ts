// A tiny hand-made catalogue in the shape of the bench's generator (scripts/bench/types.ts), for
// testing the query mix and the quality measures on cases checked by hand: two towns (Jena, Gera),
// compounds whose parts stand alone elsewhere ("Beratung"), a hidden address and a phone-only offer.
import { randomUUID } from "node:crypto";
import type { Db } from "../../server/db";
import type { GeneratedCatalogue, GeneratedOffer, Municipality } from "../../scripts/bench/types";
import { offerData, ORG_ID, publishTestOffer, testLocation } from "./fixtures";

export const MUNICIPALITIES: Municipality[] = [
  { key: "jena", name: "Jena", district: "Jena", postalCode: "07743", lat: 50.9272, lon: 11.5892, population: 110_000 },
  { key: "gera", name: "Gera", district: "Gera", postalCode: "07545", lat: 50.8804, lon: 12.0818, population: 92_000 },
];

const wordsOf = (...texts: string[]) => [...new Set(texts.join(" ").toLowerCase().split(/[^\p{L}]+/u).filter(Boolean))];

type Spec = {
  name: string;
  description: string;
  municipality: "jena" | "gera";
  compounds?: [string, string[]][];
  handlungsfeld?: string;
  free?: boolean;
  languages?: string[];
  /** Metres east of the town's centre (a public place there); none = no public place. */
  eastMetres?: number;
  visibility?: "HIDDEN" | "NONE";
};

const SPECS: Spec[] = [
  { name: "Schuldnerberatung der Caritas", description: "Beratung bei Schulden und Verbraucherinsolvenz.", municipality: "jena", eastMetres: 500, free: true,
    compounds: [["schuldnerberatung", ["schuldner", "beratung"]], ["verbraucherinsolvenz", ["verbraucher", "insolvenz"]]] },
  { name: "Erziehungsberatung Jena", description: "Hilfe für Eltern bei Fragen der Erziehung.", municipality: "jena", eastMetres: 3000, handlungsfeld: "2", languages: ["de", "uk"],
    compounds: [["erziehungsberatung", ["erziehung", "beratung"]]] },
  { name: "Pflegestützpunkt Jena", description: "Beratung zur Pflege von Angehörigen.", municipality: "jena", eastMetres: 8000, free: true,
    compounds: [["pflegestützpunkt", ["pflege", "stützpunkt"]]] },
  { name: "Seniorentreff am Markt", description: "Kaffee und Begegnung für ältere Menschen.", municipality: "jena", eastMetres: 1000, handlungsfeld: "2",
    compounds: [["seniorentreff", ["senioren", "treff"]]] },
  { name: "Suchtberatung Gera", description: "Beratung bei Sucht und Abhängigkeit.", municipality: "gera", eastMetres: 200,
    compounds: [["suchtberatung", ["sucht", "beratung"]]] },
  { name: "Frauenhaus Jena", description: "Schutz und Beratung für Frauen und ihre Kinder.", municipality: "jena", eastMetres: 1500, visibility: "HIDDEN", free: true,
    compounds: [["frauenhaus", ["frauen", "haus"]]] },
  { name: "Telefonberatung für Familien", description: "Beratung am Telefon für Eltern in Jena und Umgebung.", municipality: "jena", visibility: "NONE",
    compounds: [["telefonberatung", ["telefon", "beratung"]]] },
];

function toOffer(spec: Spec): GeneratedOffer {
  const town = MUNICIPALITIES.find((m) => m.key === spec.municipality)!;
  const place = spec.eastMetres === undefined ? [] : [testLocation(town.key, {
    street: "Markt 1", postalCode: town.postalCode, city: town.name, latitude: town.lat,
    longitude: town.lon + spec.eastMetres / (111_320 * Math.cos((town.lat * Math.PI) / 180)),
  })];
  const data = offerData({
    id: randomUUID(), organizationId: ORG_ID, name: spec.name, description: spec.description,
    handlungsfelder: [spec.handlungsfeld ?? "4"], lebensphasen: [], angebotsarten: [],
    free: spec.free ?? false, languages: spec.languages ?? ["de"], channels: spec.visibility === "NONE" ? ["PHONE"] : ["IN_PERSON"],
    addressVisibility: spec.visibility ?? "PUBLIC",
    locations: spec.visibility === "NONE" ? [] : place,
    // A hidden place is not public: the offer is found in its town through the area it serves.
    serviceAreaCodes: spec.visibility ? [town.key] : [],
  });
  return {
    data: { ...data, id: data.id! },
    municipality: town.key,
    words: wordsOf(spec.name, spec.description),
    compounds: (spec.compounds ?? []).map(([word, parts]) => ({ word, parts })),
  };
}

export function benchCatalogue(): GeneratedCatalogue {
  return { municipalities: MUNICIPALITIES, organizations: [{ id: ORG_ID, name: "Testträger e. V." }], offers: SPECS.map(toOffer) };
}

/** Adds the towns (Planungsräume) and a second Handlungsfeld to createReferenceData's, then publishes every offer. */
export async function publishBenchCatalogue(db: Db, catalogue: GeneratedCatalogue) {
  const taxonomy = (key: string) => db.taxonomy.findUniqueOrThrow({ where: { key } });
  const areas = await taxonomy("planungsraum");
  for (const m of catalogue.municipalities) {
    const term = await db.taxonomyTerm.create({ data: { taxonomyId: areas.id, code: m.key, name: m.name } });
    await db.planningArea.create({ data: { code: m.key, name: m.name, termId: term.id, centerLat: m.lat, centerLon: m.lon } });
  }
  await db.taxonomyTerm.create({ data: { taxonomyId: (await taxonomy("handlungsfeld")).id, code: "2", name: "Begegnung" } });
  for (const offer of catalogue.offers) await publishTestOffer(db, offer.data);
}
