// Handlungsfeld 3 "Bildung im familiären Umfeld".
import { MEASURE } from "../plan";
import { AREA } from "../planning-areas";
import { ORG } from "./organizations";
import { address, hours, nearCentre, nearStreet, RESEARCHED, type SeedOffer } from "./helpers";
import { dorfgemeinschaftshausHoetzelsroda, familienzentrumOststadt, interkulturellesZentrum } from "./places";
import { DEMO_MEASURE } from "../plan-demo";

export const hf3Offers: SeedOffer[] = [
  // Sources: landesregierung-thueringen.de …/ministerpraesident-bodo-ramelow-5fad370693;
  // thekiz.de/aktuelles/bodo-ramelow-besucht-thekiz-haus-sonnenschein; pressreader.com (TLZ 12.11.2021);
  // eisenachonline.de …-107288 (Stadtrat decision); eisenachonline.de/?p=114318.
  // "Am Amrichen Rasen", opposite the Werner-Aßmann-Halle (house number not found).
  {
    id: "8678e119-c7b5-4454-8935-37c0cc051ee5",
    organizationId: ORG.awoAjs,
    name: "ThEKiZ „Haus Sonnenschein“ – Thüringer Eltern-Kind-Zentrum",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.nord],
    alternateName: "AWO-Kindergarten „Haus Sonnenschein“",
    description:
      "Der AWO-Kindergarten „Haus Sonnenschein“ gegenüber der Werner-Aßmann-Halle ist seit Juli 2021 ein Thüringer " +
      "Eltern-Kind-Zentrum. Neben der Kinderbetreuung gibt es einen Familientreff, eine Krabbelgruppe, " +
      "Kangatraining und ein Sprachcafé. Die AWO-Familienberatung ist zehn Stunden pro Woche vor Ort " +
      "(„Familienberatung to go“).",
    languages: ["de"],
    eligibilityDescription: "Familien mit Kindern, werdende Eltern und alle Interessierten aus dem Stadtteil.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["3", "2"],
    lebensphasen: ["kleinkind_0_3", "kinder", "schwangerschaft_geburt"],
    angebotsarten: ["familienbildung", "kinderbetreuung", "familienberatung"],
    locations: [
      {
        id: "b163e595-485e-4e0b-ba9b-51412ecfebb3",
        name: "Haus Sonnenschein",
        ...address("Am Amrichen Rasen"),
        ...nearStreet(AREA.nord, "Am Amrichen Rasen", 0.0002, 0.0005),
        planningAreaCode: AREA.nord,
      },
    ],
    planning: { legalBasis: "SGB VIII §§ 16, 22", lszFundingArea: "Thüringer Eltern-Kind-Zentrum (ThEKiZ)" },
    measureIds: [MEASURE.thekiz],
    isDemo: false,
  },

  // ---------------------------------------------------------------- demo offers
  {
    id: "eefd885c-5aa7-48e9-b74a-452f08b95d20",
    organizationId: ORG.familienzentrumOst,
    name: "Familienzentrum Oststadt – Eltern-Kind-Treff",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.oststadt],
    description:
      "Offener Treff für Eltern mit Babys und Kleinkindern: Spielen, Austausch bei Kaffee und Tee, Beratung zu " +
      "Schlaf, Ernährung und Entwicklung. Einmal im Monat kommt eine Kinderkrankenschwester dazu.",
    feesDescription: "kostenlos, Spende für Kaffee willkommen",
    free: true,
    languages: ["de", "uk", "ar"],
    eligibilityDescription: "Eltern, Großeltern und andere Bezugspersonen mit Kindern bis drei Jahre.",
    lastVerifiedAt: "2026-10-21",
    channels: ["IN_PERSON"],
    handlungsfelder: ["3", "6"],
    lebensphasen: ["kleinkind_0_3", "kinder", "alle_generationen"],
    angebotsarten: ["familienbildung", "begegnung", "fruehe_hilfen"],
    phones: [{ number: "03691 990110" }],
    email: "treff@familienzentrum-oststadt.example",
    url: "https://familienzentrum-oststadt.example",
    locations: [familienzentrumOststadt([...hours(["TU", "TH"], "09:00", "12:00"), ...hours("WE", "15:00", "17:30")])],
    planning: { staffFte: 1.5, acceptingNewClients: true, legalBasis: "SGB VIII § 16", lszFundingArea: "Handlungsfeld 3", lszFundingStage: 3, fundingAmountEur: 38000 },
    isDemo: true,
  },
  {
    id: "2df624af-e390-4e77-a5ce-2a84366993dd",
    organizationId: ORG.familienzentrumOst,
    name: "Elternkurs „Gelassen durch die Trotzphase“",
    measureIds: [DEMO_MEASURE.elternkurse],
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.oststadt],
    description:
      "Sechs Abende für Eltern von Kindern zwischen eins und fünf: Was steckt hinter Wutanfällen, wie setze ich " +
      "Grenzen ohne Schreien, wie bleibe ich selbst ruhig? Mit Kinderbetreuung während des Kurses.",
    feesDescription: "30 € für sechs Abende; mit Familienpass oder Bürgergeld kostenlos.",
    free: false,
    languages: ["de"],
    eligibilityDescription: "Eltern und Großeltern von Kindern von einem bis fünf Jahren.",
    applicationProcess: "Anmeldung telefonisch oder per E-Mail; höchstens zwölf Teilnehmende.",
    appointmentRequired: true,
    lastVerifiedAt: "2026-10-21",
    channels: ["IN_PERSON"],
    handlungsfelder: ["3"],
    lebensphasen: ["kleinkind_0_3", "kinder"],
    angebotsarten: ["familienbildung"],
    phones: [{ number: "03691 990111" }],
    email: "kurse@familienzentrum-oststadt.example",
    locations: [familienzentrumOststadt(hours("MO", "18:30", "20:30", "Kursabende im Frühjahr und Herbst"))],
    planning: { places: 12, waitingTimeWeeks: 6, acceptingNewClients: true },
    isDemo: true,
  },
  {
    id: "853d631b-54b0-44bf-ba4f-6c64e075b755",
    organizationId: ORG.hebammennetz,
    name: "Hebammensprechstunde und Geburtsvorbereitung",
    description:
      "Hebammen beraten Schwangere in einer offenen Sprechstunde, bieten Geburtsvorbereitungs- und " +
      "Rückbildungskurse an und helfen bei der Suche nach einer Hebamme für die Wochenbettbetreuung.",
    feesDescription: "Die Krankenkasse übernimmt die Kosten für Sprechstunde und Kurse.",
    free: true,
    languages: ["de", "en"],
    eligibilityDescription: "Schwangere und Mütter bis zum Ende der Stillzeit.",
    requiredDocuments: ["Mutterpass", "Versichertenkarte"],
    lastVerifiedAt: "2025-12-09",
    channels: ["IN_PERSON", "PHONE"],
    handlungsfelder: ["3"],
    lebensphasen: ["schwangerschaft_geburt", "kleinkind_0_3"],
    angebotsarten: ["fruehe_hilfen", "familienbildung"],
    phones: [{ number: "03691 990220" }],
    locations: [
      {
        id: "ffb6f116-bfe0-44a3-9313-0c8cb5c0235f",
        name: "Hebammenpraxis",
        ...address("Amalienstraße 6"),
        ...nearCentre(AREA.suedstadt, 0.0042, 0.0061),
        planningAreaCode: AREA.suedstadt,
        stepFree: true,
        accessibleToilet: true,
        schedules: [...hours("MO", "10:00", "12:00", "offene Sprechstunde"), ...hours("WE", "17:00", "19:00", "Geburtsvorbereitung")],
      },
    ],
    planning: { staffFte: 1, waitingTimeWeeks: 3, acceptingNewClients: true, legalBasis: "SGB V § 24d" },
    isDemo: true,
  },
  {
    id: "ccbf9e3a-530b-414e-9285-5c072b8bf5fd",
    organizationId: ORG.hebammennetz,
    name: "Familienhebamme – Frühe Hilfen zu Hause",
    measureIds: [DEMO_MEASURE.fruehehilfen],
    description:
      "Familienhebammen und Familien-Gesundheits- und Kinderkrankenpflegerinnen besuchen Familien in belastenden " +
      "Lebenslagen bis zum ersten Geburtstag des Kindes zu Hause: Hilfe bei Pflege und Ernährung des Babys, beim " +
      "Umgang mit Sorgen und bei Wegen zu Ämtern.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de", "ar"],
    eligibilityDescription: "Schwangere und Familien mit Babys im ersten Lebensjahr, die Unterstützung brauchen.",
    applicationProcess: "Anruf genügt; auch Hebammen, Ärztinnen oder das Jugendamt können den Kontakt herstellen.",
    lastVerifiedAt: "2026-01-13",
    addressVisibility: "NONE",
    serviceAreaScope: "CITY",
    channels: ["PHONE", "OUTREACH"],
    homeVisits: true,
    handlungsfelder: ["3", "4"],
    lebensphasen: ["schwangerschaft_geburt", "kleinkind_0_3"],
    angebotsarten: ["fruehe_hilfen"],
    phones: [{ number: "03691 990221" }],
    planning: { staffFte: 1.5, waitingTimeWeeks: 2, acceptingNewClients: true, legalBasis: "KKG § 3 Abs. 4 (Bundesstiftung Frühe Hilfen)" },
    isDemo: true,
  },
  {
    id: "38d744b0-a57a-4cfa-b892-362b23173b2e",
    organizationId: ORG.familienbildungswerk,
    name: "Medienmentoren: Smartphone-Sprechstunde für Seniorinnen und Senioren",
    description:
      "Ehrenamtliche Medienmentorinnen und Medienmentoren zeigen älteren Menschen in Ruhe, wie Smartphone, Tablet, " +
      "Videotelefonie und Online-Banking funktionieren. Bringen Sie Ihr eigenes Gerät mit.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Seniorinnen und Senioren; Menschen, die Medienmentorin oder Medienmentor werden möchten.",
    lastVerifiedAt: "2026-04-07",
    channels: ["IN_PERSON"],
    handlungsfelder: ["3", "6"],
    lebensphasen: ["senioren"],
    angebotsarten: ["bildung_medien", "seniorenarbeit"],
    phones: [{ number: "03691 990142" }],
    locations: [
      {
        id: "aac4b283-5850-4daa-8a18-331288ff2be0",
        name: "Treffpunkt Sophienstraße",
        ...address("Sophienstraße 30"),
        ...nearCentre(AREA.innenstadt, 0.0021, 0.0041),
        planningAreaCode: AREA.innenstadt,
        stepFree: true,
        hearingLoop: true,
        schedules: hours("WE", "14:00", "16:00"),
      },
    ],
    planning: { staffFte: 0.25, places: 8, acceptingNewClients: true, lszFundingArea: "Handlungsfeld 3", lszFundingStage: 3 },
    measureIds: [MEASURE.medienmentoren],
    isDemo: true,
  },
  {
    id: "1b3108d9-1700-43f2-811b-d351f0d776da",
    organizationId: ORG.interkulturell,
    name: "Lernpatenschaften und Hausaufgabenhilfe",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.weststadt],
    description:
      "Ehrenamtliche Lernpatinnen und Lernpaten unterstützen Schulkinder einmal pro Woche bei Hausaufgaben, Lesen " +
      "und Deutsch. Besonders willkommen sind Kinder, deren Eltern selbst noch Deutsch lernen.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de", "ar", "ru", "uk"],
    eligibilityDescription: "Schulkinder der Klassen 1 bis 6.",
    lastVerifiedAt: "2026-09-16",
    channels: ["IN_PERSON"],
    handlungsfelder: ["3"],
    lebensphasen: ["kinder"],
    angebotsarten: ["bildung_medien", "ehrenamt"],
    phones: [{ number: "03691 990171" }],
    locations: [
      {
        id: "4895c64b-d8d7-462e-bf7c-382d7b0cfd4a",
        name: "Lerntreff Neustadt",
        ...address("Neustadt 27"),
        ...nearCentre(AREA.weststadt, -0.0031, 0.0052),
        planningAreaCode: AREA.weststadt,
        stepFree: true,
        schedules: hours(["MO", "TU", "WE", "TH"], "14:30", "16:30"),
      },
    ],
    planning: { places: 25, waitingTimeWeeks: 4, acceptingNewClients: true },
    isDemo: true,
  },
  {
    id: "44b55be9-cbbb-4600-90ba-88d597bcab9b",
    organizationId: ORG.interkulturell,
    name: "Deutschkurs mit Kinderbetreuung für Mütter",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.nord],
    description:
      "Alltagsdeutsch für Mütter mit kleinen Kindern: Einkaufen, Arztbesuch, Kita und Schule. Während des Kurses " +
      "werden die Kinder im Nebenraum betreut.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de", "ar", "uk", "ru"],
    eligibilityDescription: "Mütter mit Kindern bis sechs Jahre, die Deutsch lernen möchten.",
    applicationProcess: "Einstieg jederzeit nach einem kurzen Gespräch in der Migrationsberatung.",
    lastVerifiedAt: "2026-09-16",
    channels: ["IN_PERSON"],
    handlungsfelder: ["3"],
    lebensphasen: ["kleinkind_0_3", "erwachsene_besondere_lagen"],
    angebotsarten: ["bildung_medien", "migrationsberatung"],
    phones: [{ number: "03691 990170" }],
    locations: [interkulturellesZentrum(hours(["TU", "TH"], "09:00", "11:00"))],
    planning: { places: 14, waitingTimeWeeks: 0, acceptingNewClients: true },
    isDemo: true,
  },
  {
    id: "85928496-5f22-47b2-93c2-6c795d14291b",
    organizationId: ORG.dorfleben,
    name: "Krabbelgruppe im Dorfgemeinschaftshaus Hötzelsroda",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.ortsteile],
    description:
      "Wöchentliche Krabbelgruppe für Babys und Kleinkinder aus den östlichen Ortsteilen: Spielen, Singen und " +
      "Austausch für Eltern, die sonst weite Wege in die Stadt hätten.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Familien mit Kindern bis drei Jahre.",
    lastVerifiedAt: "2025-08-26",
    channels: ["IN_PERSON"],
    handlungsfelder: ["3"],
    lebensphasen: ["kleinkind_0_3"],
    angebotsarten: ["familienbildung", "begegnung"],
    phones: [{ number: "03691 990211" }],
    locations: [dorfgemeinschaftshausHoetzelsroda(hours("FR", "09:30", "11:00"))],
    isDemo: true,
  },
];
