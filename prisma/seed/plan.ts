// Eisenach's first "fachspezifisch integrierter Plan" (LSZ Stufe 2/3), as far as public records
// show it. Sources: eisenach-facts.json (measures, measuresNote) and domain.md (Ziel, Unterziele
// and Indikatoren of Handlungsfeld 4, taken from the plan via the project's input slide).
// The plan text itself is not public; the Handlungsfeld of measures the sources do not assign is
// our assumption and says so in `evidence`. Measures only known from the project input are kept
// (isDemo false, they are the client's facts) but marked as unconfirmed in `evidence`.
import type { HandlungsfeldCode } from "./taxonomies";

type MeasureStatus = "PLANNED" | "IN_PROGRESS" | "IMPLEMENTED" | "ONGOING" | "DELAYED" | "DISCONTINUED";

export type SeedMeasure = {
  id: string;
  code: string;
  handlungsfeld: HandlungsfeldCode;
  subGoalId: string | null;
  title: string;
  timeframe: string;
  status: MeasureStatus;
  evidence: string;
  responsibleBody: string | null;
  funding: string | null;
  sources: string[];
  isDemo: boolean;
  indicators: { id: string; statement: string; fulfilled: boolean | null }[];
};

export const planningPeriod = {
  id: "5fe2df37-bad1-438c-aacb-4c3e09516e3b",
  name: "Fachspezifischer integrierter Plan 2021–2022",
  startsOn: "2021-01-01",
  endsOn: "2022-12-31",
  adoptedOn: "2020-10-13",
  source:
    "Stadtratsbeschluss StR/0229/2020 vom 13.10.2020 (https://ris.eisenach.de/bi/to0050.php?__ktonr=36086); " +
    "Vorlage 0376-StR/2020 (https://ris.eisenach.de/bi/vo0050.php?__kvonr=6868)",
} as const;

/** Ziel and Unterziele of Handlungsfeld 4 (domain.md). Other Ziele are not in public records. */
export const goals = [
  {
    id: "299a73b3-2720-487e-9ee1-5f1d3c873d01",
    handlungsfeld: "4" as HandlungsfeldCode,
    title: "(Weiter-)Entwicklung von bürgernahen Unterstützungs- und Beratungsangeboten",
    sortOrder: 1,
    subGoals: [
      {
        id: "33433be8-56cd-4f07-80e2-540f57196426",
        title: "Eine niedrigschwellige Beratung in den Bereichen Familie, Gesundheit und Jugend absichern",
        sortOrder: 1,
      },
      {
        id: "69712c9e-117b-4f4c-96d4-8701d742965d",
        title: "Lebensphasenübergreifende Informationen zu Angeboten gewährleisten",
        sortOrder: 2,
      },
    ],
  },
];

const [beratungAbsichern, informationGewaehrleisten] = goals[0].subGoals.map((s) => s.id);

const SEED_SLIDE = "seed slide (project input)";
const RIS_6868 = "https://ris.eisenach.de/bi/vo0050.php?__kvonr=6868";
const RIS_7111 = "https://ris.eisenach.de/bi/vo0050.php?__kvonr=7111";
const EO_107288 =
  "https://www.eisenachonline.de/kommunales/stadtrat-beschliesst-eltern-kind-zentrum-und-digitale-teilhabe-oberbuergermeisterin-bittet-um-geduld-107288";

