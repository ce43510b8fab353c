// The phrase library (taxonomy "hinweis"): standard phrases a provider ticks on an offer instead of
// writing them, so every resident reads them in their own language. Labels per locale in
// TaxonomyTerm.labels like every other taxonomy (German in `name`, Leichte Sprache as "de-x-ls").
// Translations written for this catalogue; short and plain, as on a sign at the door.
import type { SeedTaxonomy } from "./taxonomies";

type Labels = { "de-x-ls": string; en: string; uk: string; ru: string; ar: string; fa: string };

// [code, German, labels]. Ids are positional: append new phrases at the end, never reorder.
const phrases: [string, string, Labels][] = [
  ["kostenlos", "Kostenlos", {
    "de-x-ls": "Kostet nichts", en: "Free of charge", uk: "Безкоштовно", ru: "Бесплатно", ar: "مجاني", fa: "رایگان",
  }],
  ["ohne_termin", "Ohne Termin", {
    "de-x-ls": "Sie brauchen keinen Termin", en: "No appointment needed", uk: "Без попереднього запису",
    ru: "Без предварительной записи", ar: "بدون موعد مسبق", fa: "بدون نیاز به وقت قبلی",
  }],
  ["termin_nach_vereinbarung", "Termin nach Vereinbarung", {
    "de-x-ls": "Sie machen vorher einen Termin aus", en: "Appointments by arrangement", uk: "Зустріч за домовленістю",
    ru: "Встреча по договорённости", ar: "المواعيد بالاتفاق المسبق", fa: "وقت ملاقات با هماهنگی قبلی",
  }],
  ["hausbesuche", "Hausbesuche möglich", {
    "de-x-ls": "Wir können zu Ihnen nach Hause kommen", en: "Home visits possible", uk: "Можливі візити додому",
    ru: "Возможны визиты на дом", ar: "الزيارات المنزلية ممكنة", fa: "امکان مراجعه به منزل",
  }],
  ["dolmetscher_mitbringen", "Dolmetscher kann mitgebracht werden", {
    "de-x-ls": "Sie können eine Person zum Übersetzen mitbringen", en: "You may bring an interpreter", uk: "Можна прийти з перекладачем",
    ru: "Можно прийти с переводчиком", ar: "يمكنك إحضار مترجم", fa: "می‌توانید مترجم همراه خود بیاورید",
  }],
  ["anonym", "Anonym möglich", {
    "de-x-ls": "Sie müssen Ihren Namen nicht sagen", en: "Anonymous if you wish", uk: "Можна анонімно",
    ru: "Можно анонимно", ar: "ممكن دون ذكر الاسم", fa: "امکان مراجعه به‌صورت ناشناس",
  }],
  ["barrierefrei", "Barrierefreier Zugang", {
    "de-x-ls": "Gut zu erreichen, auch mit Roll-Stuhl", en: "Step-free access", uk: "Безбар'єрний доступ",
    ru: "Безбарьерный доступ", ar: "مدخل خالٍ من العوائق", fa: "دسترسی بدون مانع",
  }],
  ["kinder_mitbringen", "Kinder können mitgebracht werden", {
    "de-x-ls": "Sie können Ihre Kinder mitbringen", en: "You can bring your children", uk: "Можна прийти з дітьми",
    ru: "Можно прийти с детьми", ar: "يمكن إحضار الأطفال", fa: "می‌توانید فرزندان خود را همراه بیاورید",
  }],
  ["telefonisch", "Telefonische Beratung möglich", {
    "de-x-ls": "Beratung auch am Telefon", en: "Advice by phone available", uk: "Можлива консультація телефоном",
    ru: "Возможна консультация по телефону", ar: "الاستشارة عبر الهاتف ممكنة", fa: "امکان مشاوره تلفنی",
  }],
  ["online", "Online möglich", {
    "de-x-ls": "Auch im Internet möglich", en: "Available online", uk: "Можливо онлайн",
    ru: "Возможно онлайн", ar: "متاح عبر الإنترنت", fa: "به‌صورت آنلاین هم ممکن است",
  }],
  ["vertraulich", "Vertraulich (Schweigepflicht)", {
    "de-x-ls": "Wir erzählen nichts weiter", en: "Confidential", uk: "Конфіденційно",
    ru: "Конфиденциально", ar: "بسرية تامة", fa: "محرمانه",
  }],
  ["offen_fuer_alle", "Offen für alle", {
    "de-x-ls": "Alle dürfen kommen", en: "Open to everyone", uk: "Відкрито для всіх",
    ru: "Открыто для всех", ar: "مفتوح للجميع", fa: "برای همه آزاد است",
  }],
];

const ids = [
  "34988d99-31f9-408a-9907-8be030ee025a", "04b77c79-34fc-4f0a-83e4-fef4fd403739", "7664b4ce-0ef8-44d7-81f3-b487b1ac51b0",
  "1ebf414d-ca20-4c8b-9c31-9a800d846fea", "840b3909-7981-45e6-a129-54e6d3b42ab5", "61097c2b-b4a2-42b7-ad7a-57cd942e9896",
  "7afc3b09-6444-4be7-95cf-8a87d6d62205", "af555523-0937-46c7-8990-38ca29a88827", "628f439b-90b5-4054-9ba1-8aca626cd5bd",
  "2f4a6a4d-f1f9-42d9-b7ab-63e7e189c51d", "bf94dbe9-033b-44b6-a5b4-bb217c3cb55f", "de9eccd3-b1e4-4d62-bd1b-8c6e6877a1f8",
];

export type HinweisCode = (typeof phrases)[number][0];

export const hinweis: SeedTaxonomy = {
  id: "3f94157a-51e9-4558-802c-3fda119a5b44",
  key: "hinweis",
  name: "Hinweis",
  description: "Standard-Hinweise zu einem Angebot (Textbausteine), in jeder Sprache der Seite.",
  terms: phrases.map(([code, name, labels], i) => ({ id: ids[i]!, code, name, labels, sortOrder: i + 1 })),
};

/** The codes, for checking seed offers. */
export const HINWEIS_CODES: readonly string[] = phrases.map(([code]) => code);
