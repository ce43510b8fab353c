// The search's synonym list as seed data (issue 12): loaded into the SynonymGroup table by the seed
// (new keys only; a group reviewers edited or deleted stays as they left it) and edited afterwards
// by reviewers at /pruefung/synonyme. The table, not this file, is what the search applies.
//
// Two kinds of group:
// - EQUIVALENT: every word is a synonym of every other (Meilisearch does not chain synonyms, so
//   each direction is written out when applied). German words residents and providers use alike.
// - ONE_WAY: what a resident types (`words`, any site language) also searches what offers are
//   called (`targets`, German as in the catalogue's offers): "Demenz" also searches
//   "Pflegestützpunkt", but "Pflegestützpunkt" does not bring every dementia word back.
//
// Rules: lower case (Meilisearch lower-cases queries; Cyrillic and Arabic script are kept as
// typed); multi-word entries match only as a phrase; no generic German target such as "hilfe" or
// "angebot" on its own except for the generic words themselves ("help", "counselling"), since it
// would bury the right offers under half the catalogue. Words of other languages map to the
// German words of the offers, because every offer has its German text while translations are
// optional.
//
// Sources: the German need words were curated for issue 13 from the Handlungsfelder of the
// Thuringian LSZ programme, the services named in Eisenach's Sozialplan (prisma/seed/SOURCES.md)
// and the common referral paths of counselling services (dementia -> Pflegestützpunkt, depression
// -> Sozialpsychiatrischer Dienst, TelefonSeelsorge). The words in English, Ukrainian, Russian,
// Arabic and Farsi are the everyday dictionary words for the catalogue's main needs and offer
// types (issue 12's list: debt, pregnancy, counselling, parenting, care, addiction, violence,
// migration, youth, seniors, housing, work, kindergarten ...), chosen by the team without a
// native speaker's review: reviewers correct and extend them on the page. Given in the
// singular and the plural residents type, with and without the Arabic article "ال".

export type SeedSynonymGroup = {
  key: string;
  kind: "EQUIVALENT" | "ONE_WAY";
  words: string[];
  targets?: string[];
  note?: string;
};

const equivalent = (key: string, words: string[], note?: string): SeedSynonymGroup => ({ key, kind: "EQUIVALENT", words, note });
const oneWay = (key: string, words: string[], targets: string[], note?: string): SeedSynonymGroup => ({ key, kind: "ONE_WAY", words, targets, note });

// Targets shared by several needs: what the offers for that need are called.
const DEMENZ = ["pflegestützpunkt", "pflegeberatung", "pflegende angehörige", "angehörigengruppe", "pflegeheim", "pflegetelefon"];
const SEELE = ["psychosoziale beratung", "lebensberatung", "sozialpsychiatrischer dienst", "telefonseelsorge", "persönlichen krisen"];
const SCHULDEN = ["schuldnerberatung", "insolvenzberatung", "verbraucherinsolvenzberatung"];
const SUCHT = ["suchtberatung", "suchtberatungsstelle", "sucht"];
const GEWALT = ["frauenhaus", "gewalt gegen frauen", "gewaltschutz", "kinderschutz", "kinderschutzdienst"];
const WOHNEN = ["wohnberatung", "wohngeld"];
const ARBEIT = ["jobcenter", "jugendberufsagentur", "wiedereinstieg"];
const GELD = ["tafel", "bürgergeld", "schuldnerberatung", "wohngeld"];
const EINSAM = ["silbernetz", "nachbarschaftszentrum", "mehrgenerationenhaus", "begegnung", "seniorentreff", "besuchsdienst"];
const PFLEGE = ["pflegestützpunkt", "pflegeberatung", "pflegedienst", "pflegetelefon"];
const FAMILIE = ["familienberatung", "lebensberatung", "erziehungsberatung"];
const SCHWANGER = ["schwangerschaftsberatung", "schwangerenberatung", "hebamme", "frühe hilfen"];

