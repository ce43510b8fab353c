// Pure (no database, no "server-only"): the geocoder (geocode.ts) compares places by this key, and
// the bench's query mix (scripts/bench/queries.ts) uses it to ask only for places the site can find.

/** Lower case, umlauts and ß folded, "str." spelled out, house numbers and punctuation dropped. */
export function normalizePlace(text: string) {
  return text
    .toLowerCase()
    .replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u").replace(/ß/g, "ss")
    .replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u")
    .replace(/\bstr\.?(?=\s|$)/g, "strasse").replace(/str\.(?=\s|$)/g, "strasse")
    .replace(/\b\d{5}\b/g, " ").replace(/\beisenach\b/g, " ")
    .replace(/\d+\s*[a-z]?\b/g, " ")
    .replace(/[^a-z]+/g, " ")
    .trim();
}
