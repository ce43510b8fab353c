// Parts for the generated bench catalogue's German offer texts (issue 14). Offer types are the
// kinds of offers a Thuringian family-support catalogue holds (see docs in /work/shared/domain.md:
// typical offers per Handlungsfeld), each with its compound parts for compound-search ground
// truth and its codes in the seed's taxonomies (prisma/seed/taxonomies.ts).
import type { HandlungsfeldCode, LebensphaseCode } from "../../prisma/seed/taxonomies";

export type OfferType = {
  /** The offer type as written in the text, one word (a compound where German makes one). */
  word: string;
  /** Its compound parts, lower case, as a resident might type them; empty for a simple word. */
  parts: string[];
  handlungsfeld: HandlungsfeldCode;
  lebensphasen: LebensphaseCode[];
  angebotsart: string;
  /** A protection offer: its address is hidden (women's shelters and the like). */
  protection?: boolean;
  /** Usually reached by phone or online, without a place to visit. */
  remote?: boolean;
};

const t = (
  word: string,
  parts: string[],
  handlungsfeld: HandlungsfeldCode,
  lebensphasen: LebensphaseCode[],
  angebotsart: string,
  flags: { protection?: boolean; remote?: boolean } = {},
): OfferType => ({ word, parts, handlungsfeld, lebensphasen, angebotsart, ...flags });

