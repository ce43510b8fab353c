// One zod schema per CSV kind. A row arrives as { column header: cell text } and leaves as a typed
// figure; each issue's path is the column header, so an error names row and column.
import { z } from "zod";
import type { HouseholdType } from "../generated/prisma/enums";
import { parseGermanNumber } from "./german-number";
import { normalize } from "./layouts";

export type AreaRef = { id: string; code: string; name: string };
export type IndicatorRef = { id: string | null; key: string; name: string; unit: string | null };

/** Planungsräume and indicators already in the database, looked up by code/key or name. */
export type Lookups = { area(text: string): AreaRef | null; indicator(text: string): IndicatorRef | null };

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
const TEXT_MAX = 300;

/** Accepted spellings per household type (normalised); the enum name works too. */
export const HOUSEHOLD_TYPE_NAMES: Record<HouseholdType, string[]> = {
  SINGLE_PERSON: ["einpersonenhaushalte", "einpersonenhaushalt", "einpersonen"],
  WITH_CHILDREN: ["haushalte mit kindern", "mit kindern", "familien mit kindern"],
  SINGLE_PARENT: ["alleinerziehende", "alleinerziehend", "alleinerziehende haushalte"],
  SENIOR_ALONE: ["alleinlebende ab 65", "alleinlebende 65+", "senioren allein", "65+ allein"],
  TOTAL: ["insgesamt", "gesamt", "alle haushalte"],
};

const fail = (ctx: z.RefinementCtx, message: string) => {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
};
const quoted = (v: string) => `'${v.trim()}'`;

const required = z.string().transform((v, ctx) => (v.trim() ? v.trim() : fail(ctx, "Angabe fehlt")));

const number = required.transform((v, ctx) => parseGermanNumber(v) ?? fail(ctx, `${quoted(v)} ist keine Zahl`));

const wholeNumber = (min: number, max: number) =>
  required.transform((v, ctx) => {
    const n = parseGermanNumber(v);
    if (n === null) return fail(ctx, `${quoted(v)} ist keine Zahl`);
    if (!Number.isInteger(n)) return fail(ctx, `${quoted(v)} ist keine ganze Zahl`);
    if (n < min || n > max) return fail(ctx, `${quoted(v)} liegt nicht zwischen ${min} und ${max}`);
    return n;
  });

const year = wholeNumber(MIN_YEAR, MAX_YEAR);
const count = wholeNumber(0, 10_000_000);
const age = wholeNumber(0, 130);
const text = required.pipe(z.string().max(TEXT_MAX, `Text länger als ${TEXT_MAX} Zeichen`));
const optionalText = z.string().transform((v) => v.trim() || null).pipe(z.string().max(TEXT_MAX).nullable());

const area = (lookups: Lookups) =>
  required.transform((v, ctx) => lookups.area(v) ?? fail(ctx, `${quoted(v)} ist kein bekannter Planungsraum (Kürzel oder Name)`));

const householdType = required.transform((v, ctx) => {
  const wanted = normalize(v);
  const found = (Object.entries(HOUSEHOLD_TYPE_NAMES) as [HouseholdType, string[]][]).find(
    ([type, names]) => names.includes(wanted) || normalize(type) === wanted,
  );
  return found ? found[0] : fail(ctx, `${quoted(v)} ist kein bekannter Haushaltstyp (${Object.values(HOUSEHOLD_TYPE_NAMES).map((n) => n[0]).join(", ")})`);
});

export function populationRowSchema(lookups: Lookups) {
  return z
    .object({ Planungsraum: area(lookups), Jahr: year, "Alter von": age, "Alter bis": z.string(), Anzahl: count, Quelle: text })
    .transform((r, ctx) => {
      // Empty "Alter bis" is an open band ("80 und älter").
      const ageTo = r["Alter bis"].trim() === "" ? null : age.safeParse(r["Alter bis"]);
      if (ageTo && !ageTo.success) return fail2(ctx, "Alter bis", ageTo.error.issues[0].message);
      if (ageTo && ageTo.data < r["Alter von"]) return fail2(ctx, "Alter bis", `${ageTo.data} ist kleiner als Alter von (${r["Alter von"]})`);
      return { area: r.Planungsraum, year: r.Jahr, ageFrom: r["Alter von"], ageTo: ageTo ? ageTo.data : null, count: r.Anzahl, source: r.Quelle };
    });
}

export function householdRowSchema(lookups: Lookups) {
  return z
    .object({ Planungsraum: area(lookups), Jahr: year, Haushaltstyp: householdType, Anzahl: count, Quelle: text })
    .transform((r) => ({ area: r.Planungsraum, year: r.Jahr, type: r.Haushaltstyp, count: r.Anzahl, source: r.Quelle }));
}

export function indicatorRowSchema(lookups: Lookups) {
  return z
    .object({ Planungsraum: area(lookups), Jahr: year, Indikator: text, Wert: number, Einheit: optionalText, Quelle: text })
    .transform((r, ctx) => {
      const known = lookups.indicator(r.Indikator);
      if (known?.unit && r.Einheit && normalize(known.unit) !== normalize(r.Einheit)) {
        return fail2(ctx, "Einheit", `${quoted(r.Einheit)} passt nicht zum Indikator ${known.name} (Einheit ${known.unit})`);
      }
      // An indicator the database does not know yet is created with the upload.
      const indicator: IndicatorRef = known ?? { id: null, key: indicatorKey(r.Indikator), name: r.Indikator, unit: r.Einheit };
      return { area: r.Planungsraum, year: r.Jahr, indicator, value: r.Wert, source: r.Quelle };
    });
}

function fail2(ctx: z.RefinementCtx, column: string, message: string) {
  ctx.addIssue({ code: "custom", message, path: [column] });
  return z.NEVER;
}

/** "Kinder in Hilfen zur Erziehung" -> "kinder_in_hilfen_zur_erziehung". */
export function indicatorKey(name: string) {
  return normalize(name)
    .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

export type PopulationRow = z.output<ReturnType<typeof populationRowSchema>>;
export type HouseholdRow = z.output<ReturnType<typeof householdRowSchema>>;
export type IndicatorRow = z.output<ReturnType<typeof indicatorRowSchema>>;
