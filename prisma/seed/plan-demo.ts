// Demo measures for the Handlungsfelder that public records leave (almost) empty: invented but
// believable (typical LSZ measures, domain.md), each marked isDemo and saying so in `evidence`.
// The plan's real measures stay in plan.ts. Amounts are written only when a measure is created,
// so a re-seed keeps what planners entered.
import type { SeedMeasure } from "./plan";
import type { HandlungsfeldCode } from "./taxonomies";

const DEMO = "Demo-Maßnahme (erfunden): nicht aus dem Plan der Stadt, zeigt ein typisches LSZ-Vorhaben.";

/** Demo Ziele and Unterziele, one Ziel per Handlungsfeld. */
export const demoGoals = [
  {
    id: "b7d535a2-858d-4e4e-915e-eff9d972871b",
    handlungsfeld: "1" as HandlungsfeldCode,
    title: "Sozialplanung datenbasiert und beteiligungsorientiert steuern",
    sortOrder: 2,
    subGoals: [
      { id: "9a3b5af1-17b8-4146-80e0-b23d8dd82d5f", title: "Die Akteure in den Planungsräumen vernetzen", sortOrder: 1 },
      { id: "0772d49b-9b08-4495-a318-0f7b27f8fd48", title: "Planungsgrundlagen regelmäßig fortschreiben", sortOrder: 2 },
    ],
  },
  {
    id: "729b4da8-8f78-4488-bf63-4827e7b0c333",
    handlungsfeld: "2" as HandlungsfeldCode,
    title: "Familien im Alltag entlasten und Mobilität sichern",
    sortOrder: 1,
    subGoals: [
      { id: "0db13d93-b13f-4bb1-b3a9-b846696f5ea9", title: "Kinderbetreuung an den Arbeitszeiten der Eltern ausrichten", sortOrder: 1 },
      { id: "ba49321f-5bb6-44d2-bb3f-8dcd22063535", title: "Mobilität in den Ortsteilen verbessern", sortOrder: 2 },
    ],
  },
  {
    id: "2ddbce37-9732-4f9f-b317-b3ab1c2ba7c0",
    handlungsfeld: "3" as HandlungsfeldCode,
    title: "Familienbildung wohnortnah und früh anbieten",
    sortOrder: 1,
    subGoals: [
      { id: "1c41365a-61fb-442f-8c45-2fd8b1de8437", title: "Eltern in der frühen Familienphase stärken", sortOrder: 1 },
    ],
  },
  {
    id: "8995a85b-c6b7-44f2-a42d-9fffd81b0866",
    handlungsfeld: "5" as HandlungsfeldCode,
    title: "Selbstbestimmtes Wohnen in allen Lebensphasen ermöglichen",
    sortOrder: 1,
    subGoals: [
      { id: "81c9fe49-00fb-4a22-b646-099df211b1be", title: "Älteren Menschen das Wohnen im vertrauten Umfeld ermöglichen", sortOrder: 1 },
      { id: "19b24b1b-406b-4ef7-b4b3-f02ab4a20bd0", title: "Nachbarschaft und Engagement im Quartier stärken", sortOrder: 2 },
    ],
  },
  {
    id: "ac5097a3-f4f1-46e0-8068-8fd27760902f",
    handlungsfeld: "6" as HandlungsfeldCode,
    title: "Begegnung zwischen den Generationen fördern",
    sortOrder: 1,
    subGoals: [
      { id: "a91be045-a75d-40b1-bcfb-bf86723d625f", title: "Generationenübergreifende Treffpunkte sichern", sortOrder: 1 },
      { id: "5937fa0a-9cd3-43cf-bfbf-d2e3a53439b7", title: "Einsamkeit im Alter vorbeugen", sortOrder: 2 },
    ],
  },
];

const [[subHf1Vernetzung, subHf1Monitoring], [subHf2Betreuung, subHf2Mobilitaet], [subHf3Eltern], [subHf5Wohnen, subHf5Quartier], [subHf6Treffpunkte, subHf6Einsamkeit]] = demoGoals.map((g) => g.subGoals.map((s) => s.id));

type DemoMeasure = SeedMeasure & { plannedEur: number | null; spentEur: number | null };

