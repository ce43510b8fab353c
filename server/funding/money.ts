import "server-only";
import { z } from "zod";
import { parseGermanNumber } from "../need-data/german-number";

// Money is kept in whole cents (integers): sums of floats drift (0.1 + 0.2), and the city's
// statements are exact to the cent. Planners type German amounts ("1.234,56", "1234,5", "1.234",
// "350.000 €"), read like the need-data files (a dot before other than three digits is refused).

/** Below PostgreSQL's integer limit: 20 million euros. */
export const MAX_CENTS = 2_000_000_000;

/** Cents of a typed amount, or null when it is not one (negative, more than two decimals, letters). */
export function parseEuroCents(input: string): number | null {
  const text = input.replace(/\s|€|EUR/gi, "");
  if (/,\d{3,}$/.test(text)) return null;
  const value = parseGermanNumber(text);
  if (value === null || value < 0) return null;
  const cents = Math.round(value * 100);
  return Number.isSafeInteger(cents) ? cents : null;
}

/**
 * A form field holding an amount: "" is `null` when `optional`, else "required"; anything else
 * must parse ("notAnAmount") and fit ("tooLarge"). The messages are error codes for the page.
 */
export function euroField(optional: boolean) {
  return z.string().transform((raw, ctx): number | null => {
    if (raw.trim() === "") {
      if (!optional) ctx.addIssue({ code: "custom", message: "required" });
      return null;
    }
    const cents = parseEuroCents(raw);
    if (cents === null) ctx.addIssue({ code: "custom", message: "notAnAmount" });
    else if (cents > MAX_CENTS) ctx.addIssue({ code: "custom", message: "tooLarge" });
    return cents;
  });
}

const EURO = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });

/** "1.234,56 €" (German Excel and the pages use the same notation). */
export const formatEuro = (cents: number | null) => (cents === null ? "" : EURO.format(cents / 100));
/** "1.234,56" without the sign: what a form shows for editing. */
export const editEuro = (cents: number | null) =>
  cents === null ? "" : new Intl.NumberFormat("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
