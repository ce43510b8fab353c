// The classification schemes of the catalogue (and the phrase library, ./hinweise.ts), with fixed ids so that seeding is idempotent
// and other data (plan, offers, exports) can refer to stable terms.
// Handlungsfelder and life phases follow the domain description (docs: domain.md; facts:
// eisenach-facts.json, handlungsfelder / lifePhases). Offer types are our own working list.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { TRANSLATION_LOCALES, type TranslationLocale } from "../../i18n/locales";
import { hinweis } from "./hinweise";
import { planningAreas } from "./planning-areas";

export type SeedTerm = {
  id: string;
  code: string;
  /** German label (source language). */
  name: string;
  description?: string;
  /** Other languages and Leichte Sprache ("de-x-ls"); uk, ru, ar, fa come from term-labels/<locale>.json. */
  labels: { en: string; "de-x-ls"?: string } & Partial<Record<TranslationLocale, string>>;
  sortOrder: number;
};

export type SeedTaxonomy = {
  id: string;
  key: "handlungsfeld" | "lebensphase" | "angebotsart" | "planungsraum" | "hinweis";
  name: string;
  description: string;
  uri?: string;
  version?: string;
  terms: SeedTerm[];
};

const handlungsfeld: SeedTaxonomy = {
  id: "84b1f88b-9da6-486d-8ede-f12f83f11576",
  key: "handlungsfeld",
  name: "Handlungsfeld",
  description:
    "Die sechs Handlungsfelder des Thüringer Landesprogramms „Solidarisches Zusammenleben der Generationen“ (LSZ).",
  uri: "https://www.lsz-thueringen.de/fachliche-informationen",
  version: "LSZ-Handbuch",
  terms: [
    {
      id: "4f644337-ad3f-4753-b398-d8deb1325dd4",
      code: "1",
      name: "Steuerung, Vernetzung, Nachhaltigkeit und Planung",
      description: "Sozialplanung, Vernetzungsformate, Beteiligungsverfahren.",
      labels: { en: "Steering, networking, sustainability and planning", "de-x-ls": "Planen und zusammen-arbeiten" },
      sortOrder: 1,
    },
    {
      id: "65c2cb11-c8e5-4580-8c14-4049debdea6b",
      code: "2",
      name: "Vereinbarkeit von Familie und Beruf sowie Mobilität",
      description: "Zum Beispiel Bürgerbus, flexible Kinderbetreuung, Familienservice.",
      labels: { en: "Reconciling family and work, and mobility", "de-x-ls": "Familie, Arbeit und unterwegs sein" },
      sortOrder: 2,
    },
    {
      id: "2d8b1f82-dd79-4d95-b221-f34362ffc119",
      code: "3",
      name: "Bildung im familiären Umfeld",
      description: "Familienbildung, Elternkurse, Thüringer Eltern-Kind-Zentren (ThEKiZ).",
      labels: { en: "Education in the family environment", "de-x-ls": "Lernen in der Familie" },
      sortOrder: 3,
    },
    {
      id: "d68a1813-c58b-4994-ae8a-300c1a599a4b",
      code: "4",
      name: "Beratung, Unterstützung und Information",
      description: "Erziehungs- und Familienberatung, Pflegestützpunkt, Jugendbüro, Schuldnerberatung, Informationsportale.",
      labels: { en: "Counselling, support and information", "de-x-ls": "Beratung und Hilfe" },
      sortOrder: 4,
    },
    {
      id: "378e3468-38ba-43c1-ab77-9c8bfd4dc5e1",
      code: "5",
      name: "Wohnumfeld und Lebensqualität",
      description: "Dorfkümmerer, Wohnberatung, Seniorenbüros, Freiwilligenagentur.",
      labels: { en: "Living environment and quality of life", "de-x-ls": "Gut wohnen und gut leben" },
      sortOrder: 5,
    },
    {
      id: "e488d412-5697-4417-843c-88bfece00114",
      code: "6",
      name: "Dialog der Generationen",
      description: "Seniorenbeauftragte, Mehrgenerationenhäuser, Besuchsdienste.",
      labels: { en: "Dialogue between the generations", "de-x-ls": "Jung und Alt zusammen" },
      sortOrder: 6,
    },
  ],
};