export const measures = {
  eeflb: {
    id: "29c3f81e-f3ae-4928-a8d6-9f83d5453d71",
    code: "HF4-1",
    handlungsfeld: "4",
    subGoalId: beratungAbsichern,
    title: "Die Personalkosten der Erziehungs-, Ehe-, Familien- und Lebensberatungsstelle absichern",
    timeframe: "seit 2019",
    status: "ONGOING",
    evidence:
      "RIS 0376-StR/2020: 2019 wurden Seniorenbeirat und Erziehungs-, Ehe-, Familien- und Lebensberatungsstelle " +
      "als bestehende Einrichtungen aus dem LSZ gefördert (Stufe 2).",
    responsibleBody: null,
    funding: "LSZ (Personalkosten)",
    sources: [SEED_SLIDE, RIS_6868],
    isDemo: false,
    indicators: [{ id: "fe5e35df-d7c5-4662-ad8a-86304fc5332d", statement: "Verwendungsnachweise der Diako Thüringen gem. GmbH liegt vor", fulfilled: null }],
  },
  pflegestuetzpunkt: {
    id: "c73d772d-72ac-4fb6-a2c0-11433cd45c6c",
    code: "HF4-2",
    handlungsfeld: "4",
    subGoalId: beratungAbsichern,
    title: "Einen Pflegestützpunkt in Eisenach aufbauen",
    timeframe: "ab 2022",
    status: "DELAYED",
    evidence:
      "Nur aus der Projektvorgabe bekannt, unabhängig nicht bestätigt. Keine Belege für eine Eröffnung: Im Februar " +
      "2026 hatten nur neun Thüringer Landkreise und Städte Pflegestützpunkte, Eisenach war nicht darunter.",
    responsibleBody: null,
    funding: null,
    sources: [
      SEED_SLIDE,
      "https://www.insuedthueringen.de/inhalt.herausforderung-pflege-pflegestuetzpunkte-in-thueringen-sollen-ausgebaut-werden.615dc968-b9c4-4065-8d67-db0e7e616909.html",
    ],
    isDemo: false,
    indicators: [
      { id: "f1be193c-1ab6-4a10-9203-d453b18c4363", statement: "Konzept liegt vor", fulfilled: null },
      { id: "d90199d4-5346-485d-8858-510328ee56bd", statement: "Vergabeverfahren hat stattgefunden", fulfilled: null },
      { id: "5b932157-c699-4883-b37d-564b82b1e765", statement: "Eröffnung der Einrichtung", fulfilled: false },
    ],
  },
  jugendbuero: {
    id: "bf244046-de46-4dd2-ab0e-c3b590182e4c",
    code: "HF4-3",
    handlungsfeld: "4",
    subGoalId: beratungAbsichern,
    title: "Einen niedrigschwelligen und barrierefreien Zugang zu Beratungsangeboten im Jugendbüro sicherstellen",
    timeframe: "ab 2021",
    status: "IN_PROGRESS",
    evidence:
      "Nur aus der Projektvorgabe bekannt; ein „Jugendbüro“ ist in den ausgewerteten Quellen nicht belegt, der " +
      "Umsetzungsstand ist offen. Die Jugendberufsagentur Eisenach besteht seit August 2019.",
    responsibleBody: null,
    funding: null,
    sources: [
      SEED_SLIDE,
      "https://www.eisenach.de/service/pressemitteilungen/pressemitteilung-im-detail/eue-jugendberufsagentur-in-eisenach-gegruendet",
    ],
    isDemo: false,
    indicators: [
      { id: "4abc44e2-91b9-4228-ac90-c6d01d07a3f5", statement: "Besetzung des Jugendbüros und der Koordinierungsstelle der Jugendberufsagentur", fulfilled: null },
      { id: "3563524f-b271-4a4a-868a-fa92b38ed512", statement: "Konzept Jugendbüro liegt vor", fulfilled: null },
    ],
  },
  angebotskatalog: {
    id: "8504bfe8-35e9-414e-b16b-4c9a01cac3ba",
    code: "HF4-4",
    handlungsfeld: "4",
    subGoalId: informationGewaehrleisten,
    title: "Einen digitalen Angebotskatalog erarbeiten",
    timeframe: "seit 2019",
    status: "IN_PROGRESS",
    evidence:
      "Vorlage 0539-StR/2021 nennt den Aufbau eines digitalen Angebotskatalogs als 2021 umzusetzende Maßnahme; laut " +
      "Presse soll er Angebote (zunächst für Seniorinnen und Senioren) nach Themen geordnet zugänglich machen. Der " +
      "Erwerb von KWIS-Lizenzen ist nicht belegt.",
    responsibleBody: "Stadtverwaltung Eisenach, Sozialplanung",
    funding: "LSZ",
    sources: [SEED_SLIDE, RIS_7111, EO_107288, "https://ris.eisenach.de/bi/vo0050.php?__kvonr=7171"],
    isDemo: false,
    indicators: [
      { id: "c69be9e5-da6c-4d80-a3e5-ed43b18e20e1", statement: "Angebote erfassen, kategorisieren und digitalisieren", fulfilled: null },
      { id: "901d65a3-590e-416b-9b7e-caf18594863f", statement: "KWIS-Lizenzen sind erworben", fulfilled: null },
    ],
  },
  sozialplanung: {
    id: "139872dd-93be-4e89-9ab5-6306e6fd3fb5",
    code: "HF1-1",
    handlungsfeld: "1",
    subGoalId: null,
    title:
      "Sozialplanerin für das LSZ einstellen und den fachspezifisch integrierten Plan erstellen (Wechsel von Stufe 2 in Stufe 3)",
    timeframe: "Jan. 2020; Plan beschlossen am 13.10.2020",
    status: "IMPLEMENTED",
    evidence:
      "Der Stadtrat trat dem LSZ am 25.09.2018 bei, Stufe 2 ab 01.01.2019. Sozialplanerin seit Januar 2020; Plan " +
      "beschlossen am 13.10.2020 (Beschluss StR/0229/2020: 25 Ja, 3 Nein, 5 Enthaltungen).",
    responsibleBody: "Stadtverwaltung Eisenach, Stabsstelle Soziale Stadt",
    funding: "LSZ",
    sources: [
      RIS_6868,
      "https://ris.eisenach.de/bi/to0050.php?__ktonr=36086",
      RIS_7111,
      "https://www.eisenach.de/rathaus/stabsstellen-beauftragte/stabsstelle-soziale-stadt/solidarisches-zusammenleben-der-generationen",
    ],
    isDemo: false,
    indicators: [],
  },
  beirat: {
    id: "75eb61d1-30c4-48b4-9c35-5607cd5cdf37",
    code: "HF1-2",
    handlungsfeld: "1",
    subGoalId: null,
    title: "Beirat für integrierte Sozialplanung und Stadtentwicklung einrichten",
    timeframe: "erste Sitzung am 06.05.2021",
    status: "ONGOING",
    evidence:
      "Oberbürgermeisterin und zwölf stimmberechtigte Mitglieder (u. a. Seniorenbeirat, Behindertenbeauftragte, " +
      "Stadtjugendring, Ausländerbeirat, Jobcenter, LIGA); der Beirat entscheidet über die LSZ-Projektförderung.",
    responsibleBody: "Stadt Eisenach",
    funding: null,
    sources: [
      "https://www.eisenach.de/rathaus/stadtrat-gremien/beiraete/beirat-fuer-integrierte-sozialplanung-und-stadtentwicklung/",
      "https://www.tlz.de/regionen/eisenach/neuer-beirat-tagt-id232189961.html",
      "https://www.eisenachonline.de/kommunales/foerderprogramm-solidarisches-zusammenleben-der-generationen-108783",
    ],
    isDemo: false,
    indicators: [],
  },
  seniorenbefragung: {
    id: "d56f7f6d-5490-42b9-9e85-89dd1b29162a",
    code: "HF1-3",
    handlungsfeld: "1",
    subGoalId: null,
    title: "Seniorenbefragung „Leben und Wohnen in Eisenach“ durchführen",
    timeframe: "2021 (Befragung Nov.–Dez. 2021; Ergebnisse am 24.08.2022 vorgestellt)",
    status: "IMPLEMENTED",
    evidence:
      "Maßnahme des Plans, aus dem LSZ finanziert; durchgeführt vom IKPE mit Prof. Lakemann und aproxima. Die " +
      "Zuordnung zu Handlungsfeld 1 ist eine Annahme (in den Quellen nicht genannt).",
    responsibleBody: "Stadtverwaltung Eisenach, Sozialplanung",
    funding: "LSZ",
    sources: [
      RIS_7111,
      "https://ris.eisenach.de/bi/vo0050.php?__kvonr=7761",
      "https://www.ikpe-erfurt.de/ikpe-unterwegs-in-eisenach-zum-marktplatzgespraech",
      "https://www.thueringer-allgemeine.de/regionen/eisenach/umfrage-unter-senioren-id233970561.html",
    ],
    isDemo: false,
    indicators: [
      {
        id: "dec4a810-eaf8-4b2f-9997-e4289a9d6483",
        statement: "3.000 Fragebögen an Eisenacherinnen und Eisenacher ab 65 Jahren (außerhalb von Pflegeheimen) versandt",
        fulfilled: true,
      },
      { id: "4bfb66a2-3776-4a84-8323-bc868bf7262b", statement: "Rücklauf ausgewertet (Rücklaufquote 35,4 %)", fulfilled: true },
    ],
  },
  mikroprojekte: {
    id: "4ed3a206-43c6-425f-b432-ca92d5709a81",
    code: "HF1-4",
    handlungsfeld: "1",
    subGoalId: null,
    title: "Mikroprojekte nach kommunaler Richtlinie fördern (15.000 € im Jahr, höchstens 1.000 € je Projekt)",
    timeframe: "Richtlinie beschlossen im Dez. 2020; ab 2021 (Fristen 31.03. und 30.09.)",
    status: "ONGOING",
    evidence:
      "Projekte müssen zu einem der sechs Handlungsfelder passen; Entscheidung durch Stabsstelle Soziale Stadt oder " +
      "Beirat. Die Richtlinie gilt für alle Handlungsfelder; die Zuordnung zu Handlungsfeld 1 ist eine Annahme.",
    responsibleBody: "Stadtverwaltung Eisenach, Stabsstelle Soziale Stadt",
    funding: "LSZ, 15.000 € im Jahr",
    sources: [
      "https://thib24.de/22306/eisenach-15-000-euro-fuer-mikroprojekte",
      "https://www.tlz.de/regionen/eisenach/mehr-geld-fuer-projekte-zur-staerkung-von-familientikel-id231340940.html",
      "https://www.eisenachonline.de/kommunales/foerderprogramm-solidarisches-zusammenleben-der-generationen-108783",
      "http://stadtjugendring-eisenach.de/2021/06/24/mikroprojekte-foerden-lassen/",
    ],
    isDemo: false,
    indicators: [{ id: "e41d9923-660c-4d03-9e65-fb0065718ff4", statement: "10 Projekte in der ersten Förderrunde 2021 gefördert", fulfilled: true }],
  },
  foerderaufruf: {
    id: "0621b608-677a-41d6-89d8-970f09e03c19",
    code: "HF1-5",
    handlungsfeld: "1",
    subGoalId: null,
    title: "Förderaufruf für innovative Projekte (80.000 € gesamt, bis 10.000 € je Projekt)",
    timeframe: "2021 (Frist 25.07.2021; Umsetzung Sept.–Dez. 2021)",
    status: "IMPLEMENTED",
    evidence:
      "Aufruf mit Frist 25.07.2021, der Beirat entscheidet. Gilt für alle Handlungsfelder; die Zuordnung zu " +
      "Handlungsfeld 1 ist eine Annahme.",
    responsibleBody: "Beirat für integrierte Sozialplanung und Stadtentwicklung",
    funding: "LSZ, 80.000 €",
    sources: ["https://www.eisenachonline.de/kommunales/foerderprogramm-solidarisches-zusammenleben-der-generationen-108783"],
    isDemo: false,
    indicators: [],
  },
  fortschreibung: {
    id: "c3ff065f-41a8-443c-84e6-95b61de4949f",
    code: "HF1-6",
    handlungsfeld: "1",
    subGoalId: null,
    title: "Den Plan für die Jahre ab 2023 fortschreiben",
    timeframe: "2022 ff.",
    status: "PLANNED",
    evidence:
      "Nicht belegt: Ein Plantext für 2023–2026 (Eisenach oder Wartburgkreis) war nicht zugänglich. Nach der " +
      "Einkreisung reicht der Wartburgkreis die LSZ-Mittel ab 2022 weiter (Presse).",
    responsibleBody: null,
    funding: null,
    sources: [EO_107288],
    isDemo: true,
    indicators: [],
  },
  medienmentoren: {
    id: "36579770-3c81-4559-b696-49fb68db302f",
    code: "HF3-1",
    handlungsfeld: "3",
    subGoalId: null,
    title: "Medienkompetenz von Seniorinnen und Senioren fördern (Ausbildung von Medienmentorinnen und Medienmentoren)",
    timeframe: "2021",
    status: "IN_PROGRESS",
    evidence:
      "Für 2021 beschlossen (Vorlage 0539-StR/2021); der Umsetzungsstand ist nicht belegt. Die Zuordnung zu " +
      "Handlungsfeld 3 ist eine Annahme.",
    responsibleBody: null,
    funding: "LSZ",
    sources: [RIS_7111, EO_107288],
    isDemo: false,
    indicators: [],
  },
  thekiz: {
    id: "3e1b3cf1-1b2d-412f-a2ef-0b0c6373ca89",
    code: "HF3-2",
    handlungsfeld: "3",
    subGoalId: null,
    title: "Ein Thüringer Eltern-Kind-Zentrum (ThEKiZ) im AWO-Kindergarten „Haus Sonnenschein“ etablieren",
    timeframe: "ab 01.07.2021",
    status: "ONGOING",
    evidence:
      "Stadtratsbeschluss; das ThEKiZ ist seit 1. Juli 2021 in den Kindergarten integriert und LSZ-finanziert. Die " +
      "Zuordnung zu Handlungsfeld 3 ist eine Annahme.",
    responsibleBody: "AWO AJS gGmbH",
    funding: "LSZ",
    sources: [
      EO_107288,
      "https://www.landesregierung-thueringen.de/medien/veranstaltungen/detailseite/ministerpraesident-bodo-ramelow-5fad370693",
    ],
    isDemo: false,
    indicators: [],
  },
} satisfies Record<string, SeedMeasure>;

