import { z } from "zod";

// The /fachinfo filter (GET ?name=...): one plain text, trimmed and cut to a sane length; a
// missing, repeated or malformed parameter counts as no filter. The text only ever reaches
// Prisma as a `contains` value, never SQL.
export const NETWORK_NAME_MAX = 100;

export const networkFilterSchema = z.object({
  name: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z
      .string()
      .catch("")
      .transform((v) => v.trim().slice(0, NETWORK_NAME_MAX)),
  ),
});

export type NetworkFilter = z.output<typeof networkFilterSchema>;