const lebensphase: SeedTaxonomy = {
  id: "79f7879c-e38a-44fe-8622-b522482265fe",
  key: "lebensphase",
  name: "Lebensphase",
  description:
    "Lebensphasen der Familie über die Generationen. Eine amtliche LSZ-Liste gibt es nicht; die Liste ist " +
    "abgeleitet (Quellen je Kategorie in eisenach-facts.json). Ein Angebot kann mehreren Phasen dienen.",
  terms: [
    {
      id: "e8e87793-d1c4-4f42-aa55-c360851a130d",
      code: "schwangerschaft_geburt",
      name: "Schwangerschaft und Geburt",
      labels: { en: "Pregnancy and birth", "de-x-ls": "Schwanger sein und ein Baby bekommen" },
      sortOrder: 1,
    },
    {
      id: "438337eb-b4c3-4e6f-ad89-c0ab348784e3",
      code: "kleinkind_0_3",
      name: "Familien mit Kleinkindern (0-3)",
      labels: { en: "Families with toddlers (0-3)", "de-x-ls": "Familien mit kleinen Kindern" },
      sortOrder: 2,
    },
    {
      id: "bc1b10bc-41b4-4ad1-bf54-10898f9d5a92",
      code: "kinder",
      name: "Familien mit Kindern (Kita- und Schulalter)",
      labels: { en: "Families with children (nursery and school age)", "de-x-ls": "Familien mit Kindern" },
      sortOrder: 3,
    },
    {
      id: "30ec541e-ed69-4def-9622-fba6b36ccd9b",
      code: "jugend",
      name: "Jugendliche und junge Erwachsene",
      labels: { en: "Teenagers and young adults", "de-x-ls": "Jugendliche und junge Erwachsene" },
      sortOrder: 4,
    },
    {
      id: "7bc50412-24c1-4bef-b9a2-78333aed1cca",
      code: "erwachsene_besondere_lagen",
      name: "Erwachsene und Eltern in besonderen Lebenslagen",
      description: "Zum Beispiel Trennung, Schulden, Sucht, Gewalt.",
      labels: { en: "Adults and parents in difficult situations", "de-x-ls": "Erwachsene in schweren Zeiten" },
      sortOrder: 5,
    },
    {
      id: "65132a09-c84c-4eac-b6b9-574b47768169",
      code: "senioren",
      name: "Seniorinnen und Senioren (65+)",
      labels: { en: "Older people (65+)", "de-x-ls": "Ältere Menschen" },
      sortOrder: 6,
    },
    {
      id: "48d239b8-de9e-4539-a501-240ab9e913b0",
      code: "pflege",
      name: "Pflegebedürftige und pflegende Angehörige",
      labels: { en: "People in need of care and family carers", "de-x-ls": "Pflege" },
      sortOrder: 7,
    },
    {
      id: "7c7df43c-7c2c-4d66-abc7-79458616f3f0",
      code: "alle_generationen",
      name: "Alle Generationen",
      labels: { en: "All generations", "de-x-ls": "Für alle" },
      sortOrder: 8,
    },
  ],
};

/**
 * Population age band each life phase is measured against for "offers per 1,000 residents"
 * (a planning proxy kept as data; ageTo null = open-ended). From domain.md's table.
 */
export const lifePhaseTargets: Record<string, { ageFrom: number; ageTo: number | null; note: string | null }> = {
  schwangerschaft_geburt: { ageFrom: 0, ageTo: 2, note: "births as proxy (Geburten, genähert über die 0- bis 2-Jährigen)" },
  kleinkind_0_3: { ageFrom: 0, ageTo: 2, note: null },
  kinder: { ageFrom: 3, ageTo: 11, note: null },
  jugend: { ageFrom: 12, ageTo: 26, note: null },
  erwachsene_besondere_lagen: { ageFrom: 27, ageTo: 64, note: null },
  senioren: { ageFrom: 65, ageTo: null, note: null },
  pflege: { ageFrom: 80, ageTo: null, note: "Hochaltrige als Näherung für Pflegebedürftige" },
  alle_generationen: { ageFrom: 0, ageTo: null, note: "Gesamtbevölkerung" },
};

