// Handlungsfeld 5 "Wohnumfeld und Lebensqualität".
import { AREA } from "../planning-areas";
import { ORG } from "./organizations";
import { address, hours, MO_FR, nearCentre, nearStreet, RESEARCHED, type SeedOffer } from "./helpers";
import { familienzentrumOststadt, nachbarschaftsbueroNord, seniorendiensteSued } from "./places";
import { DEMO_MEASURE } from "../plan-demo";

const WOHNEN_IM_ALTER = "https://www.eisenach.de/leben/senioren/wohnen-im-alter/";

export const hf5Offers: SeedOffer[] = [
  // Sources: eisenach.de/leben/senioren/wohnen-im-alter/; tlz.de …/eisenach-kostenlos-mit-dem-bus-zum-pflegefachtag-id239307723.html;
  // de.readkong.com …/senioren-veranstaltungs-kalender-mai-2022-stadt-eisenach-2273162 (phone, e-mail, calendar).
  // Room: Zimmer 401 (a 2022 calendar says Zimmer 10). Coordinates: the facts file's city-centre point.
  {
    id: "b80c58b8-b019-4f28-a694-a8a805080b18",
    organizationId: ORG.diako,
    name: "Freiwilligenagentur Eisenach",
    measureIds: [DEMO_MEASURE.freiwilligenagentur],
    description:
      "Die Freiwilligenagentur bringt Menschen, die sich ehrenamtlich engagieren möchten, mit Vereinen und " +
      "Einrichtungen in Eisenach zusammen und berät Organisationen, die Freiwillige suchen. Sie gibt außerdem den " +
      "Senioren-Veranstaltungskalender der Stadt heraus.",
    url: WOHNEN_IM_ALTER,
    email: "freiwilligenagentur.esa@diako-thueringen.de",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Alle, die sich engagieren möchten, und Organisationen, die Ehrenamtliche suchen.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON", "PHONE"],
    handlungsfelder: ["5"],
    lebensphasen: ["alle_generationen", "senioren"],
    angebotsarten: ["ehrenamt"],
    phones: [{ number: "03691 670-249" }],
    locations: [
      {
        id: "ae308837-ac85-4ac6-8e5b-4f0a17e7c06c",
        name: "Stadtverwaltung, Markt 2, Zimmer 401",
        ...address("Markt 2"),
        latitude: 50.9761,
        longitude: 10.3206,
        planningAreaCode: AREA.innenstadt,
      },
    ],
    isDemo: false,
  },
  // Source: eisenach.de/leben/senioren/wohnen-im-alter/ (Tuesdays 10–12; mobile Wohnberatung on the
  // first Tuesday of the month; free). Run by the Seniorenbeirat with the Freiwilligenagentur.
  {
    id: "f7d82746-b5ab-457c-a0c0-213c23614261",
    organizationId: ORG.stadt,
    name: "Seniorensprechstunde und mobile Wohnberatung",
    measureIds: [DEMO_MEASURE.wohnberatung],
    description:
      "Jeden Dienstag von 10 bis 12 Uhr beraten Mitglieder des Seniorenbeirats gemeinsam mit der Freiwilligenagentur " +
      "ältere Menschen und ihre Angehörigen. Am ersten Dienstag im Monat gibt es zusätzlich die mobile Wohnberatung: " +
      "Tipps, wie die eigene Wohnung sicherer und barriereärmer wird.",
    url: WOHNEN_IM_ALTER,
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Seniorinnen und Senioren und ihre Angehörigen.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["5"],
    lebensphasen: ["senioren", "pflege"],
    angebotsarten: ["seniorenarbeit", "wohnberatung"],
    phones: [{ number: "03691 670-249", description: "Freiwilligenagentur" }],
    locations: [
      {
        id: "def99aa7-68ed-4256-871c-9b4411569995",
        name: "Stadtverwaltung, Markt 2, Zimmer 401",
        ...address("Markt 2"),
        latitude: 50.9761,
        longitude: 10.3206,
        planningAreaCode: AREA.innenstadt,
        schedules: hours("TU", "10:00", "12:00", "Wohnberatung am ersten Dienstag im Monat"),
      },
    ],
    isDemo: false,
  },
  // Sources: rj-planungsbuero.de/bauvorhaben/pflegeheime/haus-wartburgblick-eisenach/;
  // eisenachonline.de …-92630. The street's position is not known; the area is provisional.
  {
    id: "76498b96-812e-4481-b86d-1fe862024d6a",
    organizationId: ORG.diako,
    name: "Haus Wartburgblick – Pflegeheim und altersgerechtes Wohnen",
    description:
      "Pflegeheim der Diako mit 84 Pflegeplätzen; im selben Haus gibt es 11 altersgerechte Wohnungen für Menschen, " +
      "die selbstständig wohnen und bei Bedarf Hilfe in der Nähe haben möchten.",
    feesDescription: "Heimkosten nach Pflegegrad; die Pflegekasse übernimmt einen Teil. Wohnungen zur Miete.",
    free: false,
    languages: ["de"],
    eligibilityDescription: "Pflegebedürftige Menschen; ältere Menschen, die eine altersgerechte Wohnung suchen.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["5"],
    lebensphasen: ["senioren", "pflege"],
    angebotsarten: ["pflege", "wohnberatung"],
    locations: [
      {
        id: "a3020d22-4f4b-4f33-9673-da3ef4929a5f",
        name: "Haus Wartburgblick",
        ...address("Am Michelsbach 12"),
        ...nearCentre(AREA.nord, -0.0035, -0.0046),
        planningAreaCode: AREA.nord,
      },
    ],
    planning: { places: 84, legalBasis: "SGB XI § 43" },
    isDemo: false,
  },
  // Source: tlz.de …/rathauschefin-wolf-besucht-soziale-einrichtungen-der-wartburgstadt-id233040945.html
  {
    id: "4a9f59e6-296d-4db6-aa5e-4144d5851253",
    organizationId: ORG.diako,
    name: "Wohngruppen für Menschen mit Behinderung (Eingliederungshilfe)",
    description:
      "Die Diako betreibt Wohngruppen für Erwachsene mit Behinderung in der Innenstadt, in der Goldschmiedenstraße " +
      "und in der Schmelzerstraße. Die Bewohnerinnen und Bewohner werden im Alltag begleitet und unterstützt.",
    languages: ["de"],
    eligibilityDescription: "Erwachsene mit Behinderung, die Leistungen der Eingliederungshilfe erhalten.",
    applicationProcess: "Leistungen der Eingliederungshilfe werden beim zuständigen Träger der Eingliederungshilfe beantragt.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["5"],
    lebensphasen: ["erwachsene_besondere_lagen"],
    angebotsarten: ["eingliederungshilfe"],
    locations: [
      {
        id: "170b9720-b7a5-49d6-87c3-17e6185a1da3",
        name: "Wohngruppe Goldschmiedenstraße",
        ...address("Goldschmiedenstraße 14"),
        ...nearStreet(AREA.innenstadt, "Goldschmiedenstraße", 0.0004, 0.0003),
        planningAreaCode: AREA.innenstadt,
      },
      {
        id: "35017b78-eb4f-4369-a190-fdae624c52f3",
        name: "Wohngruppe Schmelzerstraße",
        ...address("Schmelzerstraße"),
        ...nearCentre(AREA.innenstadt, 0.0009, -0.0019),
        planningAreaCode: AREA.innenstadt,
      },
    ],
    planning: { legalBasis: "SGB IX Teil 2 (Eingliederungshilfe)" },
    isDemo: false,
  },

  // ---------------------------------------------------------------- demo offers
  {
    id: "9cf89090-19b8-4abc-9c10-71ee1192977b",
    organizationId: ORG.dorfleben,
    name: "Dorfkümmerer für die Ortsteile",
    measureIds: [DEMO_MEASURE.dorfkuemmerer],
    description:
      "Der Dorfkümmerer ist Ansprechpartner für kleine und große Anliegen in den Ortsteilen: Er organisiert " +
      "Nachbarschaftshilfe, vermittelt Fahrdienste und Hilfen im Haushalt, unterstützt Vereine und bringt Ideen der " +
      "Einwohnerinnen und Einwohner zur Stadtverwaltung.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Alle Einwohnerinnen und Einwohner der elf Ortsteile.",
    lastVerifiedAt: "2025-10-14",
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.ortsteile],
    channels: ["IN_PERSON", "PHONE", "OUTREACH"],
    homeVisits: true,
    handlungsfelder: ["5"],
    lebensphasen: ["alle_generationen", "senioren"],
    angebotsarten: ["ehrenamt", "begegnung"],
    phones: [{ number: "03691 990212" }],
    locations: [
      {
        id: "72674c52-ab55-4e68-8d0a-466121a30978",
        name: "Gemeinderaum Stockhausen",
        ...address(null),
        ...nearStreet(AREA.ortsteile, "Stockhausen", 0.0005, 0.0003),
        planningAreaCode: AREA.ortsteile,
        stepFree: false,
        schedules: hours("TH", "15:00", "18:00", "Sprechstunde; sonst unterwegs in den Ortsteilen"),
      },
    ],
    planning: { staffFte: 1, acceptingNewClients: true, lszFundingArea: "Handlungsfeld 5 (Dorfkümmerer)", lszFundingStage: 3, fundingAmountEur: 42000 },
    isDemo: true,
  },
  {
    id: "369b7f1d-ee3c-492a-9c87-44fdcfa15251",
    organizationId: ORG.nachbarschaftNord,
    name: "Seniorenbüro Eisenach-Nord",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.nord],
    description:
      "Das Seniorenbüro ist Treffpunkt und Beratungsstelle für ältere Menschen im Norden der Stadt: Hilfe bei " +
      "Anträgen, Vermittlung von Haushaltshilfen und Besuchsdiensten, Kaffeenachmittage und Ausflüge.",
    feesDescription: "Beratung kostenlos; Ausflüge mit Kostenbeitrag.",
    free: true,
    languages: ["de", "ru"],
    eligibilityDescription: "Seniorinnen und Senioren und ihre Angehörigen.",
    lastVerifiedAt: "2026-11-04",
    channels: ["IN_PERSON", "PHONE"],
    handlungsfelder: ["5", "6"],
    lebensphasen: ["senioren", "pflege"],
    angebotsarten: ["seniorenarbeit", "begegnung"],
    phones: [{ number: "03691 990121" }],
    locations: [nachbarschaftsbueroNord([...hours(["MO", "WE", "FR"], "09:00", "12:00"), ...hours("WE", "14:00", "17:00", "Kaffeenachmittag")])],
    planning: { staffFte: 1, acceptingNewClients: true, lszFundingArea: "Handlungsfeld 5 (Seniorenbüro)", lszFundingStage: 3, fundingAmountEur: 45000 },
    isDemo: true,
  },
  {
    id: "bc116b4a-f4d9-4817-b1c8-0edb2a7ac8e6",
    organizationId: ORG.jugendhilfeWartburgland,
    name: "Spielmobil – Spielaktionen in den Stadtteilen",
    description:
      "Von April bis Oktober kommt das Spielmobil mit Spielgeräten, Bastelmaterial und zwei Pädagoginnen auf " +
      "Spielplätze und Höfe in Nord, Oststadt und West. Kinder können einfach mitmachen, Eltern kommen ins Gespräch.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Kinder von 4 bis 12 Jahren und ihre Familien.",
    lastVerifiedAt: "2026-05-05",
    addressVisibility: "NONE",
    serviceAreaScope: "OUTREACH",
    serviceAreaCodes: [AREA.nord, AREA.oststadt, AREA.weststadt],
    serviceAreaNote: "Standorte und Termine im Aushang und auf Instagram.",
    channels: ["OUTREACH"],
    handlungsfelder: ["5", "6"],
    lebensphasen: ["kinder"],
    angebotsarten: ["jugendarbeit", "begegnung"],
    phones: [{ number: "03691 990202" }],
    schedules: hours(["TU", "WE", "TH"], "14:30", "17:30", "April bis Oktober"),
    planning: { staffFte: 1.25, acceptingNewClients: true, legalBasis: "SGB VIII § 11" },
    isDemo: true,
  },
  {
    id: "73812b81-cb26-4dc7-9183-64a3e73d6b27",
    organizationId: ORG.familienzentrumOst,
    name: "Stadtteilbüro Oststadt – Quartiersmanagement",
    description:
      "Das Stadtteilbüro sammelt Ideen für ein schöneres Wohnumfeld in der Oststadt, begleitet Mieterinnen und " +
      "Mieter bei Anliegen an Vermieter und organisiert Aufräumaktionen, Hoffeste und den Stadtteilrundgang.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de", "ar"],
    eligibilityDescription: "Alle, die in der Oststadt wohnen.",
    lastVerifiedAt: "2026-04-14",
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.oststadt],
    channels: ["IN_PERSON", "PHONE"],
    handlungsfelder: ["5", "1"],
    lebensphasen: ["alle_generationen"],
    angebotsarten: ["beteiligung", "begegnung"],
    phones: [{ number: "03691 990112" }],
    locations: [familienzentrumOststadt(hours("TH", "14:00", "18:00", "Sprechstunde Stadtteilbüro"))],
    planning: { staffFte: 0.75, lszFundingArea: "Handlungsfeld 5", lszFundingStage: 3, fundingAmountEur: 30000 },
    isDemo: true,
  },
  {
    id: "98ee59a0-fb44-4586-b62e-8ff87e36c544",
    organizationId: ORG.seniorendienste,
    name: "Hausnotruf und Alltagshilfen",
    description:
      "Ein Hausnotruf-Knopf am Handgelenk verbindet rund um die Uhr mit der Notrufzentrale. Dazu vermitteln wir " +
      "Alltagshilfen: Einkaufen, Begleitung zu Terminen und Hilfe im Haushalt, abrechenbar über den Entlastungsbetrag.",
    feesDescription: "Hausnotruf ab 25,50 € im Monat, bei Pflegegrad von der Pflegekasse bezuschusst; Alltagshilfen 38 € pro Stunde.",
    free: false,
    languages: ["de"],
    eligibilityDescription: "Ältere und pflegebedürftige Menschen, die allein leben.",
    lastVerifiedAt: "2026-03-03",
    channels: ["IN_PERSON", "PHONE", "OUTREACH"],
    homeVisits: true,
    handlungsfelder: ["5"],
    lebensphasen: ["senioren", "pflege"],
    angebotsarten: ["pflege", "seniorenarbeit"],
    phones: [{ number: "03691 990150" }],
    email: "hausnotruf@seniorendienste-hoerselaue.example",
    locations: [seniorendiensteSued(hours(MO_FR, "08:00", "15:00"))],
    planning: { staffFte: 4.5, waitingTimeWeeks: 1, acceptingNewClients: true, legalBasis: "SGB XI §§ 40, 45b" },
    isDemo: true,
  },
  {
    id: "f2528300-8320-4654-a6af-ad05d87f118f",
    organizationId: ORG.interkulturell,
    name: "Gemeinschaftsgarten West",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.weststadt],
    description:
      "Nachbarinnen und Nachbarn aus vielen Ländern gärtnern gemeinsam auf einer Brachfläche: Hochbeete, Kräuter und " +
      "ein Lehmofen für Sommerfeste. Der Garten ruht derzeit, weil die Fläche neu vergeben wird.",
    feesDescription: "kostenlos",
    free: true,
    status: "inactive",
    languages: ["de", "ar", "tr"],
    eligibilityDescription: "Alle, die mitgärtnern möchten.",
    lastVerifiedAt: "2025-06-24",
    channels: ["IN_PERSON"],
    handlungsfelder: ["5", "6"],
    lebensphasen: ["alle_generationen"],
    angebotsarten: ["begegnung", "ehrenamt"],
    phones: [{ number: "03691 990172" }],
    locations: [
      {
        id: "62508bd1-95d6-4960-b291-b31b5d8b5a32",
        name: "Gemeinschaftsgarten West",
        ...address("Oppenheimstraße 44"),
        ...nearCentre(AREA.weststadt, 0.0035, 0.0088),
        planningAreaCode: AREA.weststadt,
        stepFree: true,
      },
    ],
    isDemo: true,
  },
];
