import { z } from "zod";

// The gap ranking's weights: how much coverage, waiting time, demand and each need indicator count.
// One zod schema for what a named setting stores (checked on every write and every read), and
// the GET/form field names the page, its CSV and the save form share:
//   g_abdeckung, g_wartezeit, g_nachfrage  weight of a fixed component
//   i_<indicator key>                       weight of a need indicator
//   r_<indicator key>                       "niedrig" when a LOWER value means more need
// Weights are whole numbers 0..10; 0 leaves a component out.

export const WEIGHT_MAX = 10;
export const FIXED_COMPONENTS = ["abdeckung", "wartezeit", "nachfrage"] as const;
export type FixedComponent = (typeof FIXED_COMPONENTS)[number];
export const DIRECTIONS = ["hoch", "niedrig"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Indicator keys as the need-data import makes them (server/need-data/row-schemas.ts indicatorKey). */
export const INDICATOR_KEY = /^[a-z0-9_]{1,64}$/;
const MAX_INDICATORS = 100;

const weight = z.number().int().min(0).max(WEIGHT_MAX);
export const gapWeightsSchema = z
  .object({
    abdeckung: weight,
    wartezeit: weight,
    nachfrage: weight,
    indikatoren: z
      .record(z.string().regex(INDICATOR_KEY), z.object({ gewicht: weight, richtung: z.enum(DIRECTIONS) }))
      .refine((r) => Object.keys(r).length <= MAX_INDICATORS),
  })
  .strict();
export type GapWeights = z.output<typeof gapWeightsSchema>;

/** Coverage counts most; indicators only once the planner picks them. */
export const DEFAULT_WEIGHTS: GapWeights = { abdeckung: 2, wartezeit: 1, nachfrage: 1, indikatoren: {} };

export const totalWeight = (w: GapWeights) =>
  w.abdeckung + w.wartezeit + w.nachfrage + Object.values(w.indikatoren).reduce((sum, i) => sum + i.gewicht, 0);

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const weightParam = z.preprocess(first, z.coerce.number().int().min(0).max(WEIGHT_MAX).optional().catch(undefined));
const directionParam = z.preprocess(first, z.enum(DIRECTIONS).optional().catch(undefined));
const read = (raw: Record<string, unknown>, name: string) => (Object.hasOwn(raw, name) ? raw[name] : undefined);

/**
 * The weights a request states on top of `base` (a saved setting or the defaults): each valid
 * parameter replaces its value, a missing or malformed one keeps the base's. Only the indicators
 * in `indicatorKeys` (those the database holds) are read, so a URL cannot add made-up ones.
 */
export function weightsFromParams(raw: Record<string, unknown>, base: GapWeights, indicatorKeys: readonly string[]): GapWeights {
  const out: GapWeights = { ...base, indikatoren: {} };
  for (const c of FIXED_COMPONENTS) out[c] = weightParam.parse(read(raw, `g_${c}`)) ?? base[c];
  for (const key of indicatorKeys) {
    const before = base.indikatoren[key] ?? { gewicht: 0, richtung: "hoch" as const };
    const gewicht = weightParam.parse(read(raw, `i_${key}`)) ?? before.gewicht;
    const richtung = directionParam.parse(read(raw, `r_${key}`)) ?? before.richtung;
    out.indikatoren[key] = { gewicht, richtung };
  }
  return out;
}

/** The weights as [name, value] pairs: the query string of links and the CSV, the save form's hidden fields. */
export function weightFields(w: GapWeights): [string, string][] {
  return [
    ...FIXED_COMPONENTS.map((c): [string, string] => [`g_${c}`, String(w[c])]),
    ...Object.entries(w.indikatoren).flatMap(([key, i]): [string, string][] => [
      [`i_${key}`, String(i.gewicht)],
      [`r_${key}`, i.richtung],
    ]),
  ];
}

/**
 * The weights a save form posts, strictly: every field must be present and valid (the form sends
 * them as hidden fields, so anything else is a hand-made request), and at least one weight > 0.
 */
export function weightsFromForm(form: FormData, indicatorKeys: readonly string[]): GapWeights | null {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const number = (name: string) => {
    const v = text(name);
    return v !== undefined && /^\d{1,2}$/.test(v) ? Number(v) : NaN;
  };
  const candidate = {
    abdeckung: number("g_abdeckung"),
    wartezeit: number("g_wartezeit"),
    nachfrage: number("g_nachfrage"),
    indikatoren: Object.fromEntries(indicatorKeys.map((key) => [key, { gewicht: number(`i_${key}`), richtung: text(`r_${key}`) }])),
  };
  const parsed = gapWeightsSchema.safeParse(candidate);
  return parsed.success && totalWeight(parsed.data) > 0 ? parsed.data : null;
}
