// Places shared by several offers of the same provider (HSDS service_at_location). Each function
// returns the same location id every time; the offer passes its own opening hours. Only offers of
// one provider and one demo flag share a place, because publishing writes the location's
// organisation and demo flag from the offer.
import { AREA } from "../planning-areas";
import { address, nearCentre, nearStreet, type LocationInput } from "./helpers";

type Hours = LocationInput["schedules"];

/** Diako's Beratungszentrum, Schillerstraße 6 (real address; coordinates approximate). */
export function beratungszentrum(schedules: Hours = []): LocationInput {
  return {
    id: "4139fa6a-9f7f-415d-a2c3-48c55edb01b1",
    name: "Beratungszentrum Eisenach",
    ...address("Schillerstraße 6"),
    ...nearCentre(AREA.innenstadt, -0.0015, -0.0022),
    planningAreaCode: AREA.innenstadt,
    schedules,
  };
}

// ---------------------------------------------------------------- invented places (demo providers)

export function stadtteilbueroWest(schedules: Hours = []): LocationInput {
  return {
    id: "bb8dc210-4ba6-4166-99ee-242c0057dab2",
    name: "Stadtteilbüro West",
    ...address("Kasseler Straße 40"),
    ...nearStreet(AREA.weststadt, "Kasseler Straße", 0.0006, -0.0012),
    planningAreaCode: AREA.weststadt,
    stepFree: true,
    accessibleToilet: true,
    hearingLoop: false,
    schedules,
  };
}

export function interkulturellesZentrum(schedules: Hours = []): LocationInput {
  return {
    id: "e96a4a79-b5bb-4fe4-8f1f-0b80bc371dd3",
    name: "Interkulturelles Zentrum Nord",
    ...address("Wilhelm-Pieck-Straße 10"),
    ...nearCentre(AREA.nord, 0.0012, -0.0018),
    planningAreaCode: AREA.nord,
    stepFree: true,
    accessibleToilet: true,
    schedules,
  };
}

export function jugendbueroLocation(schedules: Hours = []): LocationInput {
  return {
    id: "79529194-0be8-4db1-b0df-0236dcaeef0b",
    name: "Jugendbüro Eisenach",
    ...address("Georgenstraße 30"),
    ...nearStreet(AREA.innenstadt, "Georgenstraße", 0.0002, 0.0012),
    planningAreaCode: AREA.innenstadt,
    stepFree: true,
    accessibleToilet: true,
    hearingLoop: true,
    schedules,
  };
}

export function familienzentrumOststadt(schedules: Hours = []): LocationInput {
  return {
    id: "8a39370d-a720-489d-bc17-af7d1d166fb3",
    name: "Familienzentrum Oststadt",
    ...address("Heinrichstraße 11"),
    ...nearCentre(AREA.oststadt, 0.0018, -0.0042),
    planningAreaCode: AREA.oststadt,
    stepFree: true,
    accessibleToilet: true,
    hearingLoop: false,
    accessibilityNote: "Kinderwagenstellplatz im Hof, Wickelraum im Erdgeschoss.",
    schedules,
  };
}

export function nachbarschaftsbueroNord(schedules: Hours = []): LocationInput {
  return {
    id: "68fdd925-0f91-4218-ae79-68e24ce03207",
    name: "Nachbarschaftsbüro Eisenach-Nord",
    ...address("Ziegeleistraße 5"),
    ...nearCentre(AREA.nord, 0.0024, 0.0011),
    planningAreaCode: AREA.nord,
    stepFree: true,
    accessibleToilet: false,
    schedules,
  };
}

export function dorfgemeinschaftshausHoetzelsroda(schedules: Hours = []): LocationInput {
  return {
    id: "bc255a7d-595f-4ab0-97de-e3fafdd4237e",
    name: "Dorfgemeinschaftshaus Hötzelsroda",
    ...address(null),
    ...nearStreet(AREA.ortsteile, "Hötzelsroda", 0.0004, -0.0006),
    planningAreaCode: AREA.ortsteile,
    stepFree: true,
    schedules,
  };
}

export function familienbildungswerkWest(schedules: Hours = []): LocationInput {
  return {
    id: "f96be0f2-6acf-4b4a-90f7-ac5ce2bea4dd",
    name: "Familienbildungswerk, Büro West",
    ...address("Oppenheimstraße 21"),
    ...nearCentre(AREA.weststadt, 0.0032, 0.0121),
    planningAreaCode: AREA.weststadt,
    stepFree: false,
    accessibilityNote: "Drei Stufen am Eingang; Klingel für Rollstuhlfahrende vorhanden.",
    schedules,
  };
}

export function seniorendiensteSued(schedules: Hours = []): LocationInput {
  return {
    id: "8044eefc-f44c-4c04-9ec3-4934c9b10d3f",
    name: "Seniorendienste Hörselaue, Haus Süd",
    ...address("Fritz-Koch-Straße 5"),
    ...nearCentre(AREA.suedstadt, 0.0021, 0.0037),
    planningAreaCode: AREA.suedstadt,
    stepFree: true,
    accessibleToilet: true,
    hearingLoop: true,
    schedules,
  };
}