const angebotsartTerms: [code: string, name: string, en: string, ls: string][] = [
  ["erziehungsberatung", "Erziehungsberatung", "Parenting counselling", "Beratung zur Erziehung"],
  ["familienberatung", "Familien-, Paar- und Lebensberatung", "Family, couple and life counselling", "Beratung für Familien"],
  ["schwangerschaftsberatung", "Schwangerschafts- und Schwangerschaftskonfliktberatung", "Pregnancy and pregnancy conflict counselling", "Beratung für Schwangere"],
  ["fruehe_hilfen", "Frühe Hilfen", "Early childhood support", "Hilfe für Familien mit Babys"],
  ["schuldnerberatung", "Schuldner- und Insolvenzberatung", "Debt and insolvency counselling", "Hilfe bei Schulden"],
  ["suchtberatung", "Suchtberatung", "Addiction counselling", "Hilfe bei Sucht"],
  ["pflegeberatung", "Pflegeberatung", "Care counselling", "Beratung zur Pflege"],
  ["pflege", "Pflege und Betreuung", "Care services", "Pflege"],
  ["hilfen_zur_erziehung", "Hilfen zur Erziehung", "Child and family support services", "Hilfe für Familien vom Jugendamt"],
  ["kinderschutz", "Kinderschutz", "Child protection", "Schutz für Kinder"],
  ["jugendarbeit", "Offene Kinder- und Jugendarbeit", "Open youth work", "Treffs für Kinder und Jugendliche"],
  ["jugendberufshilfe", "Jugendberufshilfe und Übergang Schule–Beruf", "Youth employment support", "Hilfe von der Schule in den Beruf"],
  ["arbeit_grundsicherung", "Arbeit und Grundsicherung", "Employment and basic income support", "Arbeit und Bürgergeld"],
  ["seniorenarbeit", "Seniorenarbeit und Seniorenberatung", "Services for older people", "Angebote für ältere Menschen"],
  ["familienbildung", "Familienbildung und Elternkurse", "Family education and parenting courses", "Kurse für Eltern"],
  ["kinderbetreuung", "Kindertagesbetreuung", "Childcare", "Kita und Kinder-Betreuung"],
  ["mehrgenerationenhaus", "Mehrgenerationenhaus", "Multi-generation house", "Haus für Jung und Alt"],
  ["begegnung", "Begegnung und Nachbarschaft", "Meeting places and neighbourhood", "Treffpunkt"],
  ["ehrenamt", "Ehrenamt und Engagement", "Volunteering", "Ehrenamt"],
  ["wohnberatung", "Wohnberatung", "Housing advice", "Beratung zum Wohnen"],
  ["eingliederungshilfe", "Eingliederungshilfe und Wohnen mit Behinderung", "Disability support and assisted living", "Hilfe für Menschen mit Behinderung"],
  ["schutz_gewalt", "Schutz bei Gewalt", "Protection from violence", "Schutz vor Gewalt"],
  ["krisenhilfe", "Krisen- und Seelsorgetelefon", "Crisis helpline", "Hilfe am Telefon in Not"],
  ["sozialberatung", "Sozialberatung", "Social counselling", "Beratung zu Geld und Ämtern"],
  ["verbraucherberatung", "Verbraucherberatung", "Consumer advice", "Beratung beim Einkaufen und bei Verträgen"],
  ["lebensmittelhilfe", "Lebensmittelhilfe", "Food aid", "Essen für wenig Geld"],
  ["beteiligung", "Beteiligung und Interessenvertretung", "Participation and representation", "Mitreden und mitbestimmen"],
  ["migrationsberatung", "Migrationsberatung", "Migration counselling", "Beratung für Zugewanderte"],
  ["mobilitaet", "Mobilität und Fahrdienste", "Mobility and transport services", "Fahr-Dienste"],
  ["bildung_medien", "Bildung und Medienkompetenz", "Learning and digital skills", "Lernen und Umgang mit Handy und Computer"],
  ["vernetzung_planung", "Sozialplanung und Vernetzung", "Social planning and networking", "Planung für die Stadt"],
];

const angebotsartIds = [
  "75ba6169-bb67-4d46-a7ef-711a10e6877f", "8706b998-c709-4dde-882e-7d6f740717a4", "6e73d030-9fe3-48bc-a565-ac1bca1b87cc", "3cd35e6d-2a27-4e39-a2af-035780dac86e", "09c3ae63-d399-483e-be22-4004662db990", "4ece56de-6854-464a-81c6-875076e2f8ff", "60f41d2f-71fd-414f-af18-10cee02af63c", "3fe32af3-1577-4b32-9753-df1adb143805",
  "7c8313a3-5e6a-4ca3-a33c-eeeaccf19d30", "f7eb0b5d-c87c-4c14-9352-d4abb6e4ded8", "fc45d306-afd8-48be-936e-3c25d7508574", "cece6739-c358-44ae-a2b4-b735eac73093", "7ef21a82-f7bb-4d3f-b4ae-48b11bba47a1", "397dc471-d813-4f80-8236-e59a117c914f", "62445fbf-b612-47b3-8739-1c5022bf9223", "47b844b4-bc82-4fb0-81e0-e9358727e789",
  "9c923f36-2e7e-4a6f-bc86-9f574673f7ac", "b1ae4e44-fc6e-460a-99cd-b7792253b332", "e9882272-a0bf-417b-aa47-2dd71bf55dac", "c72c931a-2bb5-4063-874d-53d10544eb70", "33c0a38d-42a9-4655-85fa-fb09263e1d53", "ac9324a4-b524-40a0-af29-68106f083df7", "68b62587-2bbc-42a5-8455-3c5a8577b442", "a779a019-65ec-4375-91de-34046e46d14a",
  "0bb66f26-b24e-412c-811e-8e982af3407c", "0b39c52d-37b4-4ff7-acdc-6afce0849082", "6790067b-ca00-4e23-b00f-29ddbb3826f2", "b9e304e8-0f26-432b-b5a7-c52f24b81f2d", "899346e9-9e6e-4473-8a1a-2ee9427cb3f6", "f59c06d0-08c1-4e19-8c8b-6bbefdfe7112", "e9fa824a-f0a5-46f0-a7bd-bc4351e3d3f7",
];

