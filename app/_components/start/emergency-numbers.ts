// The emergency box on the start page: numbers a resident in acute danger or distress needs before
// any search. Data, not markup; the labels are in messages/<locale>/start.json (`Start.emergency`).
// Sources (checked 2026-12-05): 110 and 112 are the statutory emergency numbers in Germany (112
// EU-wide: Rettungsdienst and Feuerwehr); the helplines are the same as the seed's helpline offers
// (prisma/seed/offers/hotlines.ts, sources named there): hilfetelefon.de (116 016, round the
// clock, free, in 18 languages), telefonseelsorge.de (0800 111 0 111 / 0800 111 0 222, round the
// clock, free), nummergegenkummer.de (Kinder- und Jugendtelefon 116 111, Elterntelefon 0800 111 0 550),
// 116117.de (ärztlicher Bereitschaftsdienst, nationwide, when practices are closed).

export type EmergencyNumber = { id: string; numbers: readonly string[]; source: string };

export const EMERGENCY_NUMBERS = [
  { id: "polizei", numbers: ["110"], source: "https://www.polizei.de" },
  { id: "rettung", numbers: ["112"], source: "https://www.112.eu" },
  { id: "gewaltGegenFrauen", numbers: ["116 016"], source: "https://www.hilfetelefon.de" },
  { id: "telefonseelsorge", numbers: ["0800 111 0 111", "0800 111 0 222"], source: "https://www.telefonseelsorge.de" },
  { id: "kinderJugend", numbers: ["116 111"], source: "https://www.nummergegenkummer.de" },
  { id: "eltern", numbers: ["0800 111 0 550"], source: "https://www.nummergegenkummer.de" },
  { id: "bereitschaftsdienst", numbers: ["116 117"], source: "https://www.116117.de" },
] as const satisfies readonly EmergencyNumber[];

export type EmergencyNumberId = (typeof EMERGENCY_NUMBERS)[number]["id"];

