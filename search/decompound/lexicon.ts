// Curated German parts of the catalogue's domain (counselling, care, family, youth, seniors,
// social work in Eisenach), grown from the seeded offers' words. Lexemes are separated by
// commas: the lemma, then the forms that differ from it (plural, a fixed linking form). Generic
// linking letters (s, es, n, en, e, er, ns) and a dropped final e ("Schul-kinder") are added by
// the splitter, so they need not be listed. Lower case. A word listed here may stand as a
// compound part; it does not mean the word itself is a compound.
const DOMAIN_LEXEMES = `
abend abende, agentur agenturen, aktion aktionen, alkohol, allee, alltag alltags, alter alters,
amt ämter, angebot angebote, angehörige angehörigen, anerkennung, angst ängste, anlauf,
antrag anträge, arbeit arbeiten, arbeiter arbeiterin arbeiterinnen, armut, arzt ärzte, assistenz,
aufgabe aufgaben, ausbildung ausbildungen, austausch, automat automaten, begegnung begegnungen,
begleitung, behandlung, beauftragte beauftragten, behinderte behinderten,
behinderung behinderungen, beirat, bereitschaft, beratung beratungen, beruf berufe, bescheinigung,
besuch besuche, betrag, betreuung, bewerbung bewerbungen, bett, bildung, blick, büro büros,
bürger bürgerin bürgerinnen, bus, café, casino casinos, chat, demenz, deutsch, dienst dienste,
dorf dörfer, drogen, ehe, ehrenamt, eingliederung, einkauf, einsamkeit, einstieg, eltern,
elternzeit, empfänger, energie, engagement, entdecker, entlastung, entwicklung, erziehung, essen,
fach, fahr, fahrdienst fahrdienste, familie familien, ferien, fest feste, forum, frau frauen,
freiwillige freiwilligen, freizeit, freundschaft, früh frühe, fürsorge, garten gärten, geber,
geburt, gebärde gebärden, geld, gemeinschaft, generation generationen, gesetz, gespräch gespräche,
gesundheit, gewalt, glück, glücksspiel glücksspiele, grad grade, groß, grund, grundsicherung,
gruppe gruppen, haushalt haushalte, hebamme hebammen, haus häuser, heim heime, hilfe hilfen, hort,
hospiz, insolvenz, integration, interesse interessen, jahr jahre, jugend, jugendliche jugendlichen,
kalender, kasse kassen, kind kinder, kinderbetreuung, kita kitas, kleider, kammer, klein,
klasse klassen, konflikt konflikte, konto, kompetenz, konferenz, kraft kräfte, kranken,
krankenschwester, kreis, krippe, krise krisen, kümmerer, kummer, kur kuren, kurs kurse,
land landes, leben lebens, lebensmittel, lern, leute, mentor mentoren mentorin mentorinnen, medien,
medikament medikamente medikamenten, mehr, migration, mittag, montag, dienstag, mittwoch,
donnerstag, freitag, samstag, sonntag, nachmittag nachmittage, vormittag vormittage, mittel, mobil,
mobilität, modul, mutter mütter, mutterschutz, nachbar nachbarn nachbarin nachbarinnen,
nachbarschaft, netz, not, notruf, nummer, ort orte, ortsteil ortsteile, pate paten patin patinnen,
patenschaft patenschaften, pflege, plan pläne, planung, platz plätze, politik, prävention,
problem probleme, projekt projekte, programm, quartier, rat, raum räume, rente renten, schicht,
schuld schulden, schuldner, schule schulen, schutz, schwangere schwangeren, schwangerschaft,
seelsorge, selbst, selbsthilfe, senior senioren seniorin seniorinnen, service, sicherung, sozial,
sozialarbeit, sperre sperren, spiel spiele, spieler spielerin spielerinnen, sport,
sprache sprachen, sprech, sprechstunde sprechstunden, stadt, stadtteil stadtteile, stätte stätten,
stelle stellen, stunde stunden, stützpunkt stützpunkte, sucht süchte, tag tage tages, tafel,
telefon, therapie, training, trauer, treff treffs, trefftrennung,
verbraucher verbraucherin verbraucherinnen, verein vereine, verfügung, versicherung, vermittlung,
vernetzung, verwaltung, vollmacht, vorbereitung, vorsorge, wette wetten, wohn, wohnung wohnungen,
woche wochen, zeit zeiten, zentrale, zentrum zentren, zuschlag
`;

/** Words that are never split, although parts of them look like words ("Heb-amme"). */
export const NO_SPLIT = new Set(
  `
  hebamme hebammen generation generationen nachbarschaft gemeinschaft freundschaft partnerschaft
  beratung beratungen betreuung begleitung verwaltung vereinbarkeit einsamkeit kindergarten
  integration migration information organisation kooperation situation gesundheit angehörige
  angehörigen jugendliche jugendlichen ehrenamt ehrenamtliche ehrenamtlichen verbraucher
  interesse interessen thüringen thüringer vereinbaren vereinbart selbstständig selbständig
  `.split(/\s+/).filter(Boolean),
);

/**
 * Bogus parts: never a part on their own, known or unknown. Derivational endings and prefixes
 * would otherwise turn "ehrenamt-lich" or "über-blick" into parts.
 */
export const BLOCKED_PARTS = new Set(
  `
  heb amme gene samt ration ende enden rinnen innen erin erinnen lich liche lichen licher
  isch ische ischen bare sam same haft heit keit schaft ung ungen tum lose chen lein nisse
  ling linge unter über nach gegen wieder durch hinter ober außer inner vorder neben zwischen
  sehr viel alle einzu anzu bart
  `.split(/\s+/).filter(Boolean),
);

/**
 * Parts that anchor a split ("Mehr|generationen|haus", "Groß|eltern") but are no search term on
 * their own.
 */
export const SILENT_PARTS = new Set(
  `
  mehr sprech selbst groß klein ganz erst neu alt jung west ost nord süd
  `.split(/\s+/).filter(Boolean),
);

/** Every listed form mapped to its lemma. */
export const LEXICON: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  for (const lexeme of DOMAIN_LEXEMES.split(",")) {
    const [lemma, ...others] = lexeme.trim().split(/\s+/).filter(Boolean);
    if (!lemma) continue;
    for (const form of [lemma, ...others]) if (!BLOCKED_PARTS.has(form)) forms.set(form, lemma);
  }
  return forms;
})();

/** Longest listed form: bounds the splitter's search for known parts. */
export const LONGEST_FORM = Math.max(...[...LEXICON.keys()].map((f) => f.length));