const measure = (
  m: Omit<DemoMeasure, "id" | "evidence" | "funding" | "sources" | "isDemo" | "indicators"> & { id: string; indicators: [string, string, boolean | null][] },
): DemoMeasure => ({
  ...m,
  evidence: DEMO,
  funding: m.plannedEur === null ? null : "LSZ (Demo)",
  sources: [],
  isDemo: true,
  indicators: m.indicators.map(([id, statement, fulfilled]) => ({ id, statement, fulfilled })),
});

export const demoMeasures = {
  stadtteilkonferenzen: measure({
    id: "a834eb11-ef16-4dbe-b33a-e09cb575328c",
    code: "HF1-7",
    handlungsfeld: "1",
    subGoalId: subHf1Vernetzung,
    title: "Stadtteilkonferenzen in allen sechs Planungsräumen etablieren",
    timeframe: "ab 2021",
    status: "IN_PROGRESS",
    responsibleBody: "Stadtverwaltung Eisenach, Sozialplanung",
    plannedEur: 12_000,
    spentEur: 4_500,
    indicators: [
      ["b6dc2ffa-9958-4899-adf7-02748e6a2a13", "In jedem Planungsraum hat mindestens eine Stadtteilkonferenz stattgefunden", false],
      ["6a66754e-c390-4654-a9d8-cc9c77104f39", "Ergebnisprotokolle liegen vor", null],
    ],
  }),
  monitoring: measure({
    id: "9649e470-f0c3-4c1f-82d5-4f3d3671d945",
    code: "HF1-8",
    handlungsfeld: "1",
    subGoalId: subHf1Monitoring,
    title: "Ein sozialräumliches Monitoring mit jährlichem Datenbericht aufbauen",
    timeframe: "ab 2022",
    status: "PLANNED",
    responsibleBody: "Stadtverwaltung Eisenach, Sozialplanung",
    plannedEur: 8_000,
    spentEur: null,
    indicators: [
      ["42544eff-d012-4c8d-86ed-891a31683cd3", "Indikatorenset ist mit den Fachämtern abgestimmt", null],
      ["109d221d-62c7-40c8-b252-26a28df127e0", "Erster Datenbericht liegt vor", null],
    ],
  }),
  randzeiten: measure({
    id: "c19e2fc2-291f-4b2d-819b-5cf418ea4525",
    code: "HF2-1",
    handlungsfeld: "2",
    subGoalId: subHf2Betreuung,
    title: "Kinderbetreuung in Randzeiten (vor 7 und nach 17 Uhr) ausbauen",
    timeframe: "ab 2021",
    status: "IN_PROGRESS",
    responsibleBody: "Stadtverwaltung Eisenach, Jugendamt (Kita-Fachberatung)",
    plannedEur: 25_000,
    spentEur: 11_200,
    indicators: [
      ["0d6fcb6f-9e76-439f-bdad-3242698d1e92", "Bedarfsabfrage bei Eltern ist ausgewertet", true],
      ["4ec6e4b2-860e-45f3-844a-d1cbe0cdf1cf", "Mindestens zwei Kitas bieten Randzeitenbetreuung an", null],
    ],
  }),
  ferienbetreuung: measure({
    id: "941d2d5b-e0b2-4bb7-9faa-f946ebc4cef1",
    code: "HF2-2",
    handlungsfeld: "2",
    subGoalId: subHf2Betreuung,
    title: "Ferienbetreuung für Grundschulkinder in allen Schulferien sichern",
    timeframe: "seit 2019",
    status: "ONGOING",
    responsibleBody: "Stadtverwaltung Eisenach, Jugendamt",
    plannedEur: 15_000,
    spentEur: 14_300,
    indicators: [
      ["a88f39ec-50f0-44e3-bafd-04176d947bfe", "Ferienprogramm für alle Schulferien ist veröffentlicht", true],
      ["7ea366f8-2521-4a37-9317-abc292af5c17", "Betreute Kinder je Ferienwoche sind erfasst", null],
    ],
  }),
  buergerbus: measure({
    id: "0f2a9df6-fed2-4ec2-a6e0-2626310f2848",
    code: "HF2-3",
    handlungsfeld: "2",
    subGoalId: subHf2Mobilitaet,
    title: "Einen ehrenamtlichen Bürgerbus für die Ortsteile einrichten",
    timeframe: "ab 2022",
    status: "DELAYED",
    responsibleBody: "Stadtverwaltung Eisenach, Stadtentwicklung",
    plannedEur: 30_000,
    spentEur: null,
    indicators: [
      ["e84c2d35-872d-4b92-ac8e-6556fefdf1b9", "Trägerschaft und ehrenamtliche Fahrerinnen und Fahrer sind gefunden", true],
      ["7cba728f-922d-4edb-80a2-09bf0be0c54c", "Fahrplan für die Ortsteile liegt vor", null],
      ["bf336cfc-e69a-45a0-afaa-b438aa92edd8", "Erste Fahrt hat stattgefunden", false],
    ],
  }),
  elternkurse: measure({
    id: "50c9c806-c928-450c-84dc-119427ec3987",
    code: "HF3-3",
    handlungsfeld: "3",
    subGoalId: subHf3Eltern,
    title: "Elternkurse in den Familienzentren regelmäßig anbieten",
    timeframe: "ab 2021",
    status: "ONGOING",
    responsibleBody: "Familienzentrum Oststadt e. V.",
    plannedEur: 6_000,
    spentEur: 5_200,
    indicators: [
      ["f63ba888-01a7-4b32-9178-26d70a6634af", "Mindestens vier Elternkurse im Jahr", true],
      ["c6698e2d-1e19-43e3-898e-e40a094283e7", "Befragung der Teilnehmenden ist ausgewertet", null],
    ],
  }),
  fruehehilfen: measure({
    id: "1e1b79a1-c852-4863-bfee-f6e3461edacc",
    code: "HF3-4",
    handlungsfeld: "3",
    subGoalId: subHf3Eltern,
    title: "Frühe Hilfen: das Angebot der Familienhebammen bedarfsgerecht ausbauen",
    timeframe: "ab 2022",
    status: "PLANNED",
    responsibleBody: "Stadtverwaltung Eisenach, Jugendamt (Netzwerk Frühe Hilfen)",
    plannedEur: null,
    spentEur: null,
    indicators: [
      ["bc9c49f5-384b-4ac9-84f4-78f46f7eb766", "Bedarf der Familien mit Neugeborenen ist ermittelt", null],
      ["dfd43431-56d9-4090-81c6-f170597d9f44", "Zusätzliche Stelle Familienhebamme ist besetzt", null],
    ],
  }),
  wohnberatung: measure({
    id: "f6d81646-ceb1-4bbe-8a09-fb7b23f38a74",
    code: "HF5-1",
    handlungsfeld: "5",
    subGoalId: subHf5Wohnen,
    title: "Eine mobile Wohnberatung für altersgerechtes Wohnen anbieten",
    timeframe: "ab 2021",
    status: "ONGOING",
    responsibleBody: "Stadtverwaltung Eisenach, Sozialamt",
    plannedEur: 9_000,
    spentEur: 8_400,
    indicators: [
      ["079048a7-4dd8-4b8b-9752-1cc632054fdd", "Beratungsangebot ist veröffentlicht", true],
      ["3f1b7a74-9c1e-41d7-b5c0-d5d92e3fa01f", "Zahl der Beratungen je Jahr ist erfasst", null],
    ],
  }),
  dorfkuemmerer: measure({
    id: "7bcedd64-34f2-403b-8e85-28540a29b2c8",
    code: "HF5-2",
    handlungsfeld: "5",
    subGoalId: subHf5Quartier,
    title: "Dorfkümmerer in den Ortsteilen einsetzen",
    timeframe: "ab 2022",
    status: "IN_PROGRESS",
    responsibleBody: "Stadtverwaltung Eisenach, Stabsstelle Soziale Stadt",
    plannedEur: 18_000,
    spentEur: 6_000,
    indicators: [
      ["80639792-2a16-4798-9f75-6229c66be993", "Kümmerer für mindestens drei Ortsteile sind gewonnen", true],
      ["b2f0e9b3-4be5-4f72-9ebf-dccd16c877e6", "Sprechzeiten in den Ortsteilen sind eingerichtet", null],
    ],
  }),
  freiwilligenagentur: measure({
    id: "1de887e6-4cf0-4aea-86cd-6fc965779a86",
    code: "HF5-3",
    handlungsfeld: "5",
    subGoalId: subHf5Quartier,
    title: "Die Freiwilligenagentur als Anlaufstelle für Engagement verstetigen",
    timeframe: "2021",
    status: "IMPLEMENTED",
    responsibleBody: "Stadtverwaltung Eisenach, Stabsstelle Soziale Stadt",
    plannedEur: 5_000,
    spentEur: 5_000,
    indicators: [
      ["29fddecb-6101-466c-a7ca-cd13f870e202", "Finanzierung über 2022 hinaus ist gesichert", true],
      ["76297484-78c1-400a-ab34-22c79bdc4ce3", "Engagementbörse ist online", true],
    ],
  }),
  mehrgenerationenhaus: measure({
    id: "a7ce3d8e-933b-4f9a-a493-f252c9379d6e",
    code: "HF6-1",
    handlungsfeld: "6",
    subGoalId: subHf6Treffpunkte,
    title: "Das Mehrgenerationenhaus als Begegnungsort absichern",
    timeframe: "seit 2019",
    status: "ONGOING",
    responsibleBody: "Stadtverwaltung Eisenach, Sozialamt",
    plannedEur: 20_000,
    spentEur: 20_000,
    indicators: [
      ["1824eba7-2e30-4bfc-bb81-25af4dfc983b", "Verwendungsnachweis liegt vor", null],
      ["52223296-20ba-4d27-8d8d-50ef286a6afb", "Programm mit generationenübergreifenden Angeboten ist veröffentlicht", true],
    ],
  }),
  besuchsdienst: measure({
    id: "891a67e9-fe0d-495e-a403-d8fcfbcd3dbf",
    code: "HF6-2",
    handlungsfeld: "6",
    subGoalId: subHf6Einsamkeit,
    title: "Einen ehrenamtlichen Besuchsdienst für alleinlebende Ältere aufbauen",
    timeframe: "ab 2021",
    status: "IN_PROGRESS",
    responsibleBody: "Seniorendienste Hörselaue gGmbH",
    plannedEur: 7_500,
    spentEur: 3_100,
    indicators: [
      ["708f260d-ff68-4f7b-b70a-7cd37c7e88b0", "Schulungskonzept für Ehrenamtliche liegt vor", true],
      ["14561fed-09d0-43a9-aea5-86fc60772989", "Mindestens 15 Ehrenamtliche sind geschult", null],
    ],
  }),
  generationencafe: measure({
    id: "f3b07bd4-a4df-4db5-913b-a11a0e77017f",
    code: "HF6-3",
    handlungsfeld: "6",
    subGoalId: subHf6Treffpunkte,
    title: "Ein Generationencafé in Eisenach-West eröffnen",
    timeframe: "2022",
    status: "IMPLEMENTED",
    responsibleBody: "Seniorendienste Hörselaue gGmbH",
    plannedEur: 4_000,
    spentEur: 4_000,
    indicators: [
      ["54da5bcb-ca7b-43ec-8df8-7d6b821a80d8", "Räume sind gefunden", true],
      ["f4b21138-d8fb-400a-80ba-bdc0f12666ed", "Eröffnung des Cafés", true],
    ],
  }),
  spielplatz: measure({
    id: "25e88254-b348-480e-9c25-12909889ecf4",
    code: "HF6-4",
    handlungsfeld: "6",
    subGoalId: subHf6Treffpunkte,
    title: "Einen Generationenspielplatz mit Bewegungsgeräten für Ältere planen",
    timeframe: "2021",
    status: "DISCONTINUED",
    responsibleBody: "Stadtverwaltung Eisenach, Stadtentwicklung",
    plannedEur: null,
    spentEur: null,
    indicators: [
      ["09baf6ce-204f-4218-a454-fa6ce6c5b657", "Fläche ist gefunden", false],
    ],
  }),
} satisfies Record<string, DemoMeasure>;

/** Demo measure ids, for offers' measureIds. */
export const DEMO_MEASURE = Object.fromEntries(Object.entries(demoMeasures).map(([k, m]) => [k, m.id])) as Record<keyof typeof demoMeasures, string>;
