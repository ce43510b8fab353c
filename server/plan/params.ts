import "server-only";
import { z } from "zod";

// The plan pages' GET parameters. Anything else in the URL is ignored; a bad value falls back to
// the default, so a hand-edited link still shows a page.

export const FLAG_KINDS = ["ohne-angebot", "veraltet", "indikator"] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];
/** "jeder": measures with any flag; or one kind. */
export const HINT_FILTERS = ["jeder", ...FLAG_KINDS] as const;
export type HintFilter = (typeof HINT_FILTERS)[number];

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const planParamsSchema = z.object({
  zeitraum: z.preprocess(one, z.uuid().optional()).catch(undefined),
  hinweis: z.preprocess(one, z.enum(HINT_FILTERS).optional()).catch(undefined),
  /** "1": retired goals, sub-goals, measures and indicators too, marked (planners only). */
  zurueckgezogen: z.preprocess(one, z.literal("1").optional()).catch(undefined).transform((v) => v === "1"),
});
export type PlanParams = z.infer<typeof planParamsSchema>;
/** The public plan page knows the period only. */
export const publicPlanParamsSchema = planParamsSchema.pick({ zeitraum: true });

/** The query string of `params` ("" or "?..."), for links that keep the page's choices. */
export function planQuery(params: PlanParams): string {
  const q = new URLSearchParams();
  if (params.zeitraum) q.set("zeitraum", params.zeitraum);
  if (params.hinweis) q.set("hinweis", params.hinweis);
  if (params.zurueckgezogen) q.set("zurueckgezogen", "1");
  const s = q.toString();
  return s ? `?${s}` : "";
}