/** German words residents and offers use alike, both ways (issue 13's synonym groups). */
const GERMAN_EQUIVALENTS = [
  equivalent("de-sucht", ["sucht", "abhängigkeit", "abhängig", "süchtig"]),
  equivalent("de-senioren", ["senioren", "seniorinnen", "ältere menschen", "alte menschen", "rentner", "rentnerin"]),
  equivalent("de-kita", ["kita", "kitas", "kindergarten", "kindertagesstätte", "kindertagesstätten"]),
  equivalent("de-schulden", ["schulden", "schuldnerberatung", "überschuldung", "verschuldet"]),
  equivalent("de-jugend", ["jugendliche", "jugend", "teenager", "junge menschen"]),
  equivalent("de-migration", ["migration", "zuwanderung", "zugewanderte", "migranten", "geflüchtete", "flüchtlinge"]),
  equivalent("de-behinderung", ["behinderung", "beeinträchtigung", "handicap"]),
  equivalent("de-gewaltschutz", ["frauenhaus", "frauenhäuser", "gewaltschutz", "häusliche gewalt", "häuslicher gewalt"]),
  equivalent("de-schwangerschaft", ["schwangerschaft", "schwanger", "schwangere"]),
  equivalent("de-erziehungsberatung", ["erziehungsberatung", "familienberatung", "elternberatung"]),
  equivalent("de-ehrenamt", ["ehrenamt", "ehrenamtlich", "freiwilligenarbeit", "freiwillig"]),
  equivalent("de-tafel", ["tafel", "lebensmittelausgabe"]),
  equivalent("de-jobcenter", ["jobcenter", "arbeitsamt", "bürgergeld", "arbeitslosengeld"]),
  equivalent("de-hebamme", ["hebamme", "geburtshilfe"]),
  equivalent("de-kinderschutz", ["kinderschutz", "kindeswohl"]),
  equivalent("de-demenz", ["demenz", "alzheimer"]),
  equivalent("de-pflegestuetzpunkt", ["pflegestützpunkt", "pflegeberatung"]),
  equivalent("de-jugendzentrum", ["jugendzentrum", "jugendclub", "jugendhaus", "jugendtreff"]),
  equivalent("de-tagesmutter", ["tagesmutter", "tagesmütter", "kindertagespflege"]),
  equivalent("de-trennung", ["trennung", "scheidung"]),
  equivalent("de-einsamkeit", ["einsamkeit", "einsam"]),
  equivalent("de-wohngeld", ["wohngeld", "wohngeldstelle", "wohngeldantrag"], "Eisenach has no Wohngeldstelle offer of its own; the Sozialberatung helps with Wohngeld."),
];

