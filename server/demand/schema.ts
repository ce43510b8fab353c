import { z } from "zod";

// The demand page's filters (?ergebnisse=0|wenige|alle&monate=3|6|12); anything else falls back to the default.
export const RESULT_FILTERS = ["alle", "0", "wenige"] as const;
export const MONTH_FILTERS = ["12", "6", "3"] as const;
export const DEMAND_TABLES = ["begriffe", "filter", "monate"] as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const demandFilterSchema = z.object({
  ergebnisse: z.preprocess(first, z.enum(RESULT_FILTERS).catch("alle")).default("alle"),
  monate: z.preprocess(first, z.enum(MONTH_FILTERS).catch("12")).default("12"),
});

export type DemandFilter = z.output<typeof demandFilterSchema>;
export type DemandTable = (typeof DEMAND_TABLES)[number];

export const demandTableSchema = z.preprocess(first, z.enum(DEMAND_TABLES));
