// What residents call their problem, mapped one way to what providers call their offer (issue 13:
// "Demenz", "Depression" found nothing, because no offer text uses the word). Applied as one-way
// Meilisearch synonyms (search/settings.ts): "Demenz" also searches "Pflegestützpunkt", but a
// search for "Pflegestützpunkt" does not bring every dementia-related word back.
//
// Curated by hand for the Eisenach catalogue. Rules: the key is a word a resident types (lower
// case, as Meilisearch normalises it); the targets are words or phrases that occur in offers which
// really help with that need (names, Angebotsarten, descriptions). No generic targets such as
// "beratung" or "hilfe" on their own: they would match half the catalogue and bury the right
// offers. Multi-word targets match as a phrase. Sources for the mapping of needs to services:
// the Handlungsfelder of the Thuringian LSZ programme, the services named in Eisenach's
// Sozialplan (prisma/seed/SOURCES.md) and the common referral paths of counselling services
// (dementia -> Pflegeberatung/Pflegestützpunkt, depression -> Sozialpsychiatrischer Dienst,
// psychosoziale/Lebensberatung, TelefonSeelsorge).

const DEMENZ = ["pflegestützpunkt", "pflegeberatung", "pflegende angehörige", "angehörigengruppe", "pflegeheim", "pflegetelefon"];
const SEELE = ["psychosoziale beratung", "lebensberatung", "sozialpsychiatrischer dienst", "telefonseelsorge", "persönlichen krisen"];
const SCHULDEN = ["schuldnerberatung", "insolvenzberatung", "verbraucherinsolvenzberatung"];
const SUCHT = ["suchtberatung", "suchtberatungsstelle", "sucht"];
const GEWALT = ["frauenhaus", "gewalt gegen frauen", "gewaltschutz", "kinderschutz", "kinderschutzdienst"];
const WOHNEN = ["wohnberatung", "wohngeld"];
const ARBEIT = ["jobcenter", "jugendberufsagentur", "wiedereinstieg"];
const GELD = ["tafel", "bürgergeld", "schuldnerberatung", "wohngeld"];

export const NEED_WORDS: Record<string, string[]> = {
  // Health and mind
  demenz: DEMENZ,
  dement: DEMENZ,
  alzheimer: DEMENZ,
  vergesslich: DEMENZ,
  depression: SEELE,
  depressiv: SEELE,
  psyche: SEELE,
  psychisch: SEELE,
  angst: SEELE,
  ängste: SEELE,
  krise: SEELE,
  suizid: ["telefonseelsorge", "krisentelefon"],
  selbstmord: ["telefonseelsorge", "krisentelefon"],
  kummer: ["nummer gegen kummer", "telefonseelsorge"],
  einsamkeit: ["silbernetz", "nachbarschaftszentrum", "mehrgenerationenhaus", "begegnung", "seniorentreff", "besuchsdienst"],
  einsam: ["silbernetz", "nachbarschaftszentrum", "mehrgenerationenhaus", "begegnung", "seniorentreff", "besuchsdienst"],
  // Care and old age
  pflegebedürftig: ["pflegestützpunkt", "pflegeberatung", "pflegedienst", "pflegetelefon"],
  pflegefall: ["pflegestützpunkt", "pflegeberatung", "pflegedienst", "pflegetelefon"],
  sturz: ["hausnotruf"],
  gestürzt: ["hausnotruf"],
  vorsorge: ["vorsorgevollmacht", "betreuungsverfügung"],
  patientenverfügung: ["vorsorgevollmacht", "betreuungsverfügung"],
  // Money, debt, addiction
  schulden: SCHULDEN,
  pleite: SCHULDEN,
  mahnung: [...SCHULDEN, "verbraucherberatung"],
  inkasso: [...SCHULDEN, "verbraucherberatung"],
  alkohol: SUCHT,
  drogen: SUCHT,
  glücksspiel: ["glücksspielsucht", "spielsucht"],
  armut: GELD,
  geldsorgen: GELD,
  hunger: ["tafel", "lebensmittel"],
  // Family, pregnancy, violence
  schwanger: ["schwangerschaftsberatung", "schwangerenberatung", "hebamme", "frühe hilfen"],
  baby: ["hebamme", "frühe hilfen", "eltern-kind", "krabbelgruppe"],
  geburt: ["hebamme", "geburtsvorbereitung", "frühe hilfen"],
  trennung: ["familienberatung", "lebensberatung", "erziehungsberatung"],
  scheidung: ["familienberatung", "lebensberatung", "erziehungsberatung"],
  alleinerziehend: ["familienberatung", "familienzentrum", "kindertagespflege", "randzeitenbetreuung"],
  gewalt: GEWALT,
  missbrauch: ["kinderschutz", "kinderschutzdienst"],
  mobbing: ["schulsozialarbeit", "jugendbüro", "nummer gegen kummer"],
  nachhilfe: ["hausaufgabenhilfe", "lernpatenschaften"],
  // Housing, work, everyday paperwork
  wohnung: WOHNEN,
  miete: WOHNEN,
  wohnungslos: WOHNEN,
  obdachlos: WOHNEN,
  arbeitslos: ARBEIT,
  arbeit: ARBEIT,
  ausbildung: ["jugendberufsagentur"],
  formulare: ["anträgen", "anträge", "migrationsberatung"],
  aufenthalt: ["migrationsberatung"],
  asyl: ["migrationsberatung"],
  sprachkurs: ["deutschkurs"],
};
