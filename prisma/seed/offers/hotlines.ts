// Offers without an address (addressVisibility NONE): nationwide helplines and online counselling.
// The helplines are real and not in eisenach-facts.json; each number and its hours were checked
// against the public pages named above the entry (stored copies, checked 2026-11-27). Where the
// sources disagree on hours, the most recent one is used; where none names them, none are given.
import { ORG } from "./organizations";
import { DAILY, hours, HOTLINES_CHECKED, MO_TH, ROUND_THE_CLOCK, type SeedOffer } from "./helpers";

const NATIONWIDE = { addressVisibility: "NONE", serviceAreaScope: "REGION", serviceAreaNote: "bundesweit erreichbar" } as const;

export const hotlineOffers: SeedOffer[] = [
  // Sources: domradio.de/glossar/telefonseelsorge-0; domradio.de/artikel/telefonseelsorge-jetzt-unter-oekumenischem-dachverband;
  // spektrum.de/news/telefonseelsorge-erste-hilfe-fuer-die-seele/2055834 (2022).
  {
    id: "3ea77cfe-157d-4868-8398-799d2e1e6862",
    organizationId: ORG.telefonseelsorge,
    name: "TelefonSeelsorge",
    description:
      "Rund um die Uhr ein offenes Ohr: Geschulte Ehrenamtliche sprechen mit Ihnen über alles, was Sie belastet – " +
      "Einsamkeit, Streit, Krankheit, Trauer, Sucht oder Gedanken, nicht mehr leben zu wollen. Der Anruf ist " +
      "kostenlos und anonym und erscheint nicht auf der Telefonrechnung. Auch per Chat und E-Mail erreichbar.",
    url: "https://www.telefonseelsorge.de",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Alle Menschen, unabhängig von Alter, Religion und Herkunft.",
    lastVerifiedAt: HOTLINES_CHECKED,
    ...NATIONWIDE,
    anonymousPossible: true,
    channels: ["PHONE", "ONLINE"],
    handlungsfelder: ["4"],
    lebensphasen: ["erwachsene_besondere_lagen", "alle_generationen"],
    angebotsarten: ["krisenhilfe"],
    phones: [{ number: "0800 111 0 111" }, { number: "0800 111 0 222" }],
    schedules: ROUND_THE_CLOCK,
    isDemo: false,
  },
  // Sources: telekom.com …/kinder-und-jugendtelefon-neu-unter-europaweit-einheitlicher-rufnummer-116111-erreichbar-341738;
  // himmelunderdeonline.de/hue/116-111-die-nummer-gegen-kummer-.php (2023); ndr.de (2021).
  {
    id: "826ff438-5ee5-4a39-89d2-f6b1bd2e1ad5",
    organizationId: ORG.nummerGegenKummer,
    name: "Nummer gegen Kummer – Kinder- und Jugendtelefon",
    description:
      "Kinder und Jugendliche können hier über alles sprechen, was sie bedrückt: Stress mit Eltern oder in der " +
      "Schule, Liebeskummer, Mobbing, Gewalt oder Angst. Am Telefon sind geschulte Beraterinnen und Berater. Der " +
      "Anruf ist kostenlos und anonym, auch vom Handy.",
    url: "https://www.nummergegenkummer.de",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Kinder und Jugendliche.",
    lastVerifiedAt: HOTLINES_CHECKED,
    ...NATIONWIDE,
    anonymousPossible: true,
    channels: ["PHONE", "ONLINE"],
    handlungsfelder: ["4"],
    lebensphasen: ["kinder", "jugend"],
    angebotsarten: ["krisenhilfe", "kinderschutz"],
    phones: [{ number: "116 111" }],
    schedules: hours(["MO", "TU", "WE", "TH", "FR", "SA"], "14:00", "20:00"),
    isDemo: false,
  },
  // Sources: nostalgieimkinderzimmer.de/unser-tagebuch/nummer-gegen-kummer (number);
  // himmelunderdeonline.de/hue/116-111-die-nummer-gegen-kummer-.php (2023, Elterntelefon in operation).
  {
    id: "2d3b35d4-afa2-41fb-8fac-04eaf2c892cf",
    organizationId: ORG.nummerGegenKummer,
    name: "Nummer gegen Kummer – Elterntelefon",
    description:
      "Für Mütter, Väter und andere Erziehende, die sich Sorgen um ihr Kind machen, überfordert sind oder einfach " +
      "jemanden zum Reden brauchen. Die Beraterinnen und Berater hören zu und zeigen Hilfen vor Ort auf. Kostenlos " +
      "und anonym.",
    url: "https://www.nummergegenkummer.de",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Eltern, Großeltern und andere Erziehende.",
    lastVerifiedAt: HOTLINES_CHECKED,
    ...NATIONWIDE,
    serviceAreaNote: "bundesweit erreichbar; die aktuellen Sprechzeiten stehen auf nummergegenkummer.de",
    anonymousPossible: true,
    channels: ["PHONE"],
    handlungsfelder: ["4"],
    lebensphasen: ["kleinkind_0_3", "kinder", "jugend"],
    angebotsarten: ["erziehungsberatung", "krisenhilfe"],
    phones: [{ number: "0800 111 0 550" }],
    isDemo: false,
  },
  // Sources: hilfetelefon.de/das-hilfetelefon/angebot-im-ueberblick.html;
  // der-paritaetische.de …/bundesweites-hilfetelefon-gewalt-gegen-frauen-wird-zehn-und-bekommt-vereinfachte-rufnummer/ (2023).
  {
    id: "2b1855d8-fb7d-48fe-afba-785491885534",
    organizationId: ORG.bafza,
    name: "Hilfetelefon „Gewalt gegen Frauen“",
    protectionOffer: true,
    description:
      "Beratung für Frauen, die Gewalt erleben oder erlebt haben – in der Partnerschaft, durch Stalking, sexuelle " +
      "Gewalt, Zwangsheirat oder Menschenhandel. Auch Angehörige, Freundinnen und Fachkräfte können anrufen. Die " +
      "Beraterinnen vermitteln an Beratungsstellen und Frauenhäuser vor Ort. Rund um die Uhr, kostenlos, anonym, in " +
      "18 Fremdsprachen und in Gebärdensprache.",
    url: "https://www.hilfetelefon.de",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de", "en", "pl", "ru", "uk"],
    eligibilityDescription: "Von Gewalt betroffene Frauen, ihr Umfeld und Fachkräfte.",
    lastVerifiedAt: HOTLINES_CHECKED,
    ...NATIONWIDE,
    anonymousPossible: true,
    channels: ["PHONE", "ONLINE"],
    interpreterAvailable: true,
    handlungsfelder: ["4"],
    lebensphasen: ["erwachsene_besondere_lagen"],
    angebotsarten: ["schutz_gewalt", "krisenhilfe"],
    phones: [{ number: "116 016" }],
    schedules: ROUND_THE_CLOCK,
    isDemo: false,
  },
  // Sources: hilfetelefon-schwangere.de/en; jungewelt.de/artikel/474190.brd-zehn-jahre-vertrauliche-geburt.html (2024);
  // hebammen-bw.de/vertraulich-und-anonym/.
  {
    id: "0a557bf9-8139-4161-904d-6b8d8711d892",
    organizationId: ORG.bafza,
    name: "Hilfetelefon „Schwangere in Not – anonym und sicher“",
    description:
      "Vertrauliche und anonyme Erstberatung für Schwangere in einer Notlage, rund um die Uhr und in 19 Sprachen. " +
      "Die Beraterinnen vermitteln auf Wunsch an eine Schwangerschaftsberatungsstelle vor Ort und informieren über " +
      "die vertrauliche Geburt. Auch per Chat und E-Mail.",
    url: "https://www.hilfetelefon-schwangere.de",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Schwangere, ihr Umfeld und Fachkräfte.",
    lastVerifiedAt: HOTLINES_CHECKED,
    ...NATIONWIDE,
    anonymousPossible: true,
    channels: ["PHONE", "ONLINE"],
    interpreterAvailable: true,
    handlungsfelder: ["4"],
    lebensphasen: ["schwangerschaft_geburt"],
    angebotsarten: ["schwangerschaftsberatung", "krisenhilfe"],
    phones: [{ number: "0800 40 40 020" }],
    schedules: ROUND_THE_CLOCK,
    isDemo: false,
  },
  // Sources: bmfsfj.de/bmfsfj/themen/aeltere-menschen/hilfe-und-pflege/zehn-jahre-pflegetelefon (Mo–Do 9–16 Uhr);
  // bzkj.de …/pflegetelefon-und-informationsportal-wege-zur-pflege--77454.
  {
    id: "0f10b051-c9df-4001-985a-c71bb8506a6c",
    organizationId: ORG.bmfsfj,
    name: "Pflegetelefon des Bundesfamilienministeriums",
    description:
      "Erste Anlaufstelle für pflegende Angehörige: Wie wird Pflege organisiert, welche Dienste gibt es, was kostet " +
      "das, wie funktionieren Pflegezeit und Familienpflegezeit? Auch in belastenden Situationen hören die " +
      "Beraterinnen und Berater zu. Vertraulich und anonym.",
    url: "https://www.wege-zur-pflege.de",
    email: "info@wege-zur-pflege.de",
    feesDescription: "Beratung kostenlos; es fallen die Gebühren für einen Anruf ins deutsche Festnetz an.",
    languages: ["de"],
    eligibilityDescription: "Pflegende Angehörige, Pflegebedürftige, Arbeitgeber und Fachkräfte.",
    lastVerifiedAt: HOTLINES_CHECKED,
    ...NATIONWIDE,
    anonymousPossible: true,
    channels: ["PHONE", "ONLINE"],
    handlungsfelder: ["4"],
    lebensphasen: ["pflege", "senioren"],
    angebotsarten: ["pflegeberatung"],
    phones: [{ number: "030 20179131" }],
    schedules: hours(MO_TH, "09:00", "16:00"),
    isDemo: false,
  },
  // Sources: gluecksspiel-behoerde.de/de/news/324-… (number); verbraucher-magazin.net (2019, hours and
  // Turkish line); aerzteblatt.de/nachrichten/79479 (Turkish line, check-dein-spiel.de).
  {
    id: "bfed7183-2b23-45d2-b5a4-86648ff44ead",
    organizationId: ORG.bioeg,
    name: "Telefonberatung zur Glücksspielsucht",
    description:
      "Kostenlose und anonyme Telefonberatung für Menschen, die zu viel spielen – an Automaten, bei Sportwetten oder " +
      "online – und für ihre Angehörigen. Die Fachleute helfen einzuschätzen, ob eine Spielsucht droht, und nennen " +
      "Beratungsstellen vor Ort. Eine türkischsprachige Beratung gibt es unter einer eigenen Nummer.",
    url: "https://www.check-dein-spiel.de",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de", "tr"],
    eligibilityDescription: "Spielerinnen und Spieler und ihre Angehörigen.",
    lastVerifiedAt: HOTLINES_CHECKED,
    ...NATIONWIDE,
    anonymousPossible: true,
    channels: ["PHONE", "ONLINE"],
    handlungsfelder: ["4"],
    lebensphasen: ["erwachsene_besondere_lagen", "jugend"],
    angebotsarten: ["suchtberatung"],
    phones: [
      { number: "0800 1 37 27 00" },
      { number: "0800 32 64 762", description: "Beratung auf Türkisch" },
    ],
    schedules: [...hours(MO_TH, "10:00", "22:00"), ...hours(["FR", "SA", "SU"], "10:00", "18:00")],
    isDemo: false,
  },
  // Sources: seniorenpolitik-aktuell.de/silbernetz-gegen-einsamkeit/; emlkg.de/niemand-da-zum-reden/.
  {
    id: "73b9e716-409f-41d9-947a-e97098b5b028",
    organizationId: ORG.silbernetz,
    name: "Silbernetz – Telefon gegen Einsamkeit",
    description:
      "Ein Gesprächstelefon für Menschen ab 60 Jahren, die sich einsam fühlen: Um anzurufen, braucht es keine Krise " +
      "– der Wunsch zu reden genügt. Auf Wunsch vermittelt Silbernetz eine „Silbernetz-Freundschaft“: Dann ruft " +
      "jede Woche dieselbe Person an. Kostenlos und auf Wunsch anonym, auch an Feiertagen.",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de"],
    eligibilityDescription: "Menschen ab 60 Jahren.",
    lastVerifiedAt: HOTLINES_CHECKED,
    ...NATIONWIDE,
    anonymousPossible: true,
    channels: ["PHONE"],
    handlungsfelder: ["6"],
    lebensphasen: ["senioren"],
    angebotsarten: ["seniorenarbeit", "begegnung"],
    phones: [{ number: "0800 4 70 80 90" }],
    schedules: hours(DAILY, "08:00", "22:00"),
    isDemo: false,
  },

  // ---------------------------------------------------------------- demo offers without address
  {
    id: "2550d936-f6d4-4ac7-8850-fa0ccfa26571",
    organizationId: ORG.seniorendienste,
    name: "Pflegeberatung zu Hause: Beratungsbesuche für Pflegegeldempfänger",
    description:
      "Wer Pflegegeld bezieht und zu Hause von Angehörigen gepflegt wird, braucht regelmäßig einen Beratungsbesuch. " +
      "Eine Pflegefachkraft kommt zu Ihnen, gibt praktische Tipps zur Pflege und stellt den Nachweis für die " +
      "Pflegekasse aus.",
    feesDescription: "Die Kosten übernimmt die Pflegekasse.",
    free: true,
    languages: ["de", "ru"],
    eligibilityDescription: "Pflegebedürftige mit Pflegegrad 2 bis 5, die Pflegegeld beziehen, und ihre Angehörigen.",
    applicationProcess: "Termin telefonisch vereinbaren; die Pflegefachkraft kommt ins Haus.",
    appointmentRequired: true,
    lastVerifiedAt: "2026-04-22",
    addressVisibility: "NONE",
    serviceAreaScope: "CITY",
    channels: ["PHONE", "OUTREACH"],
    homeVisits: true,
    handlungsfelder: ["4"],
    lebensphasen: ["pflege", "senioren"],
    angebotsarten: ["pflegeberatung"],
    phones: [{ number: "03691 990151" }],
    schedules: hours(["MO", "TU", "WE", "TH", "FR"], "08:00", "14:00", "telefonische Terminvergabe"),
    planning: { staffFte: 1.25, waitingTimeWeeks: 2, acceptingNewClients: true, legalBasis: "SGB XI § 37 Abs. 3" },
    isDemo: true,
  },
  {
    id: "e619c71b-e18c-4c6a-9b44-183d9f73ba19",
    organizationId: ORG.beratungsdienste,
    name: "Online-Beratung für Eltern und Jugendliche",
    description:
      "Erziehungsberatung per Chat und E-Mail: Eltern und Jugendliche schreiben ihre Frage, eine Fachkraft antwortet " +
      "innerhalb von zwei Werktagen. Im Gruppenchat am Dienstag- und Donnerstagabend tauschen sich Eltern unter " +
      "fachlicher Begleitung aus.",
    url: "https://beratungsdienste-westthueringen.example/online-beratung",
    email: "online@beratungsdienste-westthueringen.example",
    feesDescription: "kostenlos",
    free: true,
    languages: ["de", "en", "uk"],
    eligibilityDescription: "Eltern sowie Jugendliche ab 14 Jahren aus Eisenach und dem Wartburgkreis.",
    lastVerifiedAt: "2026-07-01",
    addressVisibility: "NONE",
    serviceAreaScope: "REGION",
    serviceAreaNote: "Eisenach und Wartburgkreis",
    anonymousPossible: true,
    channels: ["ONLINE"],
    handlungsfelder: ["4"],
    lebensphasen: ["kleinkind_0_3", "kinder", "jugend"],
    angebotsarten: ["erziehungsberatung"],
    schedules: hours(["TU", "TH"], "18:00", "20:00", "Gruppenchat für Eltern"),
    planning: { staffFte: 0.5, waitingTimeWeeks: 0, acceptingNewClients: true, legalBasis: "SGB VIII § 28" },
    isDemo: true,
  },
];