/** What German-speaking residents call their need, one way to what offers are called (issue 13). */
const GERMAN_NEEDS = [
  oneWay("de-hilfe", ["hilfe"], ["beratung", "unterstützung"], "\"Hilfe bei Schulden\" means counselling, but \"Beratung\" is not any help."),
  oneWay("de-demenz-need", ["demenz", "dement", "alzheimer", "vergesslich"], DEMENZ),
  oneWay("de-seele", ["depression", "depressiv", "psyche", "psychisch", "angst", "ängste", "krise"], SEELE),
  oneWay("de-suizid", ["suizid", "selbstmord"], ["telefonseelsorge", "krisentelefon"]),
  oneWay("de-kummer", ["kummer"], ["nummer gegen kummer", "telefonseelsorge"]),
  oneWay("de-einsam-need", ["einsamkeit", "einsam"], EINSAM),
  oneWay("de-pflegefall", ["pflegebedürftig", "pflegefall"], PFLEGE),
  oneWay("de-sturz", ["sturz", "gestürzt"], ["hausnotruf"]),
  oneWay("de-vorsorge", ["vorsorge", "patientenverfügung"], ["vorsorgevollmacht", "betreuungsverfügung"]),
  oneWay("de-schulden-need", ["schulden", "pleite"], SCHULDEN),
  oneWay("de-mahnung", ["mahnung", "inkasso"], [...SCHULDEN, "verbraucherberatung"]),
  oneWay("de-alkohol", ["alkohol", "drogen"], SUCHT),
  oneWay("de-gluecksspiel", ["glücksspiel"], ["glücksspielsucht", "spielsucht"]),
  oneWay("de-armut", ["armut", "geldsorgen"], GELD),
  oneWay("de-hunger", ["hunger"], ["tafel", "lebensmittel"]),
  oneWay("de-schwanger", ["schwanger"], SCHWANGER),
  oneWay("de-baby", ["baby"], ["hebamme", "frühe hilfen", "eltern-kind", "krabbelgruppe"]),
  oneWay("de-geburt", ["geburt"], ["hebamme", "geburtsvorbereitung", "frühe hilfen"]),
  oneWay("de-trennung-need", ["trennung", "scheidung"], FAMILIE),
  oneWay("de-alleinerziehend", ["alleinerziehend"], ["familienberatung", "familienzentrum", "kindertagespflege", "randzeitenbetreuung"]),
  oneWay("de-gewalt", ["gewalt"], GEWALT),
  oneWay("de-missbrauch", ["missbrauch"], ["kinderschutz", "kinderschutzdienst"]),
  oneWay("de-mobbing", ["mobbing"], ["schulsozialarbeit", "jugendbüro", "nummer gegen kummer"]),
  oneWay("de-nachhilfe", ["nachhilfe"], ["hausaufgabenhilfe", "lernpatenschaften"]),
  oneWay("de-wohnung", ["wohnung", "miete", "wohnungslos", "obdachlos"], WOHNEN),
  oneWay("de-arbeit", ["arbeitslos", "arbeit"], ARBEIT),
  oneWay("de-ausbildung", ["ausbildung"], ["jugendberufsagentur"]),
  oneWay("de-formulare", ["formulare"], ["anträgen", "anträge", "migrationsberatung"]),
  oneWay("de-aufenthalt", ["aufenthalt", "asyl"], ["migrationsberatung"]),
  oneWay("de-sprachkurs", ["sprachkurs"], ["deutschkurs"]),
];

