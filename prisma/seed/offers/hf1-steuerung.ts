// Handlungsfeld 1 "Steuerung, Vernetzung, Nachhaltigkeit und Planung".
import { MEASURE } from "../plan";
import { AREA } from "../planning-areas";
import { ORG } from "./organizations";
import { address, hours, nearStreet, RESEARCHED, type SeedOffer } from "./helpers";
import { nachbarschaftsbueroNord } from "./places";
import { DEMO_MEASURE } from "../plan-demo";

export const hf1Offers: SeedOffer[] = [
  // Sources: eisenach.de/rathaus/stabsstellen-beauftragte/stabsstelle-soziale-stadt/solidarisches-zusammenleben-der-generationen;
  // thueringer-allgemeine.de …/umfrage-unter-senioren-id233970561.html. Room and phone as of 2020–2021.
  // Coordinates: the Wikipedia city-centre point the facts file uses for Markt-based offices.
  {
    id: "09978b08-95b0-4bcf-9579-05057af9f496",
    organizationId: ORG.stadt,
    name: "Sozialplanung LSZ – Ansprechpartnerin „Solidarisches Zusammenleben der Generationen“",
    description:
      "Die Sozialplanerin der Stadt Eisenach koordiniert das Landesprogramm „Solidarisches Zusammenleben der " +
      "Generationen“: Sie erstellt den fachspezifisch integrierten Plan, berät Vereine und Träger zu Fördermöglichkeiten " +
      "und ist Ansprechpartnerin für Ideen zu Angeboten für Familien und Generationen.",
    url: "https://www.eisenach.de/rathaus/stabsstellen-beauftragte/stabsstelle-soziale-stadt/solidarisches-zusammenleben-der-generationen",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Vereine, Träger, Initiativen sowie Bürgerinnen und Bürger mit Ideen für Familien und Generationen.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON", "PHONE"],
    handlungsfelder: ["1"],
    lebensphasen: ["alle_generationen"],
    angebotsarten: ["vernetzung_planung"],
    phones: [{ number: "03691 670-401" }],
    contacts: [{ title: "Sozialplanerin LSZ", department: "Stabsstelle Soziale Stadt" }],
    locations: [
      {
        id: "a516dc9f-8391-4837-b526-1d11ac5b31fa",
        name: "Verwaltungsgebäude Markt 22, Zimmer 40a",
        ...address("Markt 22"),
        latitude: 50.9761,
        longitude: 10.3206,
        planningAreaCode: AREA.innenstadt,
      },
    ],
    planning: { lszFundingArea: "Handlungsfeld 1: Personalkosten Sozialplanung", lszFundingStage: 2 },
    measureIds: [MEASURE.sozialplanung],
    isDemo: false,
  },
  // Source: eisenach.de/rathaus/stadtrat-gremien/beiraete/beirat-fuer-integrierte-sozialplanung-und-stadtentwicklung/
  // (the page prints the postcode as 99867, which is taken to be a typo for 99817).
  {
    id: "db69f5a2-7b72-4b53-8915-5118fe31a608",
    organizationId: ORG.stadt,
    name: "Stabsstelle Soziale Stadt und Beirat für integrierte Sozialplanung",
    description:
      "Die Stabsstelle Soziale Stadt betreut den Beirat für integrierte Sozialplanung und Stadtentwicklung. Im " +
      "Beirat beraten die Oberbürgermeisterin bzw. der Oberbürgermeister und zwölf stimmberechtigte Mitglieder, " +
      "darunter Seniorenbeirat, Stadtjugendring, Ausländerbeirat und Jobcenter; der Beirat entscheidet über die " +
      "Förderung von Projekten aus dem Landesprogramm LSZ.",
    url: "https://www.eisenach.de/rathaus/stadtrat-gremien/beiraete/beirat-fuer-integrierte-sozialplanung-und-stadtentwicklung/",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Vereine, Träger und Initiativen, die ein Projekt beantragen möchten; interessierte Bürgerinnen und Bürger.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON", "PHONE"],
    handlungsfelder: ["1"],
    lebensphasen: ["alle_generationen"],
    angebotsarten: ["beteiligung", "vernetzung_planung"],
    phones: [{ number: "03691 670-402" }],
    locations: [
      {
        id: "459be031-1d87-4f36-be18-d100696f5141",
        name: "Stabsstelle Soziale Stadt",
        ...address("Goldschmiedenstraße 1"),
        ...nearStreet(AREA.innenstadt, "Goldschmiedenstraße", -0.0003, 0.0002),
        planningAreaCode: AREA.innenstadt,
      },
    ],
    measureIds: [MEASURE.beirat],
    isDemo: false,
  },

  // ---------------------------------------------------------------- demo offers
  {
    id: "e20fce58-40f2-4e8e-90c9-104ee6c005dd",
    organizationId: ORG.nachbarschaftNord,
    name: "Stadtteilkonferenz Eisenach-Nord",
    measureIds: [DEMO_MEASURE.stadtteilkonferenzen],
    description:
      "Einmal im Monat treffen sich Vereine, Schulen, Kitas, Wohnungsunternehmen und Bewohnerinnen und Bewohner aus " +
      "Eisenach-Nord, um Probleme im Stadtteil zu besprechen und gemeinsame Aktionen zu planen. Neue Gesichter sind " +
      "willkommen.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Alle, die in Eisenach-Nord wohnen oder arbeiten.",
    lastVerifiedAt: "2026-01-20",
    channels: ["IN_PERSON"],
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.nord],
    handlungsfelder: ["1", "6"],
    lebensphasen: ["alle_generationen"],
    angebotsarten: ["vernetzung_planung", "beteiligung"],
    phones: [{ number: "03691 990120" }],
    locations: [nachbarschaftsbueroNord(hours("WE", "17:00", "19:00", "jeden ersten Mittwoch im Monat"))],
    planning: { staffFte: 0.25, lszFundingArea: "Handlungsfeld 1", lszFundingStage: 3, fundingAmountEur: 4800 },
    isDemo: true,
  },
  {
    id: "40caab4b-fdee-433f-beca-279727aee637",
    organizationId: ORG.dorfleben,
    name: "Ortsteilsprechstunde: Sprechtage in den Ortsteilen",
    description:
      "Einmal im Monat ist eine Mitarbeiterin des Vereins in einem der Ortsteile vor Ort – im Dorfgemeinschaftshaus, " +
      "im Gemeinderaum oder im Feuerwehrhaus. Sie nimmt Anliegen und Ideen auf, hilft bei Anträgen und gibt sie an " +
      "Stadtverwaltung und Beratungsstellen weiter. Termine und Orte stehen im Amtsblatt.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Einwohnerinnen und Einwohner der Eisenacher Ortsteile.",
    lastVerifiedAt: "2025-10-14",
    addressVisibility: "NONE",
    serviceAreaScope: "OUTREACH",
    serviceAreaCodes: [AREA.ortsteile],
    serviceAreaNote: "Wechselnde Orte in den elf Ortsteilen.",
    channels: ["OUTREACH", "PHONE"],
    handlungsfelder: ["1", "5"],
    lebensphasen: ["alle_generationen", "senioren"],
    angebotsarten: ["beteiligung", "sozialberatung"],
    phones: [{ number: "03691 990210" }],
    planning: { staffFte: 0.5, lszFundingArea: "Handlungsfeld 5 (Dorfkümmerer)", lszFundingStage: 3 },
    isDemo: true,
  },
];