const angebotsart: SeedTaxonomy = {
  id: "df329574-a70f-448c-9250-73110df27dd6",
  key: "angebotsart",
  name: "Angebotsart",
  description: "Art des Angebots (Arbeitsliste des Angebotskatalogs).",
  terms: angebotsartTerms.map(([code, name, en, ls], i) => ({
    // Ids are positional: append new types at the end, never reorder.
    id: angebotsartIds[i],
    code,
    name,
    labels: { en, "de-x-ls": ls },
    sortOrder: i + 1,
  })),
};

const planungsraum: SeedTaxonomy = {
  id: "d2b7b41e-5028-4aae-b016-a4cc51979c5c",
  key: "planungsraum",
  name: "Planungsraum",
  description:
    "Sozialräumliche Planungsräume der Stadt Eisenach. Vorläufiger Zuschnitt (Demo), bis die Sozialplanung " +
    "ihre Planungsräume importiert.",
  terms: planningAreas.map((a, i) => ({
    id: a.termId,
    code: a.code,
    name: a.name,
    labels: a.labels,
    sortOrder: i + 1,
  })),
};

// ---------------------------------------------------------------- labels per language from files

/** One file per language, so a translator edits one file: `{ "<taxonomy key>": { "<code>": "<label>" } }`. */
const TERM_LABELS_DIR = path.join(import.meta.dirname, "term-labels");
const termLabelsFile = z.record(z.string(), z.record(z.string(), z.string().trim().min(1)));

/**
 * Adds the labels of every translation locale that has a file in `dir` to the terms, next to the
 * labels written above (en, de-x-ls). Naming an unknown taxonomy or code, or relabelling a term
 * that is labelled above, is an error: a typo in a hand-edited translation file must not vanish.
 * The seed upserts `labels` on every run, so a corrected file reaches existing databases.
 */
export function withTermLabels(list: SeedTaxonomy[], dir = TERM_LABELS_DIR): SeedTaxonomy[] {
  const problems: string[] = [];
  const added = new Map<string, Partial<Record<TranslationLocale, string>>>();
  for (const locale of TRANSLATION_LOCALES) {
    const file = path.join(dir, `${locale}.json`);
    if (!existsSync(file)) continue;
    const parsed = termLabelsFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success) {
      problems.push(`${locale}.json: ${parsed.error.message}`);
      continue;
    }
    for (const [key, labels] of Object.entries(parsed.data)) {
      const taxonomy = list.find((t) => t.key === key);
      if (!taxonomy) problems.push(`${locale}.json: unknown taxonomy "${key}"`);
      for (const [code, label] of Object.entries(labels)) {
        const term = taxonomy?.terms.find((x) => x.code === code);
        if (!term) {
          if (taxonomy) problems.push(`${locale}.json: unknown ${key} code "${code}"`);
          continue;
        }
        if (term.labels[locale] !== undefined) problems.push(`${locale}.json: ${key} "${code}" is labelled in taxonomies.ts already`);
        added.set(term.id, { ...added.get(term.id), [locale]: label });
      }
    }
  }
  if (problems.length) throw new Error(`invalid term labels in ${dir}:\n- ${problems.join("\n- ")}`);
  return list.map((t) => ({ ...t, terms: t.terms.map((term) => ({ ...term, labels: { ...term.labels, ...added.get(term.id) } })) }));
}

export const taxonomies: SeedTaxonomy[] = withTermLabels([handlungsfeld, lebensphase, angebotsart, planungsraum, hinweis]);

/** Codes by taxonomy, for type-checked references in offers and plan. */
export type HandlungsfeldCode = "1" | "2" | "3" | "4" | "5" | "6";
export type LebensphaseCode =
  | "schwangerschaft_geburt"
  | "kleinkind_0_3"
  | "kinder"
  | "jugend"
  | "erwachsene_besondere_lagen"
  | "senioren"
  | "pflege"
  | "alle_generationen";
export const ANGEBOTSART_CODES = angebotsartTerms.map(([code]) => code);
