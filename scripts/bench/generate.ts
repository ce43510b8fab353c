// A realistic, deterministic bench catalogue (issue 14): N offers spread over Thuringia's
// municipalities in proportion to population (scripts/bench/data), with varied German texts
// composed from ./vocabulary.ts and the facets, places, hours and phones a real entry has.
// Same n and seed, same catalogue: the PRNG is seeded, nothing reads the clock or Math.random.
import { readFileSync } from "node:fs";
import path from "node:path";
import { HINWEIS_CODES } from "../../prisma/seed/hinweise";
import type { OfferDataInput } from "../../server/offers/schema";
import { prng, type Rng } from "./random";
import type { GeneratedCatalogue, GeneratedOffer, Municipality } from "./types";
import { ACTIVITIES, CLOSINGS, LANGUAGES, NAME_SUFFIXES, OFFER_TYPES, PROVIDERS, STREETS, TARGET_GROUPS, TOPICS } from "./vocabulary";

const DATA_FILE = path.join(import.meta.dirname, "data", "thueringen-gemeinden.csv");
/** Share of offers with a hidden address (protection offers) and without any place (phone/online). */
export const HIDDEN_SHARE = 0.02;
export const REMOTE_SHARE = 0.1;

/** The municipalities of the data file (no quoted fields in it, so a plain split reads it). */
export function loadMunicipalities(file = DATA_FILE): Municipality[] {
  const [header, ...lines] = readFileSync(file, "utf8").trim().split("\n");
  const cols = header.split(",");
  return lines.map((line) => {
    const v = Object.fromEntries(line.split(",").map((x, i) => [cols[i], x]));
    return { key: v.key, name: v.name, district: v.district, postalCode: v.postalCode, lat: Number(v.lat), lon: Number(v.lon), population: Number(v.population) };
  });
}


/** Picks a municipality with probability proportional to its population. */
function byPopulation(municipalities: Municipality[]) {
  const cumulative: number[] = [];
  let total = 0;
  for (const m of municipalities) cumulative.push((total += m.population));
  return (rng: Rng) => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return municipalities[lo];
  };
}

const KREISFREI = " (kreisfreie Stadt)";
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
const LARGEST = 213_981; // Erfurt: the spread of places scales with the square root of population

/** A point within the municipality; bigger towns spread wider (up to ~4 km from the centre). */
function placeIn(m: Municipality, rng: Rng) {
  const radius = 0.008 + 0.03 * Math.sqrt(m.population / LARGEST);
  return { latitude: round5(m.lat + (rng.next() * 2 - 1) * radius), longitude: round5(m.lon + (rng.next() * 2 - 1) * radius * 1.5) };
}

function hoursFor(rng: Rng) {
  const days = rng.some(["MO", "TU", "WE", "TH", "FR", "SA"] as const, 4);
  const [opensAt, closesAt] = rng.pick([["08:00", "12:00"], ["09:00", "15:00"], ["13:00", "17:00"], ["14:00", "18:00"], ["10:00", "16:00"]]);
  return days.map((weekday) => ({ weekday, opensAt, closesAt }));
}

const phoneNumber = (m: Municipality, rng: Rng) => `0${m.postalCode.slice(0, 2)}${rng.int(90) + 10} ${100000 + rng.int(900000)}`;

/** The distinct lower-case words of a text (letters incl. umlauts and ß; hyphens split words). */
export function wordsOf(text: string) {
  return [...new Set(text.toLowerCase().match(/[\p{L}]+/gu) ?? [])];
}

const COMPOUND_PARTS = new Map(OFFER_TYPES.filter((t) => t.parts.length > 1).map((t) => [t.word.toLowerCase(), t.parts]));

