// The map's colour scale: one hue (ColorBrewer "Blues", 5 classes) that only gets darker, so it
// reads the same with any colour-vision deficiency and in greyscale print; the figure is written
// on every area anyway, and gaps carry a hatch pattern and the word "Lücke", not a colour of their own.

export const MAP_COLOURS = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"] as const;
/** Fills dark enough that their label is white (contrast above 4.5:1 either way). */
const DARK_FROM = 3;

export type ColourBin = { from: number; to: number; colour: string };

/** A round step (1, 2, 2.5 or 5 times a power of ten) so the legend reads "0–0,5", "0,5–1". */
function niceStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
}

/** Equal classes from 0 up to the largest value; none when there is nothing to colour. */
export function colourBins(values: readonly number[]): ColourBin[] {
  const max = Math.max(0, ...values);
  if (max <= 0) return [];
  const step = niceStep(max / MAP_COLOURS.length);
  // toPrecision: 3 x 0.1 is 0.30000000000000004 in floating point.
  const at = (i: number) => Number((i * step).toPrecision(12));
  return MAP_COLOURS.map((colour, i) => ({ from: at(i), to: at(i + 1), colour }));
}

/** Index of the class a value falls in (a class includes its lower bound). */
export function binIndex(bins: readonly ColourBin[], value: number): number {
  const i = bins.findIndex((b) => value < b.to);
  return i === -1 ? bins.length - 1 : i;
}

export const labelColour = (bin: number) => (bin >= DARK_FROM ? "#ffffff" : "#111827");
