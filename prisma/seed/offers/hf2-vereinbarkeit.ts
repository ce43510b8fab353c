// Handlungsfeld 2 "Vereinbarkeit von Familie und Beruf sowie Mobilität".
import { AREA } from "../planning-areas";
import { ORG } from "./organizations";
import { address, hours, MO_FR, nearCentre, nearStreet, RESEARCHED, type SeedOffer } from "./helpers";
import { familienbildungswerkWest, jugendbueroLocation } from "./places";
import { DEMO_MEASURE } from "../plan-demo";

const KITA_FEES =
  "Elternbeitrag nach der Gebührensatzung, gestaffelt nach Einkommen; beitragsfreie Kindergartenjahre nach Thüringer Landesrecht. Essengeld extra.";

export const hf2Offers: SeedOffer[] = [
  // Source: tlz.de …/neues-jobcenter-fuer-die-wartburgregion-sucht-neue-fuehrungsfigur-id232210327.html
  // (house number not found; about 2,400 customers in Eisenach in 2021).
  {
    id: "ad923589-2896-4714-853c-aa2bafb0a89b",
    organizationId: ORG.jobcenter,
    name: "Jobcenter Wartburgkreis – Standort Eisenach",
    description:
      "Das Jobcenter zahlt Bürgergeld (Grundsicherung für Arbeitsuchende) und unterstützt bei der Suche nach Arbeit " +
      "und Ausbildung, auch mit Weiterbildung und Hilfen zur Vereinbarkeit von Familie und Beruf. Seit der Fusion 2022 " +
      "ist das Jobcenter Wartburgkreis auch für Eisenach zuständig.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Erwerbsfähige Menschen ab 15 Jahren mit geringem oder ohne Einkommen und ihre Familien.",
    requiredDocuments: ["Personalausweis", "Mietvertrag", "Einkommens- und Vermögensnachweise", "Kontoauszüge"],
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["2"],
    lebensphasen: ["erwachsene_besondere_lagen", "jugend"],
    angebotsarten: ["arbeit_grundsicherung"],
    locations: [
      {
        id: "2411aff5-aee0-4459-bd31-f453326b7db5",
        name: "Jobcenter, Standort Eisenach",
        ...address("Ernst-Thälmann-Straße"),
        ...nearCentre(AREA.nord, -0.0044, 0.0052),
        planningAreaCode: AREA.nord,
      },
    ],
    planning: { legalBasis: "SGB II" },
    isDemo: false,
  },

  // ---------------------------------------------------------------- demo offers
  {
    id: "aa630dc9-899d-471d-a7ef-cd584e8d4223",
    organizationId: ORG.kitaVerbund,
    name: "Kindertagesstätte „Kleine Entdecker“",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.oststadt],
    description:
      "Kindertagesstätte mit Krippe und Kindergarten für 95 Kinder in der Oststadt. Schwerpunkte sind Bewegung, " +
      "Natur und Sprache; ein großer Garten und die Nähe zur Hörsel laden zum Forschen ein. Frühdienst ab 6:00 Uhr für " +
      "Eltern im Schichtdienst.",
    feesDescription: KITA_FEES,
    free: false,
    languages: ["de", "ru"],
    eligibilityDescription: "Kinder ab dem ersten Lebensjahr bis zum Schuleintritt.",
    applicationProcess: "Anmeldung über die Kita-Anmeldung der Stadt Eisenach (Frist im Herbst für das folgende Kindergartenjahr); Besichtigung nach Absprache.",
    requiredDocuments: ["Geburtsurkunde des Kindes", "Nachweis über Masernschutz"],
    lastVerifiedAt: "2026-08-11",
    channels: ["IN_PERSON"],
    handlungsfelder: ["2"],
    lebensphasen: ["kleinkind_0_3", "kinder"],
    angebotsarten: ["kinderbetreuung"],
    phones: [{ number: "03691 990130" }],
    email: "kleine-entdecker@kita-verbund-wartburgstadt.example",
    locations: [
      {
        id: "906b2057-a523-4d54-983c-0705f1765609",
        name: "Kita „Kleine Entdecker“",
        ...address("Karolinenstraße 8"),
        ...nearCentre(AREA.oststadt, -0.0022, -0.0031),
        planningAreaCode: AREA.oststadt,
        stepFree: true,
        accessibleToilet: true,
        schedules: hours(MO_FR, "06:00", "17:00"),
      },
    ],
    planning: { places: 95, staffFte: 13.5, waitingTimeWeeks: 16, acceptingNewClients: false, legalBasis: "SGB VIII §§ 22, 24; ThürKigaG" },
    isDemo: true,
  },
  {
    id: "6e3e4c93-f487-4c37-a450-cdb8215c91f1",
    organizationId: ORG.kitaVerbund,
    name: "Kita „Wartburgzwerge“",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.suedstadt],
    description:
      "Kleine Kita mit drei Gruppen am Rand des Südviertels. Die Kinder sind viel im Wald unterwegs; einmal in der " +
      "Woche ist Waldtag. Eltern können zwischen 7- und 10-Stunden-Betreuung wählen.",
    feesDescription: KITA_FEES,
    free: false,
    languages: ["de", "en"],
    eligibilityDescription: "Kinder von einem bis sechs Jahren.",
    applicationProcess: "Anmeldung über die Kita-Anmeldung der Stadt Eisenach.",
    lastVerifiedAt: "2026-06-02",
    channels: ["IN_PERSON"],
    handlungsfelder: ["2"],
    lebensphasen: ["kleinkind_0_3", "kinder"],
    angebotsarten: ["kinderbetreuung"],
    phones: [{ number: "03691 990131" }],
    locations: [
      {
        id: "456eef7c-ebf1-4ae0-968d-15bd85d79626",
        name: "Kita „Wartburgzwerge“",
        ...address("Luisenstraße 9"),
        ...nearCentre(AREA.suedstadt, 0.0031, -0.0015),
        planningAreaCode: AREA.suedstadt,
        stepFree: false,
        accessibilityNote: "Altbau mit Stufen am Eingang; ein barrierefreier Zugang über den Garten ist geplant.",
        schedules: hours(MO_FR, "07:00", "16:30"),
      },
    ],
    planning: { places: 48, staffFte: 7, waitingTimeWeeks: 10, acceptingNewClients: true, legalBasis: "SGB VIII §§ 22, 24; ThürKigaG" },
    isDemo: true,
  },
  {
    id: "dc36026c-2d63-4728-a937-97415e36648a",
    organizationId: ORG.kitaVerbund,
    name: "Kita und Hort „Regenbogen“ Stregda",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.ortsteile],
    description:
      "Kita im Ortsteil Stregda mit Hortbetreuung für Grundschulkinder am Nachmittag. Ein Kleinbus bringt die " +
      "Hortkinder nach der Schule in die Einrichtung. In den Ferien gibt es ein eigenes Programm.",
    feesDescription: KITA_FEES,
    free: false,
    languages: ["de"],
    eligibilityDescription: "Kinder von einem Jahr bis zum Ende der Grundschule aus Stregda und den umliegenden Ortsteilen.",
    lastVerifiedAt: "2025-11-18",
    channels: ["IN_PERSON"],
    handlungsfelder: ["2"],
    lebensphasen: ["kleinkind_0_3", "kinder"],
    angebotsarten: ["kinderbetreuung"],
    phones: [{ number: "03691 990132" }],
    locations: [
      {
        id: "cd0814dd-6ca6-46b3-ad4e-bba184d969c9",
        name: "Kita „Regenbogen“, Ortsteil Stregda",
        ...address("Mittelstraße 4"),
        ...nearStreet(AREA.ortsteile, "Stregda", -0.0007, 0.0009),
        planningAreaCode: AREA.ortsteile,
        stepFree: true,
        schedules: hours(MO_FR, "06:30", "17:00"),
      },
    ],
    planning: { places: 62, staffFte: 8.25, waitingTimeWeeks: 4, acceptingNewClients: true, legalBasis: "SGB VIII §§ 22, 24; ThürKigaG" },
    isDemo: true,
  },
  {
    id: "318ba9b8-c3e3-4438-979e-5b3942a726f5",
    organizationId: ORG.kitaVerbund,
    name: "Kindertagesstätte „Hörselwiese“ mit Randzeitenbetreuung",
    measureIds: [DEMO_MEASURE.randzeiten],
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.nord],
    description:
      "Kindertagesstätte in Eisenach-Nord mit verlängerten Öffnungszeiten für Eltern mit Früh- und Spätschicht: " +
      "geöffnet von 5:30 bis 19:00 Uhr. Für Randzeiten wird ein zusätzliches Betreuungsmodul gebucht.",
    feesDescription: `${KITA_FEES} Randzeitenmodul: 25 € im Monat.`,
    free: false,
    languages: ["de", "ar", "uk"],
    eligibilityDescription: "Kinder von einem bis sechs Jahren; Randzeiten für Eltern im Schichtdienst (Nachweis des Arbeitgebers).",
    requiredDocuments: ["Geburtsurkunde des Kindes", "Nachweis über Masernschutz", "Arbeitgeberbescheinigung für Randzeiten"],
    lastVerifiedAt: "2026-09-09",
    channels: ["IN_PERSON"],
    handlungsfelder: ["2"],
    lebensphasen: ["kleinkind_0_3", "kinder"],
    angebotsarten: ["kinderbetreuung"],
    phones: [{ number: "03691 990133" }],
    locations: [
      {
        id: "11c2d5b2-e482-46fc-bac8-10a5c4efde5a",
        name: "Kita „Hörselwiese“",
        ...address("Stregdaer Allee 30"),
        ...nearStreet(AREA.nord, "Stregdaer Allee", 0.0011, -0.0008),
        planningAreaCode: AREA.nord,
        stepFree: true,
        accessibleToilet: true,
        schedules: hours(MO_FR, "05:30", "19:00"),
      },
    ],
    planning: { places: 110, staffFte: 16, waitingTimeWeeks: 20, acceptingNewClients: false, legalBasis: "SGB VIII §§ 22, 24; ThürKigaG" },
    isDemo: true,
  },
  {
    id: "e5e73152-681d-4f11-a591-55fd544e0d55",
    organizationId: ORG.familienbildungswerk,
    name: "Kindertagespflege: Beratung und Vermittlung",
    description:
      "Tagesmütter und Tagesväter betreuen kleine Gruppen von bis zu fünf Kindern, oft mit flexiblen Zeiten. Die " +
      "Fachberatung vermittelt freie Plätze, berät Eltern und begleitet Tagespflegepersonen.",
    feesDescription: "Beratung kostenlos; für die Betreuung gelten die Elternbeiträge wie in der Kita.",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Eltern von Kindern unter drei Jahren; Menschen, die Tagespflegeperson werden möchten.",
    byArrangement: true,
    lastVerifiedAt: "2026-02-03",
    channels: ["IN_PERSON", "PHONE"],
    handlungsfelder: ["2"],
    lebensphasen: ["kleinkind_0_3"],
    angebotsarten: ["kinderbetreuung"],
    phones: [{ number: "03691 990140" }],
    email: "tagespflege@familienbildungswerk.example",
    locations: [familienbildungswerkWest(hours("TU", "14:00", "17:00", "Sprechstunde Kindertagespflege"))],
    planning: { staffFte: 0.75, acceptingNewClients: true, legalBasis: "SGB VIII §§ 23, 24" },
    isDemo: true,
  },
  {
    id: "9889e2ee-c063-4dab-a8b0-aa6ebd305a23",
    organizationId: ORG.familienbildungswerk,
    name: "Familienservice: Elternzeit, Elterngeld und Wiedereinstieg",
    description:
      "Beratung für Eltern rund um Elternzeit, Elterngeld, Teilzeit und den Wiedereinstieg in den Beruf. Wir helfen " +
      "beim Ausfüllen des Elterngeldantrags und informieren über Betreuungsmöglichkeiten.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de", "en"],
    eligibilityDescription: "Werdende und junge Eltern.",
    requiredDocuments: ["Geburtsurkunde des Kindes", "Einkommensnachweise der letzten zwölf Monate"],
    appointmentRequired: true,
    lastVerifiedAt: "2026-02-03",
    channels: ["IN_PERSON", "PHONE"],
    handlungsfelder: ["2"],
    lebensphasen: ["schwangerschaft_geburt", "kleinkind_0_3"],
    angebotsarten: ["familienberatung", "sozialberatung"],
    phones: [{ number: "03691 990141" }],
    locations: [familienbildungswerkWest(hours("TH", "09:00", "12:00"))],
    isDemo: true,
  },
  {
    id: "edd4cca1-5b5e-42a7-be2d-f0a84cbf30b2",
    organizationId: ORG.jugendhilfeWartburgland,
    name: "Ferienbetreuung für Schulkinder",
    measureIds: [DEMO_MEASURE.ferienbetreuung],
    description:
      "In den Sommer-, Herbst- und Winterferien betreuen wir Schulkinder von 6 bis 12 Jahren ganztags: Ausflüge, " +
      "Sport, Basteln und ein warmes Mittagessen. So lassen sich Ferien und Arbeit besser vereinbaren.",
    feesDescription: "15 € pro Tag inklusive Mittagessen; mit Bildungs- und Teilhabe-Leistungen ermäßigt.",
    free: false,
    languages: ["de"],
    eligibilityDescription: "Schulkinder von 6 bis 12 Jahren.",
    applicationProcess: "Anmeldung bis vier Wochen vor Ferienbeginn im Jugendbüro oder per E-Mail.",
    lastVerifiedAt: "2026-05-05",
    channels: ["IN_PERSON"],
    handlungsfelder: ["2"],
    lebensphasen: ["kinder"],
    angebotsarten: ["kinderbetreuung"],
    phones: [{ number: "03691 990201" }],
    email: "ferien@jugendbuero-eisenach.example",
    locations: [jugendbueroLocation(hours(MO_FR, "07:30", "16:30", "nur in den Schulferien"))],
    planning: { places: 30, staffFte: 1.5, acceptingNewClients: true },
    isDemo: true,
  },
  {
    id: "08b8bc5a-266f-43eb-a69f-9d8af2ee8ff8",
    organizationId: ORG.buergerbus,
    name: "Bürgerbus Ortsteile – Fahrdienst zum Einkaufen und zum Arzt",
    measureIds: [DEMO_MEASURE.buergerbus],
    description:
      "Ehrenamtliche Fahrerinnen und Fahrer bringen Menschen aus den Ortsteilen zweimal pro Woche zum Einkaufen, zu " +
      "Arztpraxen und in die Innenstadt. Der Kleinbus hat eine Rampe für Rollatoren und Rollstühle. Bitte am Vortag " +
      "anmelden.",
    feesDescription: "2 € pro Fahrt, Spenden willkommen.",
    free: false,
    languages: ["de"],
    eligibilityDescription: "Alle Einwohnerinnen und Einwohner der Ortsteile, besonders ältere Menschen ohne Auto.",
    applicationProcess: "Telefonische Anmeldung bis 16 Uhr am Vortag; die Abholung erfolgt an der Haustür.",
    lastVerifiedAt: "2026-03-30",
    addressVisibility: "NONE",
    serviceAreaScope: "OUTREACH",
    serviceAreaCodes: [AREA.ortsteile],
    serviceAreaNote: "Fahrten aus allen Ortsteilen in die Kernstadt.",
    channels: ["PHONE", "OUTREACH"],
    handlungsfelder: ["2", "5"],
    lebensphasen: ["senioren", "alle_generationen"],
    angebotsarten: ["mobilitaet"],
    phones: [{ number: "03691 990160", description: "Anmeldung Mo–Fr 9–16 Uhr" }],
    schedules: [...hours(["TU", "FR"], "08:00", "13:00", "Fahrzeiten")],
    planning: { staffFte: 0, places: 8, acceptingNewClients: true, lszFundingArea: "Handlungsfeld 2 (Mobilität)", lszFundingStage: 3, fundingAmountEur: 12000 },
    isDemo: true,
  },
];