export const OFFER_TYPES: OfferType[] = [
  t("Schuldnerberatung", ["schuldner", "beratung"], "4", ["erwachsene_besondere_lagen"], "schuldnerberatung"),
  t("Insolvenzberatung", ["insolvenz", "beratung"], "4", ["erwachsene_besondere_lagen"], "schuldnerberatung"),
  t("Erziehungsberatung", ["erziehung", "beratung"], "4", ["kinder", "jugend"], "erziehungsberatung"),
  t("Familienberatung", ["familie", "beratung"], "4", ["kinder", "erwachsene_besondere_lagen"], "familienberatung"),
  t("Paarberatung", ["paar", "beratung"], "4", ["erwachsene_besondere_lagen"], "familienberatung"),
  t("Suchtberatung", ["sucht", "beratung"], "4", ["jugend", "erwachsene_besondere_lagen"], "suchtberatung"),
  t("Schwangerschaftsberatung", ["schwangerschaft", "beratung"], "4", ["schwangerschaft_geburt"], "schwangerschaftsberatung"),
  t("Schwangerschaftskonfliktberatung", ["schwangerschaft", "konflikt", "beratung"], "4", ["schwangerschaft_geburt"], "schwangerschaftsberatung"),
  t("Pflegeberatung", ["pflege", "beratung"], "4", ["pflege", "senioren"], "pflegeberatung"),
  t("Pflegestützpunkt", ["pflege", "stützpunkt"], "4", ["pflege", "senioren"], "pflegeberatung"),
  t("Wohnberatung", ["wohnen", "beratung"], "5", ["senioren", "pflege"], "wohnberatung"),
  t("Migrationsberatung", ["migration", "beratung"], "4", ["erwachsene_besondere_lagen", "alle_generationen"], "migrationsberatung"),
  t("Sozialberatung", ["sozial", "beratung"], "4", ["erwachsene_besondere_lagen"], "sozialberatung"),
  t("Verbraucherberatung", ["verbraucher", "beratung"], "4", ["alle_generationen"], "verbraucherberatung"),
  t("Jugendberatung", ["jugend", "beratung"], "4", ["jugend"], "jugendberufshilfe"),
  t("Seniorentreff", ["senioren", "treff"], "6", ["senioren"], "seniorenarbeit"),
  t("Seniorenbüro", ["senioren", "büro"], "5", ["senioren"], "seniorenarbeit"),
  t("Besuchsdienst", ["besuch", "dienst"], "6", ["senioren", "pflege"], "seniorenarbeit"),
  t("Jugendclub", ["jugend", "club"], "3", ["jugend"], "jugendarbeit"),
  t("Jugendzentrum", ["jugend", "zentrum"], "3", ["jugend"], "jugendarbeit"),
  t("Kindertreff", ["kinder", "treff"], "3", ["kinder"], "jugendarbeit"),
  t("Mehrgenerationenhaus", ["mehrgenerationen", "haus"], "6", ["alle_generationen"], "mehrgenerationenhaus"),
  t("Familienzentrum", ["familie", "zentrum"], "3", ["kleinkind_0_3", "kinder"], "familienbildung"),
  t("Hausaufgabenhilfe", ["hausaufgaben", "hilfe"], "3", ["kinder"], "bildung_medien"),
  t("Lernpatenschaft", ["lernen", "patenschaft"], "3", ["kinder", "jugend"], "bildung_medien"),
  t("Elterncafé", ["eltern", "café"], "3", ["kleinkind_0_3", "kinder"], "familienbildung"),
  t("Elternkurs", ["eltern", "kurs"], "3", ["kleinkind_0_3", "kinder"], "familienbildung"),
  t("Krabbelgruppe", ["krabbeln", "gruppe"], "3", ["kleinkind_0_3"], "familienbildung"),
  t("Familienhebamme", ["familie", "hebamme"], "4", ["schwangerschaft_geburt", "kleinkind_0_3"], "fruehe_hilfen"),
  t("Babysprechstunde", ["baby", "sprechstunde"], "4", ["kleinkind_0_3"], "fruehe_hilfen"),
  t("Tagespflege", ["tag", "pflege"], "2", ["pflege", "senioren"], "pflege"),
  t("Kindertagespflege", ["kinder", "tag", "pflege"], "2", ["kleinkind_0_3"], "kinderbetreuung"),
  t("Bürgerbus", ["bürger", "bus"], "2", ["senioren", "alle_generationen"], "mobilitaet"),
  t("Fahrdienst", ["fahrt", "dienst"], "2", ["senioren", "pflege"], "mobilitaet"),
  t("Nachbarschaftshilfe", ["nachbarschaft", "hilfe"], "5", ["alle_generationen"], "begegnung"),
  t("Dorfkümmerer", ["dorf", "kümmerer"], "5", ["alle_generationen"], "begegnung"),
  t("Freiwilligenagentur", ["freiwillige", "agentur"], "5", ["alle_generationen"], "ehrenamt"),
  t("Ehrenamtsbörse", ["ehrenamt", "börse"], "5", ["alle_generationen"], "ehrenamt"),
  t("Lebensmittelausgabe", ["lebensmittel", "ausgabe"], "4", ["erwachsene_besondere_lagen"], "lebensmittelhilfe"),
  t("Kleiderkammer", ["kleider", "kammer"], "4", ["erwachsene_besondere_lagen", "alle_generationen"], "lebensmittelhilfe"),
  t("Medienwerkstatt", ["medien", "werkstatt"], "3", ["jugend", "senioren"], "bildung_medien"),
  t("Computerkurs", ["computer", "kurs"], "3", ["senioren"], "bildung_medien"),
  t("Jobcoaching", ["job", "coaching"], "2", ["jugend", "erwachsene_besondere_lagen"], "arbeit_grundsicherung"),
  t("Berufsorientierung", ["beruf", "orientierung"], "2", ["jugend"], "jugendberufshilfe"),
  t("Selbsthilfegruppe", ["selbsthilfe", "gruppe"], "4", ["erwachsene_besondere_lagen"], "sozialberatung"),
  t("Trauercafé", ["trauer", "café"], "6", ["senioren", "alle_generationen"], "begegnung"),
  t("Sorgentelefon", ["sorgen", "telefon"], "4", ["kinder", "jugend"], "krisenhilfe", { remote: true }),
  t("Seelsorgetelefon", ["seelsorge", "telefon"], "4", ["alle_generationen"], "krisenhilfe", { remote: true }),
  t("Onlineberatung", ["online", "beratung"], "4", ["jugend", "erwachsene_besondere_lagen"], "sozialberatung", { remote: true }),
  t("Elterntelefon", ["eltern", "telefon"], "4", ["kinder"], "erziehungsberatung", { remote: true }),
  t("Frauenhaus", ["frauen", "haus"], "4", ["erwachsene_besondere_lagen"], "schutz_gewalt", { protection: true }),
  t("Frauenschutzwohnung", ["frauen", "schutz", "wohnung"], "4", ["erwachsene_besondere_lagen"], "schutz_gewalt", { protection: true }),
  t("Gewaltschutzberatung", ["gewalt", "schutz", "beratung"], "4", ["erwachsene_besondere_lagen"], "schutz_gewalt", { protection: true }),
  t("Kinderschutzdienst", ["kinder", "schutz", "dienst"], "4", ["kinder", "jugend"], "kinderschutz", { protection: true }),
];

/** Phrases after the type in some names ("Krabbelgruppe im Quartier"): no article or ending to agree with the type's gender. */
export const NAME_SUFFIXES = ["vor Ort", "im Quartier", "für alle", "am Nachmittag", "für Familien", "in der Region"];