/** The catalogue's main needs and offer types in English, Ukrainian, Russian, Arabic and Farsi. */
const OTHER_LANGUAGES = [
  oneWay(
    "debt",
    ["debt", "debts", "debt advice", "debt counselling", "debt counseling", "insolvency",
      "борг", "борги", "боргів", "заборгованість",
      "долг", "долги", "долгов", "задолженность",
      "دين", "ديون", "الديون",
      "بدهی", "قرض"],
    [...SCHULDEN, "schulden"],
  ),
  oneWay(
    "pregnancy",
    ["pregnancy", "pregnant", "вагітність", "вагітна", "вагітних", "беременность", "беременная", "беременных", "حمل", "الحمل", "حامل", "بارداری", "باردار", "حاملگی"],
    ["schwangerschaft", "schwangere", "schwanger", ...SCHWANGER],
  ),
  oneWay("midwife", ["midwife", "midwives", "акушерка", "قابلة", "القابلة", "مامایی"], ["hebamme"]),
  oneWay(
    "counselling",
    ["counselling", "counseling", "advice", "consultation", "консультація", "консультації", "порада", "консультация", "консультации", "консультирование", "استشارة", "الاستشارة", "استشارات", "مشاوره"],
    ["beratung", "beratungsstelle"],
    "Generic on purpose: a resident asking for counselling in general gets the counselling offers.",
  ),
  oneWay(
    "help",
    ["help", "support", "допомога", "підтримка", "помощь", "поддержка", "مساعدة", "المساعدة", "دعم", "کمک", "حمایت"],
    ["hilfe", "beratung", "unterstützung"],
  ),
  oneWay(
    "parenting",
    ["parenting", "parenting advice", "family counselling", "family counseling", "виховання", "воспитание", "تربية", "تربیت", "فرزندپروری"],
    ["erziehungsberatung", "familienberatung", "elternberatung"],
  ),
  oneWay(
    "family",
    ["family", "families", "parents", "сім'я", "родина", "батьки", "семья", "родители", "أسرة", "الأسرة", "عائلة", "خانواده", "والدین"],
    ["familie", "familienberatung", "familienzentrum", "eltern"],
  ),
  oneWay(
    "children",
    ["children", "child", "kids", "діти", "дитина", "дети", "ребенок", "ребёнок", "أطفال", "الأطفال", "طفل", "کودک", "کودکان", "بچه"],
    ["kinder", "kind"],
  ),
  oneWay(
    "care",
    ["care", "nursing care", "carer", "carers", "caregiver", "догляд", "доглядач", "уход", "сиделка", "رعاية", "تمريض", "مراقبت", "پرستاری"],
    ["pflege", ...PFLEGE],
  ),
  oneWay("care-home", ["care home", "nursing home", "будинок престарілих", "дом престарелых", "دار المسنين", "خانه سالمندان"], ["pflegeheim"]),
  oneWay(
    "dementia",
    ["dementia", "alzheimer's", "деменція", "деменция", "خرف", "الخرف", "آلزایمر", "زوال عقل"],
    ["demenz", ...DEMENZ],
  ),
  oneWay(
    "mental-health",
    ["depression", "mental health", "anxiety", "crisis", "депресія", "тривога", "криза", "депрессия", "психическое здоровье", "тревога", "кризис",
      "اكتئاب", "الاكتئاب", "الصحة النفسية", "قلق", "افسردگی", "سلامت روان", "اضطراب"],
    SEELE,
  ),
  oneWay(
    "addiction",
    ["addiction", "addicted", "alcohol", "drugs", "gambling", "залежність", "алкоголь", "наркотики", "зависимость", "наркомания", "алкоголизм",
      "إدمان", "الإدمان", "ادمان", "كحول", "مخدرات", "اعتیاد", "الکل", "مواد مخدر"],
    SUCHT,
  ),
  oneWay(
    "violence",
    ["violence", "domestic violence", "abuse", "women's shelter", "насильство", "домашнє насильство", "насилие", "домашнее насилие",
      "عنف", "العنف", "العنف الأسري", "خشونت", "خشونت خانگی"],
    ["gewalt", ...GEWALT],
  ),
  oneWay("child-protection", ["child protection", "захист дітей", "защита детей", "حماية الطفل", "حمایت از کودکان"], ["kinderschutz", "kinderschutzdienst"]),
  oneWay(
    "migration",
    ["migration", "migrants", "immigration", "refugee", "refugees", "asylum", "integration", "міграція", "мігранти", "біженці", "біженець",
      "миграция", "мигранты", "беженцы", "беженец", "убежище", "هجرة", "الهجرة", "لاجئ", "لاجئين", "اللاجئين", "لجوء", "اللجوء",
      "مهاجرت", "مهاجر", "پناهنده", "پناهندگی"],
    ["migrationsberatung", "migration"],
  ),
  oneWay(
    "language-course",
    ["german course", "german lessons", "language course", "курси німецької", "курс німецької", "курсы немецкого", "немецкий язык",
      "دورة لغة", "دروس اللغة الألمانية", "کلاس زبان", "زبان آلمانی"],
    ["deutschkurs", "sprachkurs", "integrationskurs"],
  ),
  oneWay(
    "youth",
    ["youth", "teenager", "teenagers", "young people", "youth centre", "youth center", "youth club", "молодь", "підлітки", "підліток",
      "молодежь", "молодёжь", "подростки", "подросток", "شباب", "الشباب", "مراهق", "مراهقين", "جوانان", "نوجوان", "نوجوانان"],
    ["jugend", "jugendliche", "jugendzentrum", "jugendbüro"],
  ),
  oneWay(
    "seniors",
    ["seniors", "elderly", "older people", "pensioner", "pensioners", "retired", "літні люди", "пенсіонери", "пенсіонер",
      "пожилые", "пожилые люди", "пенсионеры", "пенсионер", "كبار السن", "مسنين", "المسنين", "متقاعد", "سالمندان", "سالمند", "بازنشسته"],
    ["senioren", "seniorinnen", "seniorenbüro", "seniorentreff", "ältere menschen"],
  ),
  oneWay(
    "loneliness",
    ["loneliness", "lonely", "самотність", "одиночество", "الوحدة", "تنهایی"],
    ["einsamkeit", ...EINSAM],
  ),
  oneWay(
    "housing",
    ["housing", "flat", "apartment", "rent", "homeless", "housing benefit", "житло", "квартира", "оренда", "бездомний",
      "жилье", "жильё", "аренда", "бездомный", "سكن", "السكن", "شقة", "إيجار", "ايجار", "مسکن", "آپارتمان", "اجاره"],
    ["wohnung", "wohnen", ...WOHNEN],
  ),
  oneWay(
    "work",
    ["work", "job", "jobs", "employment", "unemployed", "unemployment", "job centre", "job center", "робота", "роботу", "працевлаштування",
      "безробіття", "безробітний", "работа", "работу", "трудоустройство", "безработица", "безработный", "عمل", "العمل", "وظيفة", "بطالة",
      "کار", "شغل", "بیکاری", "اشتغال"],
    ["arbeit", ...ARBEIT],
  ),
  oneWay(
    "apprenticeship",
    ["apprenticeship", "vocational training", "профнавчання", "профессиональное обучение", "تدريب مهني", "کارآموزی"],
    ["ausbildung", "jugendberufsagentur"],
  ),
  oneWay(
    "kindergarten",
    ["kindergarten", "nursery", "daycare", "day care", "childcare", "child care", "preschool", "дитсадок", "дитячий садок", "садочок",
      "детсад", "детский сад", "садик", "روضة", "روضة أطفال", "حضانة", "الحضانة", "مهدکودک", "مهد کودک", "کودکستان"],
    ["kita", "kindergarten", "kindertagesstätte", "kindertagespflege"],
  ),
  oneWay(
    "poverty",
    ["poverty", "benefits", "social benefits", "бідність", "соціальна допомога", "бедность", "социальная помощь", "فقر", "الفقر", "مساعدة اجتماعية"],
    GELD,
  ),
  oneWay(
    "food",
    ["food", "food bank", "їжа", "продукти", "еда", "продукты", "طعام", "غذاء", "غذا"],
    ["tafel", "lebensmittel", "lebensmittelausgabe"],
  ),
  oneWay(
    "disability",
    ["disability", "disabled", "інвалідність", "інвалід", "инвалидность", "инвалид", "إعاقة", "الإعاقة", "معاق", "معلولیت", "معلول"],
    ["behinderung", "beeinträchtigung", "eingliederungshilfe"],
  ),
  oneWay(
    "separation",
    ["divorce", "separation", "розлучення", "развод", "طلاق", "الطلاق"],
    ["trennung", "scheidung", ...FAMILIE],
  ),
  oneWay(
    "volunteering",
    ["volunteering", "volunteer", "volunteers", "волонтерство", "волонтер", "волонтёр", "تطوع", "التطوع", "متطوع", "داوطلب", "داوطلبانه"],
    ["ehrenamt", "ehrenamtlich", "freiwilligenagentur"],
  ),
  oneWay("homework", ["homework", "tutoring", "домашнє завдання", "репетитор", "домашнее задание", "واجبات مدرسية", "تکلیف"], ["hausaufgabenhilfe", "lernpatenschaften"]),
];

export const synonymGroups: SeedSynonymGroup[] = [...GERMAN_EQUIVALENTS, ...GERMAN_NEEDS, ...OTHER_LANGUAGES];
