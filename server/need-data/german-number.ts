// Numbers as German statistics files write them: "1.234" (thousands), "12,5" (decimal comma),
// "1.234,5". A dot followed by other than three digits ("12.5") is refused rather than guessed,
// since it is either an English decimal point or a typo: guessing would import a figure 1,000
// times too large or too small.
const GERMAN_NUMBER = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

/** The number, or null if the text is not a German number. */
export function parseGermanNumber(text: string): number | null {
  const compact = text.trim().replace(/\s/g, "");
  if (!GERMAN_NUMBER.test(compact)) return null;
  const value = Number(compact.replace(/\./g, "").replace(",", "."));
  return Number.isFinite(value) ? value : null;
}