export function generateCatalogue(n: number, seed = 1): GeneratedCatalogue {
  const rng = prng(seed);
  const municipalities = loadMunicipalities();
  const districts = [...new Set(municipalities.map((m) => m.district))];
  // One branch of each welfare association per district, and each town's own administration
  // (a kreisfreie Stadt has no Landratsamt).
  const providers = new Map<string, { id: string; name: string }[]>();
  const organizations: { id: string; name: string }[] = [];
  for (const d of districts) {
    const kreisfrei = d.endsWith(KREISFREI);
    const names = PROVIDERS.map((p) => p(d.replace(KREISFREI, ""))).filter((name) => !(kreisfrei && name.startsWith("Landratsamt")));
    const list = names.map((name) => ({ id: rng.uuid(), name }));
    providers.set(d, list);
    organizations.push(...list);
  }
  // The data file does not say which municipalities are towns; the bigger ones mostly are.
  const townHall = new Map(municipalities.map((m) => [m.key, { id: rng.uuid(), name: `${m.population >= 10_000 ? "Stadt" : "Gemeinde"}verwaltung ${m.name}` }]));
  organizations.push(...townHall.values());

  const pickMunicipality = byPopulation(municipalities);
  const protectionTypes = OFFER_TYPES.filter((t) => t.protection);
  const remoteTypes = OFFER_TYPES.filter((t) => t.remote);
  const ordinaryTypes = OFFER_TYPES.filter((t) => !t.protection && !t.remote);

  const offers: GeneratedOffer[] = [];
  for (let i = 0; i < n; i++) {
    const m = pickMunicipality(rng);
    const roll = rng.next();
    const kind = roll < HIDDEN_SHARE ? "hidden" : roll < HIDDEN_SHARE + REMOTE_SHARE ? "remote" : "public";
    const type = rng.pick(kind === "hidden" ? protectionTypes : kind === "remote" ? remoteTypes : ordinaryTypes);
    const org = rng.next() < 0.15 ? townHall.get(m.key)! : rng.pick(providers.get(m.district)!);

    const name = rng.pick([
      () => `${type.word} ${m.name}`,
      () => `${type.word} ${rng.pick(NAME_SUFFIXES)} in ${m.name}`,
      () => `${type.word} – ${org.name}`,
      () => `${type.word} im ${rng.pick(["Stadtteil", "Ortsteil"])} ${m.name}`,
    ])();
    const phase = rng.pick(type.lebensphasen);
    const group = rng.pick(TARGET_GROUPS[phase]);
    const free = rng.next() < 0.7;
    const description = [
      `Das Angebot ${type.word} in ${m.name} richtet sich an ${group} und hilft bei ${rng.pick(TOPICS[phase])}.`,
      `${rng.pick(ACTIVITIES)}.`,
      rng.next() < 0.6 ? `Auch bei ${rng.pick(TOPICS[rng.pick(type.lebensphasen)])} finden Sie hier Unterstützung.` : "",
      free && rng.next() < 0.5 ? "Das Angebot ist kostenlos." : rng.pick(CLOSINGS),
    ].filter(Boolean).join(" ");

    const location = () => ({
      id: rng.uuid(),
      name: kind === "hidden" ? `${type.word} (vertrauliche Anschrift)` : null,
      street: kind === "hidden" ? "Vertrauliche Anschrift (generiert)" : `${rng.pick(STREETS)} ${1 + rng.int(80)}`,
      postalCode: m.postalCode,
      city: m.name,
      ...placeIn(m, rng),
      planningAreaCode: m.key,
      stepFree: rng.next() < 0.5,
      schedules: kind === "hidden" ? [] : hoursFor(rng),
    });
    const locations = kind === "remote" ? [] : rng.next() < 0.1 && kind === "public" ? [location(), location()] : [location()];
    const data: OfferDataInput & { id: string } = {
      id: rng.uuid(),
      organizationId: org.id,
      name,
      description,
      eligibilityDescription: `${group}.`,
      free,
      feesDescription: free ? null : "Kosten auf Anfrage.",
      languages: ["de", ...rng.some(LANGUAGES, 2)],
      lastVerifiedAt: `2026-${String(1 + rng.int(11)).padStart(2, "0")}-${String(1 + rng.int(28)).padStart(2, "0")}`,
      addressVisibility: kind === "hidden" ? "HIDDEN" : kind === "remote" ? "NONE" : "PUBLIC",
      serviceAreaScope: kind === "remote" ? rng.pick(["CITY", "REGION"] as const) : "CITY",
      anonymousPossible: kind !== "public" || rng.next() < 0.1,
      protectionOffer: kind === "hidden",
      channels: kind === "remote" ? ["PHONE", "ONLINE"] : kind === "hidden" ? ["PHONE"] : rng.next() < 0.3 ? ["IN_PERSON", "PHONE"] : ["IN_PERSON"],
      handlungsfelder: [type.handlungsfeld],
      lebensphasen: type.lebensphasen,
      angebotsarten: [type.angebotsart],
      hinweise: rng.some(HINWEIS_CODES.filter((c) => free || c !== "kostenlos"), 3),
      byArrangement: rng.next() < 0.2,
      locations,
      // Phone hours of offers without a place to visit.
      schedules: kind === "public" ? [] : hoursFor(rng),
      phones: [{ number: phoneNumber(m, rng) }],
      isDemo: true,
    };
    const words = wordsOf(`${name} ${description}`);
    const compounds = words.flatMap((word) => (COMPOUND_PARTS.has(word) ? [{ word, parts: COMPOUND_PARTS.get(word)! }] : []));
    offers.push({ data, municipality: m.key, words, compounds });
  }
  return { municipalities, organizations, offers };
}
