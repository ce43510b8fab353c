// Handlungsfeld 6 "Dialog der Generationen".
import { AREA } from "../planning-areas";
import { ORG } from "./organizations";
import { address, hours, nearCentre, nearStreet, RESEARCHED, type SeedOffer } from "./helpers";
import { dorfgemeinschaftshausHoetzelsroda, familienzentrumOststadt, seniorendiensteSued } from "./places";
import { DEMO_MEASURE } from "../plan-demo";

const GOETHESTRASSE = {
  ...address("Goethestraße 10a"),
  ...nearCentre(AREA.innenstadt, 0.0024, -0.0035),
  planningAreaCode: AREA.innenstadt,
};

export const hf6Offers: SeedOffer[] = [
  // Sources: ol.wittich.de …/00000000000047796288-OL-1642-2025-19-5-0 (2025); ris.eisenach.de/bi/vo0050.php?__kvonr=6868.
  {
    id: "2e8bc754-9420-42ad-90fd-76f9205c946d",
    organizationId: ORG.stadt,
    name: "Seniorenbeirat der Stadt Eisenach",
    description:
      "Der Seniorenbeirat vertritt die Interessen der älteren Eisenacherinnen und Eisenacher gegenüber Stadtrat und " +
      "Verwaltung. Er tagt viermal im Jahr öffentlich im Nachbarschaftszentrum Goethestraße. Seit 2019 wird er aus " +
      "dem Landesprogramm „Solidarisches Zusammenleben der Generationen“ gefördert.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Seniorinnen und Senioren aus Eisenach; die Sitzungen sind öffentlich.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["6"],
    lebensphasen: ["senioren"],
    angebotsarten: ["beteiligung", "seniorenarbeit"],
    locations: [{ id: "70f4833b-99cf-4a74-a5fd-4ca3dddefc12", name: "Nachbarschaftszentrum Goethestraße (Sitzungsort)", ...GOETHESTRASSE }],
    planning: { lszFundingArea: "Seniorenbeirat (bestehende Einrichtung)", lszFundingStage: 2 },
    isDemo: false,
  },
  // Sources: eisenachonline.de …-92630; tlz.de …/volkssolidaritaet-bezieht-bueros-im-eisenacher-stadtzentrum-id231094006.html
  {
    id: "f2d1a301-b3de-47ee-806c-71c838aa751e",
    organizationId: ORG.nachbarschaftszentrum,
    name: "Nachbarschaftszentrum Goethestraße",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.innenstadt],
    description:
      "Treffpunkt für Nachbarschaft und Vereine: Hier tagt der Seniorenbeirat, hier treffen sich Mitglieder der " +
      "Volkssolidarität, und das Jugendforum lädt zu Veranstaltungen ein.",
    languages: ["de"],
    eligibilityDescription: "Alle Generationen.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["6"],
    lebensphasen: ["senioren", "alle_generationen"],
    angebotsarten: ["begegnung"],
    locations: [{ id: "016b8959-c6c1-4cd4-a947-27bb9e7a5502", name: "Nachbarschaftszentrum Goethestraße", ...GOETHESTRASSE }],
    isDemo: false,
  },
  // Sources: eisenach.de/leben/kinder-familie-und-jugend/jugendhaeuser/alte-posthalterei;
  // eisenach.de …/kinder-und-jugendzentrum-feiert-jubilaeum
  {
    id: "90e4a74c-a0a9-4f3b-812c-64c09a288238",
    organizationId: ORG.stadt,
    name: "Kinder- und Jugendzentrum „Alte Posthalterei“",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.innenstadt],
    description:
      "Das städtische Kinder- und Jugendzentrum in der Georgenstraße ist offener Treffpunkt für Kinder und " +
      "Jugendliche mit Freizeitangeboten. Im Haus sind auch der Jugendweihe Westthüringen e. V., der Jugendring " +
      "Wartburgkreis e. V. und die Verkehrswacht zu Hause.",
    url: "https://eisenach.de/leben/kinder-familie-und-jugend/jugendhaeuser/alte-posthalterei",
    languages: ["de"],
    eligibilityDescription: "Kinder und Jugendliche.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["6"],
    lebensphasen: ["kinder", "jugend"],
    angebotsarten: ["jugendarbeit"],
    locations: [
      {
        id: "f4ee09dd-4aea-4f9a-bd93-cd82d4fd61cb",
        name: "Alte Posthalterei",
        ...address("Georgenstraße 52"),
        ...nearStreet(AREA.innenstadt, "Georgenstraße", -0.0004, -0.0018),
        planningAreaCode: AREA.innenstadt,
      },
    ],
    planning: { legalBasis: "SGB VIII § 11" },
    isDemo: false,
  },
  // Sources: tlz.de …/ein-guter-grund-fuer-pizza-und-kinderpunsch-in-eisenach-id233875399.html;
  // eisenach.de/rathaus/rathaus-verwaltung/fachbereiche/stadtentwicklung/wohlfuehlorte-oststadt ("East End
  // Kids" took part in planning the Oststadt, so the house is placed there). Address not found.
  {
    id: "60789dd8-ef84-46fc-a959-ebec44c1f985",
    organizationId: ORG.awo,
    name: "Kinder- und Jugendhaus „East End“",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.oststadt],
    description:
      "Offener Treff der AWO in der Oststadt, vor allem für Kinder von 10 bis 13 Jahren. Die „East End Kids“ " +
      "haben 2024 Ideen für neue Wohlfühlorte in ihrem Stadtteil eingebracht.",
    languages: ["de"],
    eligibilityDescription: "Kinder und junge Jugendliche, vor allem von 10 bis 13 Jahren.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["6"],
    lebensphasen: ["kinder", "jugend"],
    angebotsarten: ["jugendarbeit"],
    locations: [{ id: "0311841f-07b6-4aca-8e00-82f1bb273646", name: "East End, Oststadt", ...address(null), planningAreaCode: AREA.oststadt }],
    planning: { legalBasis: "SGB VIII § 11" },
    isDemo: false,
  },
  // Sources: tlz.de …/wenig-bock-auf-freizeittreffs-id227886543.html; ris.eisenach.de/bi/vo0050.php?__kvonr=7171.
  // Address not found.
  {
    id: "ecfa4f12-cf78-44c4-be62-dc75c94c4897",
    organizationId: ORG.nordlicht,
    name: "Kinder- und Jugendzentrum „Nordlicht“",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.nord],
    description: "Offener Kinder- und Jugendtreff in Eisenach-Nord mit Freizeitangeboten für Kinder und Jugendliche.",
    languages: ["de"],
    eligibilityDescription: "Kinder und Jugendliche.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["6"],
    lebensphasen: ["kinder", "jugend"],
    angebotsarten: ["jugendarbeit"],
    locations: [{ id: "a1ed7cf9-0734-49ce-abc2-ad37fe2a7029", name: "Nordlicht, Eisenach-Nord", ...address(null), planningAreaCode: AREA.nord }],
    planning: { legalBasis: "SGB VIII § 11" },
    isDemo: false,
  },
  // Sources: eisenachonline.de …/begegnungszentrum-in-eisenach-nord-eroeffnet-73426;
  // tlz.de …/diako-erklaert-kindertreff-in-eisenach-ist-nicht-geschlossen-id230691198.html (house number not found).
  {
    id: "122f3c97-0b99-426c-bb7a-9b9865bee9ef",
    organizationId: ORG.diako,
    name: "Kindertreff Eisenach-Nord",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.nord],
    description:
      "Niedrigschwelliger Treff der Diako für Kinder in Eisenach-Nord, in der Straße Am Gebräun. In denselben Räumen " +
      "war von 2015 an das Begegnungszentrum der Caritas.",
    languages: ["de"],
    eligibilityDescription: "Kinder aus Eisenach-Nord.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["6"],
    lebensphasen: ["kinder"],
    angebotsarten: ["jugendarbeit", "begegnung"],
    locations: [
      {
        id: "79c61147-e1e0-4f3e-8f87-866283312f20",
        name: "Kindertreff Eisenach-Nord",
        ...address("Am Gebräun"),
        ...nearCentre(AREA.nord, 0.0016, -0.0027),
        planningAreaCode: AREA.nord,
      },
    ],
    planning: { legalBasis: "SGB VIII § 11" },
    isDemo: false,
  },
  // Sources: eisenach.de/rathaus/buergerbeteiligung/jugendbeirat; eisenach.de …/pressemitteilung-im-detail/jugendbeirat-1
  {
    id: "59ed106a-5b64-4db3-915d-d83309b992fe",
    organizationId: ORG.stadt,
    name: "Jugendbeirat Eisenach",
    description:
      "Der Jugendbeirat bringt seit März 2021 die Themen junger Menschen in die Eisenacher Kommunalpolitik ein. " +
      "Mitmachen können Jugendliche von 14 bis 20 Jahren; im Februar 2025 wurde der Beirat neu berufen.",
    url: "https://www.eisenach.de/rathaus/buergerbeteiligung/jugendbeirat",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Jugendliche von 14 bis 20 Jahren aus Eisenach.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["6", "1"],
    lebensphasen: ["jugend"],
    angebotsarten: ["beteiligung"],
    locations: [
      {
        id: "3049d0b4-9c2d-4483-a69c-cf5b0eab00ee",
        name: "Stadtverwaltung, Markt 2",
        ...address("Markt 2"),
        ...nearStreet(AREA.innenstadt, "Markt", 0.0002, 0.0001),
        planningAreaCode: AREA.innenstadt,
      },
    ],
    isDemo: false,
  },

  // ---------------------------------------------------------------- demo offers
  // Unverified in the facts file (source c. 2014/15): kept as a demo entry.
  {
    id: "091a6036-47f3-4d27-bc9b-b3108a1d1036",
    organizationId: ORG.stadt,
    name: "Kinderbüro der Stadt Eisenach",
    description:
      "Das Kinderbüro ist Anlaufstelle für Kinder und ihre Anliegen: Die Kinderbeauftragte hört zu, vermittelt Hilfe " +
      "und bringt Ideen von Kindern in die Stadtpolitik ein, zum Beispiel bei der Planung von Spielplätzen.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Kinder bis 14 Jahre, Eltern und Schulklassen.",
    lastVerifiedAt: "2025-09-02",
    channels: ["IN_PERSON", "PHONE"],
    handlungsfelder: ["6"],
    lebensphasen: ["kinder"],
    angebotsarten: ["beteiligung"],
    phones: [{ number: "03691 990260" }],
    locations: [
      {
        id: "93919b70-8343-47e8-8e80-034424ce5b3c",
        name: "Verwaltungsgebäude am Markt, Erdgeschoss",
        ...address("Markt 22"),
        ...nearStreet(AREA.innenstadt, "Markt", 0.0004, -0.0002),
        planningAreaCode: AREA.innenstadt,
        stepFree: true,
        accessibleToilet: true,
        schedules: hours("WE", "14:00", "17:00"),
      },
    ],
    isDemo: true,
  },
  // Unverified in the facts file (sources 2008–2010, current existence not verified): demo entry.
  {
    id: "3eab093b-7dce-4e49-a140-511a5bd941b2",
    organizationId: ORG.audimax,
    name: "Mehrgenerationenhaus Eisenach",
    measureIds: [DEMO_MEASURE.mehrgenerationenhaus],
    description:
      "Das Mehrgenerationenhaus ist offener Treffpunkt für Jung und Alt. Leih-Omas und Leih-Opas unterstützen " +
      "Familien, es gibt Kurse, einen offenen Mittagstisch und Nachmittage für Kinder und Seniorinnen und Senioren.",
    feesDescription: "Offener Treff kostenlos; Mittagstisch 4,50 €.",
    free: false,
    languages: ["de"],
    eligibilityDescription: "Alle Generationen.",
    lastVerifiedAt: "2025-04-29",
    channels: ["IN_PERSON"],
    handlungsfelder: ["6", "3"],
    lebensphasen: ["alle_generationen", "senioren", "kinder"],
    angebotsarten: ["mehrgenerationenhaus", "begegnung", "ehrenamt"],
    phones: [{ number: "03691 990270" }],
    locations: [
      {
        id: "62eed337-54b6-4c96-8755-b8f6e33e8b8c",
        name: "Mehrgenerationenhaus",
        ...address("Marienstraße"),
        ...nearStreet(AREA.suedstadt, "Marienstraße", -0.0007, 0.0005),
        planningAreaCode: AREA.suedstadt,
        stepFree: true,
        accessibleToilet: true,
        schedules: [...hours(["MO", "TU", "WE", "TH"], "09:00", "17:00"), ...hours("FR", "09:00", "13:00")],
      },
    ],
    planning: { staffFte: 2.5, acceptingNewClients: true, legalBasis: "Bundesprogramm Mehrgenerationenhaus" },
    isDemo: true,
  },
  {
    id: "93c0060a-7eb9-4cbc-8163-ac8449dd959a",
    organizationId: ORG.familienzentrumOst,
    name: "Vorlesepaten: Großeltern lesen vor",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.oststadt],
    description:
      "Ehrenamtliche Seniorinnen und Senioren lesen jeden Freitag Kindern im Familienzentrum vor. Wer selbst " +
      "Vorlesepatin oder Vorlesepate werden möchte, bekommt eine kleine Schulung und Bücherkisten.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Kinder von drei bis acht Jahren; Seniorinnen und Senioren, die vorlesen möchten.",
    lastVerifiedAt: "2026-10-21",
    channels: ["IN_PERSON"],
    handlungsfelder: ["6"],
    lebensphasen: ["kinder", "senioren"],
    angebotsarten: ["ehrenamt", "begegnung"],
    phones: [{ number: "03691 990113" }],
    locations: [familienzentrumOststadt(hours("FR", "15:00", "16:00"))],
    isDemo: true,
  },
  {
    id: "412b501e-3fb8-4bb1-ba1e-2509b1243d4c",
    organizationId: ORG.dorfleben,
    name: "Seniorentreff Stregda",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.ortsteile],
    description:
      "Jeden Dienstagnachmittag treffen sich Seniorinnen und Senioren aus Stregda und den Nachbarorten zu Kaffee, " +
      "Gedächtnistraining und Spielen. Wer nicht mehr gut zu Fuß ist, wird abgeholt.",
    feesDescription: "2 € für Kaffee und Kuchen",
    free: false,
    languages: ["de"],
    eligibilityDescription: "Seniorinnen und Senioren.",
    lastVerifiedAt: "2026-02-17",
    channels: ["IN_PERSON"],
    handlungsfelder: ["6"],
    lebensphasen: ["senioren"],
    angebotsarten: ["seniorenarbeit", "begegnung"],
    phones: [{ number: "03691 990213" }],
    locations: [
      {
        id: "84f02295-112d-4362-9097-bff71ebde49c",
        name: "Gemeinderaum Stregda",
        ...address("Kleehof 2"),
        ...nearStreet(AREA.ortsteile, "Stregda", 0.0006, -0.0004),
        planningAreaCode: AREA.ortsteile,
        stepFree: true,
        schedules: hours("TU", "14:00", "16:30"),
      },
    ],
    isDemo: true,
  },
  {
    id: "9c177b34-2cd1-4854-9648-b5e393864891",
    organizationId: ORG.nachbarschaftNord,
    name: "Besuchsdienst „Zeit schenken“",
    measureIds: [DEMO_MEASURE.besuchsdienst],
    description:
      "Ehrenamtliche besuchen ältere Menschen, die allein leben, einmal pro Woche zu Hause: zum Reden, Vorlesen, " +
      "Spazierengehen oder Spielen. Wir vermitteln Besuche und begleiten die Ehrenamtlichen.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de", "ru"],
    eligibilityDescription: "Ältere und pflegebedürftige Menschen in Nord und in der Innenstadt; Menschen, die Zeit verschenken möchten.",
    lastVerifiedAt: "2026-11-04",
    addressVisibility: "NONE",
    serviceAreaScope: "OUTREACH",
    serviceAreaCodes: [AREA.nord, AREA.innenstadt],
    channels: ["PHONE", "OUTREACH"],
    homeVisits: true,
    handlungsfelder: ["6"],
    lebensphasen: ["senioren", "pflege"],
    angebotsarten: ["ehrenamt", "seniorenarbeit"],
    phones: [{ number: "03691 990122" }],
    planning: { staffFte: 0.5, places: 40, waitingTimeWeeks: 3, acceptingNewClients: true, legalBasis: "SGB XI § 45a" },
    isDemo: true,
  },
  {
    id: "20a804b4-7129-4778-84a3-f5465666db92",
    organizationId: ORG.seniorendienste,
    name: "Generationencafé West",
    measureIds: [DEMO_MEASURE.generationencafe],
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.weststadt],
    description:
      "Einmal in der Woche wird das Café der Seniorendienste zum Treffpunkt für Jung und Alt: Schulkinder machen " +
      "Hausaufgaben mit Leih-Großeltern, Ältere lernen von Jugendlichen den Umgang mit dem Handy.",
    feesDescription: "kostenlos, Getränke gegen Spende",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Alle Generationen.",
    lastVerifiedAt: "2026-03-03",
    channels: ["IN_PERSON"],
    handlungsfelder: ["6"],
    lebensphasen: ["alle_generationen", "senioren", "kinder"],
    angebotsarten: ["begegnung", "mehrgenerationenhaus"],
    phones: [{ number: "03691 990152" }],
    locations: [
      {
        id: "b613bdf5-c837-470d-bb36-b8d1e36a816f",
        name: "Café der Seniorendienste",
        ...address("Neustadt 12"),
        ...nearCentre(AREA.weststadt, -0.0022, 0.0031),
        planningAreaCode: AREA.weststadt,
        stepFree: true,
        accessibleToilet: true,
        schedules: hours("WE", "14:30", "17:00"),
      },
    ],
    isDemo: true,
  },
  {
    id: "41b3abc1-967b-4692-b394-d4cb058b0a53",
    organizationId: ORG.seniorendienste,
    name: "Seniorensport und Tanztee",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.suedstadt],
    description:
      "Sitzgymnastik, Sturzprävention und einmal im Monat ein Tanztee mit Livemusik: Bewegung und Geselligkeit für " +
      "ältere Menschen im Süden der Stadt.",
    feesDescription: "3 € pro Termin; Tanztee 5 € inklusive Kaffee.",
    free: false,
    languages: ["de"],
    eligibilityDescription: "Seniorinnen und Senioren, auch mit Rollator.",
    lastVerifiedAt: "2026-03-03",
    channels: ["IN_PERSON"],
    handlungsfelder: ["6"],
    lebensphasen: ["senioren"],
    angebotsarten: ["seniorenarbeit", "begegnung"],
    phones: [{ number: "03691 990153" }],
    locations: [seniorendiensteSued([...hours(["MO", "TH"], "10:00", "11:00", "Sitzgymnastik"), ...hours("SU", "15:00", "18:00", "Tanztee, letzter Sonntag im Monat")])],
    isDemo: true,
  },
  {
    id: "444dbe3e-c0d3-4c50-afd9-e8ebfebf8411",
    organizationId: ORG.dorfleben,
    name: "Jugendtreff Hötzelsroda",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.ortsteile],
    description:
      "Treff für Jugendliche aus Hötzelsroda und den östlichen Ortsteilen mit Kicker, Musik und gemeinsamen " +
      "Ausflügen. Der Jugendraum wird renoviert und ist deshalb vorübergehend geschlossen.",
    feesDescription: "kostenlos",
    free: true,
    status: "temporarily_closed",
    languages: ["de"],
    eligibilityDescription: "Jugendliche von 12 bis 18 Jahren.",
    lastVerifiedAt: "2026-10-06",
    channels: ["IN_PERSON"],
    handlungsfelder: ["6"],
    lebensphasen: ["jugend"],
    angebotsarten: ["jugendarbeit"],
    phones: [{ number: "03691 990214" }],
    locations: [dorfgemeinschaftshausHoetzelsroda(hours(["WE", "FR"], "16:00", "20:00"))],
    planning: { staffFte: 0.5, legalBasis: "SGB VIII § 11" },
    isDemo: true,
  },
];