/** Measure ids, for offers' measureIds. */
export const MEASURE = Object.fromEntries(Object.entries(measures).map(([k, m]) => [k, m.id])) as Record<
  keyof typeof measures,
  string
>;

/**
 * Funding settings of the period (domain.md: Stufe 3, up to about 350,000 EUR a year, financed
 * 70/30). Written only when the period is created, so a re-seed keeps what planners entered.
 */
export const periodFunding = { lszStage: 3, capCents: 350_000_00, landSharePercent: 70 } as const;

/** Planned Mikroprojekte budget per year (domain.md: 15,000 EUR planned for 2021). */
export const mikroprojektBudgets = [{ year: 2021, budgetCents: 15_000_00 }] as const;

/** Small projects outside the plan (up to 1,000 EUR each). All invented: isDemo. */
export const mikroprojekte: {
  id: string;
  year: number;
  title: string;
  description: string;
  handlungsfeld: HandlungsfeldCode;
  recipient: string;
  amountEur: number;
  date: string;
  status: "APPLIED" | "APPROVED" | "SETTLED" | "REJECTED";
  isDemo: true;
}[] = [
  {
    id: "4d3e91a4-dd6f-403d-b255-418c547e6e0a",
    year: 2021,
    title: "Vorlese-Großeltern in Kitas der Oststadt",
    description: "Ehrenamtliche Seniorinnen und Senioren lesen einmal in der Woche in zwei Kitas vor; Bücher und Schulung.",
    handlungsfeld: "6",
    recipient: "Nachbarschaftsinitiative Oststadt (fiktiv)",
    amountEur: 850,
    date: "2021-03-15",
    status: "SETTLED",
    isDemo: true,
  },
  {
    id: "2fd27dec-254f-49f2-9c15-a29de2df4d7c",
    year: 2021,
    title: "Smartphone-Sprechstunde für Seniorinnen und Senioren",
    description: "Zehn Nachmittage, an denen Jugendliche Älteren den Umgang mit Smartphone und Tablet zeigen.",
    handlungsfeld: "3",
    recipient: "Schülergruppe einer Regelschule (fiktiv)",
    amountEur: 980,
    date: "2021-04-20",
    status: "SETTLED",
    isDemo: true,
  },
  {
    id: "59ae4178-85c6-40be-9831-edff3e213f03",
    year: 2021,
    title: "Spielplatzfest im Kuhgehänge",
    description: "Nachbarschaftsfest mit Spielmobil und Kaffeetafel auf dem Spielplatz in Eisenach-Nord.",
    handlungsfeld: "5",
    recipient: "Mieterinitiative Eisenach-Nord (fiktiv)",
    amountEur: 600,
    date: "2021-06-01",
    status: "APPROVED",
    isDemo: true,
  },
  {
    id: "6430853c-2a81-42dc-aa35-87b8000c03b3",
    year: 2021,
    title: "Elterncafé mit Kinderbetreuung in Stregda",
    description: "Monatliches Elterncafé im Dorfgemeinschaftshaus; während der Treffen betreuen Ehrenamtliche die Kinder.",
    handlungsfeld: "2",
    recipient: "Elterninitiative Stregda (fiktiv)",
    amountEur: 1000,
    date: "2021-07-12",
    status: "APPLIED",
    isDemo: true,
  },
];