/** Target groups per life phase, as they appear in descriptions ("richtet sich an ..."). */
export const TARGET_GROUPS: Record<LebensphaseCode, string[]> = {
  schwangerschaft_geburt: ["werdende Eltern", "Schwangere und ihre Partner"],
  kleinkind_0_3: ["Familien mit kleinen Kindern", "Alleinerziehende", "junge Eltern"],
  kinder: ["Familien mit Kindern", "Schülerinnen und Schüler", "Alleinerziehende"],
  jugend: ["Jugendliche und junge Erwachsene", "Schülerinnen und Schüler", "Auszubildende"],
  erwachsene_besondere_lagen: ["Menschen mit wenig Geld", "Arbeitsuchende", "Zugewanderte und Geflüchtete", "Menschen in Krisen"],
  senioren: ["Seniorinnen und Senioren", "ältere Menschen und ihre Familien"],
  pflege: ["pflegende Angehörige", "Menschen mit Pflegebedarf"],
  alle_generationen: ["Großeltern und Enkel", "alle Generationen", "Menschen mit Behinderung", "Nachbarinnen und Nachbarn"],
};

/** Topics per life phase an offer helps with ("hilft bei ..."). */
export const TOPICS: Record<LebensphaseCode, string[]> = {
  schwangerschaft_geburt: ["Kindergeld und Elterngeld", "Fragen rund um die Geburt", "Anträgen und Behördenpost"],
  kleinkind_0_3: ["Fragen zur Erziehung", "Kindergeld und Elterngeld", "dem Alltag mit Baby"],
  kinder: ["Fragen zur Erziehung", "Hausaufgaben und Prüfungen", "Trennung und Scheidung"],
  jugend: ["Bewerbungen und Ausbildung", "Suchtproblemen in der Familie", "Smartphone und Internet"],
  erwachsene_besondere_lagen: ["Schulden und Mietrückständen", "Anträgen und Behördenpost", "Trennung und Scheidung", "Sprachkursen und Integration"],
  senioren: ["Einsamkeit im Alter", "Smartphone und Internet", "Wohnungsanpassung im Alter"],
  pflege: ["Pflegegrad und Pflegekasse", "Wohnungsanpassung im Alter", "Entlastung im Pflegealltag"],
  alle_generationen: ["Konflikten in der Nachbarschaft", "Anträgen und Behördenpost", "Smartphone und Internet"],
};

/** What happens there (sentence middles). */
export const ACTIVITIES = [
  "Wir beraten vertraulich und unabhängig",
  "Wir begleiten Sie Schritt für Schritt",
  "Ehrenamtliche und Fachkräfte arbeiten hier zusammen",
  "Die Gruppe trifft sich regelmäßig in gemütlicher Runde",
  "Sie bekommen Informationen, Vermittlung und praktische Unterstützung",
  "Gemeinsam suchen wir nach Lösungen, die zu Ihrem Alltag passen",
  "Es gibt Kaffee, Gespräche und Zeit zum Zuhören",
  "Auf Wunsch kommen wir auch zu Ihnen nach Hause",
];

export const CLOSINGS = [
  "Melden Sie sich gern telefonisch.",
  "Eine Anmeldung ist nicht nötig.",
  "Termine nach Vereinbarung.",
  "Bringen Sie Ihre Unterlagen mit.",
  "Neue Gesichter sind jederzeit willkommen.",
];

/** Welfare associations and other providers, with the form of their local branches. */
export const PROVIDERS = [
  (district: string) => `AWO Kreisverband ${district} e. V.`,
  (district: string) => `Caritasverband Region ${district}`,
  (district: string) => `Diakonie ${district} gGmbH`,
  (district: string) => `DRK Kreisverband ${district} e. V.`,
  (district: string) => `Volkssolidarität ${district} e. V.`,
  (district: string) => `Lebenshilfe ${district} e. V.`,
  (district: string) => `Landratsamt ${district}`,
  (district: string) => `Familienbildungsverein ${district} e. V.`,
];

export const STREETS = [
  "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Lindenstraße", "Kirchplatz",
  "Goethestraße", "Schillerstraße", "Markt", "Am Anger", "Friedensstraße", "Bergstraße",
  "Weimarische Straße", "Karl-Marx-Straße", "Ringstraße", "Mühlgasse", "Rosa-Luxemburg-Straße",
  "Thälmannstraße", "Wiesenweg", "Jahnstraße",
];

export const LANGUAGES = ["en", "ru", "uk", "ar", "tr", "pl", "fa"];
