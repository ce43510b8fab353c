// Handlungsfeld 4 "Beratung, Unterstützung und Information": offers with a place (helplines are in
// hotlines.ts). Verified offers come from eisenach-facts.json (sources in the comment above each);
// their coordinates are approximations (street estimate or area centre), not geocoded. Opening
// hours are only given where a source names them. Demo offers are invented and isDemo.
import { MEASURE } from "../plan";
import { AREA } from "../planning-areas";
import { ORG } from "./organizations";
import { address, hours, MO_TH, nearCentre, nearStreet, RESEARCHED, type SeedOffer } from "./helpers";
import { beratungszentrum, interkulturellesZentrum, jugendbueroLocation, stadtteilbueroWest } from "./places";

export const hf4Offers: SeedOffer[] = [
  // Sources: thueringer-allgemeine.de …/neue-angebote-fuer-familien-in-eisenach-id237110749.html;
  // ris.eisenach.de/bi/vo0050.php?__kvonr=6868 (LSZ funding of the EEFLB since 2019).
  {
    id: "2c080f18-b517-4be7-aa84-b4de9d2edaa3",
    organizationId: ORG.diako,
    name: "Erziehungs- und Familienberatung im Beratungszentrum Eisenach",
    alternateName: "Erziehungs-, Ehe-, Familien- und Lebensberatungsstelle (EEFLB)",
    description:
      "Die Beratungsstelle der Diako berät Eltern, Kinder, Jugendliche und Paare bei Fragen zur Erziehung, bei " +
      "Konflikten in der Familie, bei Trennung und in persönlichen Krisen. Zum Angebot gehören Videoberatung nach " +
      "der Marte-Meo-Methode und die Gruppe „Die K-I-S-T-e“. Die Personalkosten werden seit 2019 aus dem " +
      "Landesprogramm „Solidarisches Zusammenleben der Generationen“ gefördert.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Eltern, Kinder, Jugendliche, junge Erwachsene und Paare aus Eisenach.",
    applicationProcess: "Anmeldung persönlich im Beratungszentrum in der Schillerstraße. Die Beratung ist vertraulich.",
    appointmentRequired: true,
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["4"],
    lebensphasen: ["kinder", "jugend", "erwachsene_besondere_lagen"],
    angebotsarten: ["erziehungsberatung", "familienberatung"],
    locations: [beratungszentrum(hours("TU", "15:30", "17:00", "Gruppe „Die K-I-S-T-e“, 2. und 4. Dienstag im Monat"))],
    planning: {
      legalBasis: "SGB VIII §§ 16, 17, 28",
      lszFundingArea: "Handlungsfeld 4: Personalkosten der Beratungsstelle",
      lszFundingStage: 2,
    },
    measureIds: [MEASURE.eeflb],
    isDemo: false,
  },
  // Source: thueringer-allgemeine.de …/neue-angebote-fuer-familien-in-eisenach-id237110749.html
  {
    id: "7a33ab40-da4c-4aeb-92d9-45121a454f8c",
    organizationId: ORG.diako,
    name: "Kinderschutzdienst für die Stadt Eisenach",
    // Its page and result lists holding it show Quick-Exit (the city's mark, reviewers set it).
    protectionOffer: true,
    description:
      "Der Kinderschutzdienst im Beratungszentrum der Diako ist Anlaufstelle für Kinder und Jugendliche, die " +
      "Gewalt, Vernachlässigung oder sexuellen Missbrauch erleben, und für Eltern, Angehörige und Fachkräfte, die " +
      "sich Sorgen um ein Kind machen. Er berät, begleitet und vermittelt weitere Hilfen.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Kinder und Jugendliche bis 18 Jahre, Eltern und andere Bezugspersonen, Fachkräfte.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["4"],
    lebensphasen: ["kinder", "jugend"],
    angebotsarten: ["kinderschutz"],
    locations: [beratungszentrum()],
    isDemo: false,
  },
  // Source: thueringer-allgemeine.de …/neue-angebote-fuer-familien-in-eisenach-id237110749.html;
  // anonymity: § 6 Abs. 2 SchKG.
  {
    id: "267426fe-d448-45dd-827c-ac99d2a148a2",
    organizationId: ORG.diako,
    name: "Schwangeren- und Schwangerschaftskonfliktberatung",
    description:
      "Beratung rund um Schwangerschaft und Geburt: finanzielle Hilfen, Elterngeld, Mutterschutz und rechtliche " +
      "Fragen. Im Schwangerschaftskonflikt berät die Stelle ergebnisoffen nach dem Schwangerschaftskonfliktgesetz " +
      "und stellt die Beratungsbescheinigung aus. Auf Wunsch bleiben Sie anonym.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Schwangere, werdende Väter und Angehörige; Familien bis zum dritten Geburtstag des Kindes.",
    appointmentRequired: true,
    lastVerifiedAt: RESEARCHED,
    anonymousPossible: true,
    channels: ["IN_PERSON"],
    handlungsfelder: ["4"],
    lebensphasen: ["schwangerschaft_geburt"],
    angebotsarten: ["schwangerschaftsberatung"],
    locations: [beratungszentrum()],
    planning: { legalBasis: "SchKG §§ 2, 5–7" },
    isDemo: false,
  },
  // Sources: eisenach.de …/soziale-anlaufstellen-in-der-oststadt-und-in-eisenach-nord;
  // eisenach.de …/thinka-als-soziale-anlaufstelle-ist-auch-bald-mobil-unterwegs;
  // thueringer-allgemeine.de …/rundgang-durch-die-eisenacher-oststadt-id238165725.html (full name).
  {
    id: "d95a6315-c2fa-4ae6-b25b-02ca779a0c33",
    organizationId: ORG.zlg,
    name: "ThINKA Stadtteilzentrum Eisenach-Ost – Sozialberatung und Café",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.oststadt],
    alternateName: "Thüringer Initiative für Integration, Nachhaltigkeit, Kooperation und Aktivierung",
    description:
      "Soziale Anlaufstelle in der Oststadt mit Café und Sozialberatung: Hilfe bei Fragen zu Bürgergeld, Rente, " +
      "Kinderzuschlag, der Suche nach einem Pflegeplatz und bei Privatinsolvenz. Mit dem Beratungsmobil ist ThINKA " +
      "auch in anderen Stadtteilen unterwegs.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Alle Menschen aus Eisenach, besonders aus der Oststadt.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON", "OUTREACH"],
    handlungsfelder: ["4", "6"],
    lebensphasen: ["erwachsene_besondere_lagen", "alle_generationen"],
    angebotsarten: ["sozialberatung", "begegnung"],
    locations: [
      {
        id: "2a9bb2d4-cf27-419e-b64f-f5cfe2f2038c",
        name: "ThINKA Eisenach",
        ...address("Altstadtstraße 59-61"),
        ...nearStreet(AREA.oststadt, "Altstadtstraße", 0.0004, 0.0016),
        planningAreaCode: AREA.oststadt,
      },
    ],
    isDemo: false,
  },
  // Sources: diakonie-gotha.de …/archiv_2022_23_jugendhilfebuero_eisenach_in_neuen_raeumen_de.html;
  // diakonie-gotha.de …/aktuelles_30_jahre_jugendhilfebuero_in_eisenach_ein_grund_zum_feiern_de.html
  {
    id: "6ad8be64-d7e8-4dc9-b7b0-ff5167f630cf",
    organizationId: ORG.diakoniewerkGotha,
    name: "Jugendhilfebüro Eisenach – Flexible Ambulante Erziehungshilfen",
    description:
      "Das Jugendhilfebüro des Diakoniewerks Gotha unterstützt seit 1994 Familien, Kinder und Jugendliche mit " +
      "ambulanten Hilfen zur Erziehung, die im Alltag der Familie ansetzen. Die Hilfen werden über das Jugendamt " +
      "vereinbart und finanziert. Das Büro ist aus der Georgenstraße in die Grimmelgasse umgezogen.",
    feesDescription: "Für Familien kostenlos; die Kosten trägt das Jugendamt.",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Familien mit Kindern und Jugendlichen, für die das Jugendamt eine Hilfe zur Erziehung bewilligt.",
    applicationProcess: "Die Hilfe wird beim zuständigen Jugendamt beantragt und im Hilfeplanverfahren vereinbart.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON", "OUTREACH"],
    homeVisits: true,
    handlungsfelder: ["4"],
    lebensphasen: ["kinder", "jugend"],
    angebotsarten: ["hilfen_zur_erziehung"],
    locations: [
      {
        id: "6b5e47b4-675c-4d79-9496-a509c7dc4ece",
        name: "Jugendhilfebüro Eisenach",
        ...address("Grimmelgasse 2"),
        ...nearCentre(AREA.innenstadt, -0.0004, 0.0006),
        planningAreaCode: AREA.innenstadt,
      },
    ],
    planning: { legalBasis: "SGB VIII §§ 27 ff." },
    isDemo: false,
  },
  // Source: eisenach.de …/obrbuergermeisterin-besucht-fachdienst-flexible-ambulante-erziehungshilfen-schulsozialarbeit-in-eisenach
  {
    id: "f3baaf1c-71ea-403b-8a71-6e165b98aed9",
    organizationId: ORG.caritas,
    name: "Fachdienst Flexible Ambulante Erziehungshilfen und Schulsozialarbeit",
    description:
      "Der Fachdienst der Caritas begleitet jedes Jahr rund 30 Familien mit flexiblen ambulanten Erziehungshilfen. " +
      "Schulsozialarbeiterinnen und Schulsozialarbeiter der Caritas arbeiten an der Mosewaldschule und an der " +
      "Pestalozzischule; sie sind Ansprechpersonen für Schülerinnen und Schüler, Eltern und Lehrkräfte.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription:
      "Familien mit Hilfebedarf (über das Jugendamt); Schülerinnen, Schüler und Eltern der Mosewaldschule und der Pestalozzischule.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON", "OUTREACH"],
    handlungsfelder: ["4"],
    lebensphasen: ["kinder", "jugend"],
    angebotsarten: ["hilfen_zur_erziehung", "jugendarbeit"],
    locations: [
      {
        id: "6068db65-094d-422f-b80b-6dd2a94cf37c",
        name: "Caritas, Sophienstraße",
        ...address("Sophienstraße"),
        ...nearCentre(AREA.innenstadt, 0.0016, 0.0028),
        planningAreaCode: AREA.innenstadt,
      },
    ],
    planning: { legalBasis: "SGB VIII §§ 13a, 27 ff." },
    isDemo: false,
  },
  // Sources: eisenach.de …/eue-jugendberufsagentur-in-eisenach-gegruendet;
  // tlz.de …/bessere-hilfe-fuer-den-start-in-das-berufsleben-id226790041.html. Address not found.
  {
    id: "82ab6f5d-0abf-4341-b3e4-ebfbc174708b",
    organizationId: ORG.jugendberufsagentur,
    name: "Jugendberufsagentur Eisenach",
    description:
      "In der Jugendberufsagentur arbeiten Stadt Eisenach, Jobcenter, Agentur für Arbeit und das Staatliche " +
      "Schulamt Westthüringen zusammen, damit junge Menschen den Weg von der Schule in Ausbildung und Beruf finden. " +
      "Besonders unterstützt werden junge Menschen, die es dabei schwer haben.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Jugendliche und junge Erwachsene unter 25 Jahren aus Eisenach.",
    applicationProcess:
      "Ansprechpersonen erreichen Sie über die Berufsberatung der Agentur für Arbeit, das Jobcenter oder die Schulsozialarbeit.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["4", "2"],
    lebensphasen: ["jugend"],
    angebotsarten: ["jugendberufshilfe"],
    locations: [{ id: "2c7e7f58-279a-4925-8df5-c73277651f5c", name: "Jugendberufsagentur Eisenach", ...address(null) }],
    planning: { legalBasis: "SGB II, SGB III, SGB VIII" },
    measureIds: [MEASURE.jugendbuero],
    isDemo: false,
  },
  // Sources: thueringer-allgemeine.de …/derzeit-ist-nur-ein-zimmer-frei-im-frauenhaus-id228460765.html;
  // tlz.de …/frauenhaus-bot-30-frauen-mit-36-kindern-zuflucht-id227747903.html;
  // nag-thueringen.de …/eisenacher-frauenhaus-sanierung-bringt-sicherheit-fuer-betroffene/
  // The real address is confidential and NOT in this repository: the stored location is a
  // placeholder (street text says so, coordinates are the centre of an arbitrary area) so that
  // the HIDDEN handling can be tested and the offer counts for planning.
  {
    id: "7d2b7a36-5553-43a4-81a4-ab12453d9ac2",
    organizationId: ORG.frauenHelfenFrauen,
    name: "Frauenhaus Eisenach",
    protectionOffer: true,
    description:
      "Das Frauenhaus bietet Frauen, die von häuslicher Gewalt betroffen sind, und ihren Kindern Schutz, eine " +
      "sichere Unterkunft und Beratung. Die Adresse ist zum Schutz der Bewohnerinnen geheim; der erste Kontakt " +
      "läuft über das Telefon. Rund um die Uhr hilft das bundesweite Hilfetelefon „Gewalt gegen Frauen“, das auch " +
      "an Frauenhäuser vermittelt. Bei akuter Gefahr rufen Sie die Polizei unter 110.",
    feesDescription: "Beratung kostenlos; zu den Kosten der Unterkunft berät das Frauenhaus.",
    languages: ["de"],
    eligibilityDescription: "Frauen, die von Gewalt betroffen oder bedroht sind, und ihre Kinder.",
    applicationProcess: "Erstkontakt telefonisch. Die Aufnahme wird am Telefon besprochen.",
    lastVerifiedAt: RESEARCHED,
    addressVisibility: "HIDDEN",
    serviceAreaScope: "CITY",
    anonymousPossible: true,
    channels: ["PHONE"],
    handlungsfelder: ["4"],
    lebensphasen: ["erwachsene_besondere_lagen"],
    angebotsarten: ["schutz_gewalt"],
    phones: [
      { number: "116 016", description: "Hilfetelefon „Gewalt gegen Frauen“: bundesweit, rund um die Uhr, kostenlos; vermittelt an Frauenhäuser" },
      { number: "110", description: "Polizei-Notruf bei akuter Gefahr" },
    ],
    locations: [
      {
        id: "b4fb51e6-71ad-4ca7-842c-8baaeb6c0917",
        name: "Frauenhaus Eisenach (vertrauliche Anschrift)",
        ...address("Vertrauliche Anschrift (Platzhalter, nicht die echte Adresse)"),
        ...nearCentre(AREA.weststadt, 0, 0),
        planningAreaCode: AREA.weststadt,
        accessibilityNote: "Nur für die Planung hinterlegt; wird Bürgerinnen und Bürgern nie angezeigt.",
      },
    ],
    isDemo: false,
  },
  // Sources: caritas-bistum-erfurt.de/aktiv-werden/spenden-eisenach;
  // thueringer-allgemeine.de …/eisenacher-tafel-versorgt-notfaelle-weiter-id228775097.html. Address not found.
  {
    id: "dd6afd7d-a061-4fd6-87ca-b9d297319bb9",
    organizationId: ORG.caritas,
    name: "Eisenacher Tafel",
    description:
      "Die Eisenacher Tafel der Caritas gibt gespendete Lebensmittel an Menschen mit wenig Geld weiter. Jede Woche " +
      "werden rund 260 Haushalte mit etwa 1.000 Menschen versorgt.",
    languages: ["de"],
    eligibilityDescription:
      "Menschen mit geringem Einkommen. Ausgabezeiten und nötige Nachweise erfragen Sie bitte bei der Caritas.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["4"],
    lebensphasen: ["erwachsene_besondere_lagen", "alle_generationen"],
    angebotsarten: ["lebensmittelhilfe"],
    locations: [{ id: "e8cef6ad-4596-4c18-848b-81855beee469", name: "Eisenacher Tafel", ...address(null) }],
    isDemo: false,
  },
  // Sources: eisenachonline.de/veranstaltungen/75-jahre-altenpflege-70414;
  // eisenachonline.de …/seniorenwoche-in-eisenach-vom-1-bis-8-september-…-92630
  {
    id: "f27867f9-4b86-46c0-a341-25aee4b6e1d3",
    organizationId: ORG.caritasStElisabeth,
    name: "Caritas-Altenzentrum Elisabethenruhe – Pflegeheim und Tagespflege",
    description:
      "Stationäre Pflege und Tagespflege im Mariental. In der Tagespflege verbringen pflegebedürftige Menschen den " +
      "Tag in der Einrichtung und kehren abends nach Hause zurück; das entlastet pflegende Angehörige.",
    feesDescription: "Kosten nach Pflegegrad; die Pflegekasse übernimmt einen Teil.",
    free: false,
    languages: ["de"],
    eligibilityDescription: "Pflegebedürftige Menschen mit Pflegegrad und ihre Angehörigen.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["4"],
    lebensphasen: ["senioren", "pflege"],
    angebotsarten: ["pflege"],
    locations: [
      {
        id: "7a17cdd8-6ad4-4b6c-b882-c56cf9c67b01",
        name: "Altenzentrum Elisabethenruhe",
        ...address("Mariental 21/23"),
        ...nearStreet(AREA.suedstadt, "Mariental", -0.0008, -0.0012),
        planningAreaCode: AREA.suedstadt,
      },
    ],
    planning: {
      places: 96,
      legalBasis: "SGB XI §§ 41, 43",
      intakeCriteria: "80 stationäre Plätze und 16 Tagespflegeplätze (Stand 2015, Quelle eisenachonline.de)",
    },
    isDemo: false,
  },
  // Source: tlz.de …/volkssolidaritaet-bezieht-bueros-im-eisenacher-stadtzentrum-id231094006.html
  {
    id: "c39e38d6-5d08-4f6d-9b67-34d52670bd8c",
    organizationId: ORG.volkssolidaritaet,
    name: "Ambulanter Pflegedienst und Essen auf Rädern der Volkssolidarität",
    description:
      "Der ambulante Pflegedienst der Volkssolidarität pflegt und versorgt Menschen in ihrer Wohnung. Mit „Essen " +
      "auf Rädern“ kommt eine warme Mahlzeit ins Haus. Die Büros sind seit Dezember 2020 in der Wartburgallee 48.",
    feesDescription: "Pflegeleistungen nach Pflegegrad über die Pflegekasse; Essen auf Rädern ist kostenpflichtig.",
    free: false,
    languages: ["de"],
    eligibilityDescription: "Pflegebedürftige und ältere Menschen in Eisenach.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON", "OUTREACH"],
    homeVisits: true,
    handlungsfelder: ["4"],
    lebensphasen: ["senioren", "pflege"],
    angebotsarten: ["pflege"],
    locations: [
      {
        id: "3fdd81ce-579d-4d05-9e64-d3b9d1d8a998",
        name: "Volkssolidarität, Büro Wartburgallee",
        ...address("Wartburgallee 48"),
        ...nearStreet(AREA.innenstadt, "Wartburgallee", -0.0006, -0.0009),
        planningAreaCode: AREA.innenstadt,
      },
    ],
    planning: { legalBasis: "SGB XI § 36" },
    isDemo: false,
  },
  // Source: tlz.de …/verbraucherzentrale-macht-in-eisenach-beratung-auf-raedern-id233026889.html
  {
    id: "ae223596-7256-448e-8f6b-22bd7e109085",
    organizationId: ORG.verbraucherzentrale,
    name: "Verbraucherberatung der Verbraucherzentrale (Beratungsmobil)",
    description:
      "Die Verbraucherzentrale Thüringen berät in Eisenach zu Verträgen, Energie, Versicherungen und Reklamationen. " +
      "Das Beratungsmobil bzw. die Sprechstunde im Bürgerbüro am Markt war 2021 zweimal im Monat vor Ort; die " +
      "aktuellen Termine nennt die Verbraucherzentrale.",
    feesDescription: "Je nach Thema kostenlos oder gegen ein geringes Entgelt.",
    languages: ["de"],
    eligibilityDescription: "Alle Verbraucherinnen und Verbraucher.",
    lastVerifiedAt: RESEARCHED,
    channels: ["IN_PERSON"],
    handlungsfelder: ["4"],
    lebensphasen: ["erwachsene_besondere_lagen", "alle_generationen"],
    angebotsarten: ["verbraucherberatung"],
    url: "https://www.vzth.de",
    locations: [
      {
        id: "eabfe102-7c43-4c1f-b69c-82158aeb1f77",
        name: "Bürgerbüro am Markt",
        ...address("Markt 22"),
        ...nearStreet(AREA.innenstadt, "Markt", 0.0003, -0.0004),
        planningAreaCode: AREA.innenstadt,
        stepFree: true,
      },
    ],
    isDemo: false,
  },

  // ---------------------------------------------------------------- demo offers
  // Unverified in the facts file (source from 2017, status unknown): kept as a demo entry.
  {
    id: "007ddd8a-1205-483c-9e0a-35891aae9517",
    organizationId: ORG.awo,
    name: "Schuldner- und Verbraucherinsolvenzberatung der AWO",
    description:
      "Die Schuldnerberatung hilft, wenn Rechnungen, Mahnungen und Kredite über den Kopf wachsen: Wir verschaffen " +
      "mit Ihnen einen Überblick, verhandeln mit Gläubigern, sichern das Existenzminimum (P-Konto) und begleiten Sie " +
      "auf Wunsch in die Verbraucherinsolvenz.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de", "ru"],
    eligibilityDescription: "Überschuldete Menschen und Familien aus Eisenach.",
    applicationProcess: "Terminvereinbarung telefonisch; bei drohender Kontopfändung bitte sofort melden.",
    requiredDocuments: ["Personalausweis", "Einkommensnachweise", "Mahnungen und Gläubigerschreiben", "Kontoauszüge der letzten drei Monate"],
    appointmentRequired: true,
    lastVerifiedAt: "2026-03-12",
    channels: ["IN_PERSON", "PHONE"],
    handlungsfelder: ["4"],
    lebensphasen: ["erwachsene_besondere_lagen"],
    angebotsarten: ["schuldnerberatung"],
    phones: [{ number: "03691 990240" }],
    locations: [
      {
        id: "ebb762f0-0e66-4cf5-bf8b-7a97c6970a94",
        name: "AWO Beratungsstelle",
        ...address("Clemensstraße 14"),
        ...nearCentre(AREA.weststadt, -0.0012, 0.0024),
        planningAreaCode: AREA.weststadt,
        stepFree: false,
        accessibilityNote: "Beratungsraum im 1. Obergeschoss, kein Aufzug. Beratung im Erdgeschoss nach Absprache.",
        schedules: [...hours(["MO", "TH"], "09:00", "12:00"), ...hours("TU", "13:00", "17:00", "offene Sprechstunde")],
      },
    ],
    planning: { staffFte: 1.5, waitingTimeWeeks: 6, acceptingNewClients: true, legalBasis: "SGB II § 16a, SGB XII § 11, InsO § 305" },
    isDemo: true,
  },
  // Unverified in the facts file (source from 2012, address not confirmed): kept as a demo entry.
  {
    id: "07153f34-1ff8-4e87-95f7-4801a7e09b23",
    organizationId: ORG.diako,
    name: "Suchtberatungsstelle „Kompass“",
    description:
      "Hilfe bei Sucht: Die Suchtberatung berät bei Problemen mit Alkohol, Medikamenten, Drogen, Glücksspiel " +
      "(Spielsucht) und exzessiver Mediennutzung. Betroffene und Angehörige bekommen Beratung, Vermittlung in " +
      "Entgiftung, Therapie und Selbsthilfegruppen und Begleitung nach einer Behandlung.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Jugendliche und Erwachsene mit Suchtproblemen und ihre Angehörigen.",
    applicationProcess: "Offene Sprechstunde am Dienstag ohne Termin, sonst nach telefonischer Vereinbarung.",
    lastVerifiedAt: "2025-11-03",
    anonymousPossible: true,
    channels: ["IN_PERSON", "PHONE"],
    handlungsfelder: ["4"],
    lebensphasen: ["erwachsene_besondere_lagen", "jugend"],
    angebotsarten: ["suchtberatung"],
    phones: [{ number: "03691 990250" }],
    locations: [
      {
        id: "139770a3-52d3-4b19-9358-a109bd311771",
        name: "Frauenzentrum, Wartburgallee",
        ...address("Wartburgallee"),
        ...nearStreet(AREA.innenstadt, "Wartburgallee", -0.0003, 0.0004),
        planningAreaCode: AREA.innenstadt,
        schedules: [
          ...hours(["MO", "TH"], "09:00", "12:00"),
          ...hours("TU", "14:00", "18:00", "offene Sprechstunde ohne Termin"),
          ...hours("TH", "13:00", "16:00"),
        ],
      },
    ],
    planning: { staffFte: 3, waitingTimeWeeks: 2, acceptingNewClients: true },
    isDemo: true,
  },
  // The plan's Pflegestützpunkt has not demonstrably opened (measure is DELAYED); demo entry.
  {
    id: "e3b2f91f-6699-40f7-bb09-3d2e91596962",
    organizationId: ORG.pflegestuetzpunktVerbund,
    name: "Pflegestützpunkt Eisenach",
    description:
      "Neutrale Pflegeberatung an einem Ort: Der Pflegestützpunkt informiert über Pflegegrade, Leistungen der " +
      "Pflegekasse, ambulante Dienste, Tagespflege und Heimplätze und hilft bei Anträgen. Auf Wunsch kommen die " +
      "Beraterinnen zu Ihnen nach Hause.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de", "ru"],
    eligibilityDescription: "Pflegebedürftige, Menschen mit drohender Pflegebedürftigkeit und ihre Angehörigen.",
    applicationProcess: "Termin telefonisch oder in der offenen Sprechstunde.",
    lastVerifiedAt: "2026-09-30",
    channels: ["IN_PERSON", "PHONE", "OUTREACH"],
    homeVisits: true,
    handlungsfelder: ["4"],
    lebensphasen: ["pflege", "senioren"],
    angebotsarten: ["pflegeberatung"],
    phones: [{ number: "03691 990180" }],
    email: "beratung@pflegestuetzpunkt-eisenach.example",
    locations: [
      {
        id: "f539d966-fb1a-400d-a763-c635f24d83f8",
        name: "Pflegestützpunkt",
        ...address("Bahnhofstraße 18"),
        ...nearStreet(AREA.innenstadt, "Bahnhofstraße", -0.0003, -0.0011),
        planningAreaCode: AREA.innenstadt,
        stepFree: true,
        accessibleToilet: true,
        hearingLoop: true,
        schedules: [...hours(MO_TH, "09:00", "12:00"), ...hours("TH", "14:00", "18:00")],
      },
    ],
    planning: {
      staffFte: 2,
      waitingTimeWeeks: 1,
      acceptingNewClients: true,
      legalBasis: "SGB XI §§ 7a, 7c",
      lszFundingArea: "Handlungsfeld 4",
      lszFundingStage: 3,
    },
    measureIds: [MEASURE.pflegestuetzpunkt],
    isDemo: true,
  },
  {
    id: "a59afbf3-b716-4cef-8ca6-affd081fda21",
    organizationId: ORG.beratungsdienste,
    name: "Schuldnerberatung Eisenach-Nord",
    description:
      "Schuldnerberatung im Stadtteil: Wir helfen beim Sortieren von Rechnungen, erstellen einen Haushaltsplan, " +
      "beantragen eine P-Konto-Bescheinigung und verhandeln mit Gläubigern. Die Beratung ist vertraulich.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de", "ar"],
    eligibilityDescription: "Menschen mit Schulden aus Eisenach, besonders aus Eisenach-Nord.",
    requiredDocuments: ["Personalausweis", "Einkommensnachweise", "Mahnungen und Gläubigerschreiben"],
    appointmentRequired: true,
    lastVerifiedAt: "2026-05-19",
    channels: ["IN_PERSON", "PHONE"],
    handlungsfelder: ["4"],
    lebensphasen: ["erwachsene_besondere_lagen"],
    angebotsarten: ["schuldnerberatung"],
    phones: [{ number: "03691 990191" }],
    contacts: [{ title: "Schuldnerberaterin", email: "schuldnerberatung@beratungsdienste-westthueringen.example" }],
    locations: [
      {
        id: "9e6ea2e7-93fd-4890-a2ca-23b586815946",
        name: "Beratungsbüro Nord",
        ...address("Ernst-Thälmann-Straße 62"),
        ...nearCentre(AREA.nord, -0.0021, 0.0035),
        planningAreaCode: AREA.nord,
        stepFree: true,
        schedules: [...hours(["TU", "TH"], "09:00", "15:00")],
      },
    ],
    planning: { staffFte: 1, waitingTimeWeeks: 8, acceptingNewClients: false, legalBasis: "SGB II § 16a" },
    isDemo: true,
  },
  {
    id: "4ccdc347-7fc8-4f1b-9825-b7f282b63df1",
    organizationId: ORG.interkulturell,
    name: "Migrationsberatung für Erwachsene",
    description:
      "Beratung für Zugewanderte ab 27 Jahren: Aufenthalt, Sprachkurse, Anerkennung von Abschlüssen, Arbeit, " +
      "Wohnung und Behördenbriefe. Wir helfen beim Ausfüllen von Anträgen und vermitteln Dolmetscherinnen.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de", "ar", "ru", "uk", "tr", "en"],
    eligibilityDescription: "Zugewanderte ab 27 Jahren und ihre Familien.",
    requiredDocuments: ["Aufenthaltsdokument", "Schreiben der Behörde, um das es geht"],
    lastVerifiedAt: "2026-02-24",
    channels: ["IN_PERSON", "PHONE"],
    interpreterAvailable: true,
    handlungsfelder: ["4"],
    lebensphasen: ["erwachsene_besondere_lagen", "alle_generationen"],
    angebotsarten: ["migrationsberatung"],
    phones: [{ number: "03691 990170" }],
    locations: [interkulturellesZentrum(hours(["MO", "WE"], "09:00", "13:00"))],
    planning: { staffFte: 1.5, waitingTimeWeeks: 3, acceptingNewClients: true },
    isDemo: true,
  },
  {
    id: "e9937f8e-9b69-453c-bcdb-d23c487c8574",
    organizationId: ORG.jugendhilfeWartburgland,
    name: "Jugendbüro Eisenach",
    description:
      "Anlaufstelle für junge Menschen von 14 bis 27 Jahren: Beratung bei Stress in Schule, Ausbildung und Familie, " +
      "Hilfe bei Bewerbungen und Anträgen, Begleitung zu Ämtern. Das Jugendbüro ist barrierefrei und arbeitet eng mit " +
      "der Jugendberufsagentur zusammen.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de", "en"],
    eligibilityDescription: "Jugendliche und junge Erwachsene von 14 bis 27 Jahren.",
    applicationProcess: "Einfach vorbeikommen; für längere Gespräche gern einen Termin per Telefon oder Chat vereinbaren.",
    lastVerifiedAt: "2026-10-08",
    channels: ["IN_PERSON", "PHONE", "ONLINE"],
    handlungsfelder: ["4"],
    lebensphasen: ["jugend"],
    angebotsarten: ["jugendberufshilfe", "sozialberatung"],
    phones: [{ number: "03691 990200" }],
    url: "https://jugendbuero-eisenach.example",
    locations: [jugendbueroLocation(hours(["MO", "TU", "TH"], "12:00", "18:00"))],
    planning: { staffFte: 2, acceptingNewClients: true, legalBasis: "SGB VIII §§ 11, 13", lszFundingStage: 3 },
    measureIds: [MEASURE.jugendbuero],
    isDemo: true,
  },
  {
    id: "e3b329e1-ffc4-44be-b103-b6c4713eca4d",
    organizationId: ORG.beratungsdienste,
    name: "Sozialberatung im Stadtteilbüro West",
    // A neighbourhood offer: planners count it in its own Planungsraum, not city-wide.
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [AREA.weststadt],
    description:
      "Allgemeine Sozialberatung: Wir erklären Bescheide, helfen bei Anträgen auf Wohngeld, Bürgergeld, " +
      "Kinderzuschlag und Grundsicherung und vermitteln an Fachstellen weiter.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de", "ru"],
    eligibilityDescription: "Alle Menschen aus Eisenach mit Fragen zu Sozialleistungen.",
    lastVerifiedAt: "2025-12-01",
    channels: ["IN_PERSON"],
    handlungsfelder: ["4"],
    lebensphasen: ["erwachsene_besondere_lagen", "senioren"],
    angebotsarten: ["sozialberatung"],
    phones: [{ number: "03691 990190" }],
    locations: [stadtteilbueroWest(hours(["MO", "WE"], "09:00", "12:00"))],
    isDemo: true,
  },
  {
    id: "9ed7eadd-7226-40a1-842c-1f5a686db927",
    organizationId: ORG.beratungsdienste,
    name: "Fachstelle Glücksspielsucht – Beratung bei Spielsucht",
    description:
      "Hilfe bei Sucht nach Glücksspiel: Sportwetten, Spielautomaten, Online-Casinos und Games. Wir beraten " +
      "Betroffene und Angehörige, helfen bei Spielersperren und Schulden und vermitteln in Therapie und Selbsthilfe.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de", "tr"],
    eligibilityDescription: "Menschen mit problematischem Spielverhalten ab 16 Jahren und ihre Angehörigen.",
    lastVerifiedAt: "2026-06-17",
    anonymousPossible: true,
    channels: ["IN_PERSON", "PHONE", "ONLINE"],
    handlungsfelder: ["4"],
    lebensphasen: ["jugend", "erwachsene_besondere_lagen"],
    angebotsarten: ["suchtberatung"],
    phones: [{ number: "03691 990192" }],
    locations: [stadtteilbueroWest(hours("TU", "14:00", "19:00"))],
    planning: { staffFte: 0.75, waitingTimeWeeks: 1, acceptingNewClients: true },
    isDemo: true,
  },
  {
    id: "bcaac348-9cc4-432f-8930-7461457e5f82",
    organizationId: ORG.betreuungsverein,
    name: "Beratung zu Vorsorgevollmacht und Betreuungsverfügung",
    description:
      "Der Betreuungsverein informiert über Vorsorgevollmacht, Betreuungsverfügung und Patientenverfügung und " +
      "berät ehrenamtliche Betreuerinnen und Betreuer. Vorträge für Gruppen und Vereine auf Anfrage.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Alle Interessierten, Angehörige und ehrenamtliche Betreuerinnen und Betreuer.",
    appointmentRequired: true,
    byArrangement: true,
    lastVerifiedAt: "2025-09-15",
    channels: ["IN_PERSON", "PHONE"],
    handlungsfelder: ["4"],
    lebensphasen: ["senioren", "pflege", "erwachsene_besondere_lagen"],
    angebotsarten: ["sozialberatung", "seniorenarbeit"],
    phones: [{ number: "03691 990230" }],
    locations: [
      {
        id: "5474c0f2-2ccd-4404-9325-42bdbd6c35e9",
        name: "Betreuungsverein",
        ...address("Marienstraße 3"),
        ...nearStreet(AREA.suedstadt, "Marienstraße", -0.0004, -0.0006),
        planningAreaCode: AREA.suedstadt,
        stepFree: false,
      },
    ],
    planning: { staffFte: 1, acceptingNewClients: true, legalBasis: "BtOG § 15" },
    isDemo: true,
  },
];
