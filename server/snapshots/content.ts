import { z } from "zod";
import { plainText } from "../plain-text";

// What a Stichtag snapshot keeps, as one compact JSON document. Checked on every write and every
// read (a stored document that no longer fits is an error, never silently shown). It holds no
// address, coordinates or place of any offer: only the rows an offer counts in, so an offer with a
// hidden address still counts where it serves without its address ever entering the snapshot.

const code = z.string().regex(/^[a-z0-9_-]{1,64}$/i);
const count = z.number().int().min(0);
const fte = z.number().min(0).nullable();

export const snapshotOfferSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  organization: z.string(),
  /** Matrix rows it counts in: Planungsraum codes, or "stadtweit", "regional", "ohne" (server/coverage/sql.ts). */
  rows: z.array(code),
  handlungsfelder: z.array(code),
  lebensphasen: z.array(code),
  angebotsarten: z.array(code),
  places: count.nullable(),
  fte,
  waitingWeeks: count.nullable(),
  acceptingNewClients: z.boolean().nullable(),
});
export type SnapshotOffer = z.output<typeof snapshotOfferSchema>;

export const snapshotCellSchema = z.object({ offers: count, places: count.nullable(), fte });
export type SnapshotCell = z.output<typeof snapshotCellSchema>;

/** Planungsraum x Handlungsfeld, as the coverage matrix counts it. */
export const snapshotMatrixSchema = z.object({
  columns: z.array(z.object({ code, name: z.string() })),
  rows: z.array(
    z.object({
      key: code,
      name: z.string(),
      kind: z.enum(["area", "stadtweit", "regional", "ohne"]),
      cells: z.array(snapshotCellSchema),
    }),
  ),
});
export type SnapshotMatrix = z.output<typeof snapshotMatrixSchema>;

export const MEASURE_STATUSES = ["PLANNED", "IN_PROGRESS", "IMPLEMENTED", "ONGOING", "DELAYED", "DISCONTINUED"] as const;

export const snapshotMeasureSchema = z.object({
  id: z.uuid(),
  code: z.string().nullable(),
  title: z.string(),
  handlungsfeld: code,
  status: z.enum(MEASURE_STATUSES),
  /** Indicators by state: fulfilled, not fulfilled, not assessed yet. */
  indicators: z.object({ fulfilled: count, notFulfilled: count, open: count }),
});
export type SnapshotMeasure = z.output<typeof snapshotMeasureSchema>;

/** What a rebuilt snapshot could not take from history (shown on its page). */
export const UNRECONSTRUCTABLE = [
  /** Measures keep no history of their status. */
  "plan",
  /** Organisation names, Planungsräume and Handlungsfelder are read as they are today. */
  "referenceData",
  /** Some stored versions no longer fit today's offer schema and were left out. */
  "invalidVersions",
] as const;
export type Unreconstructable = (typeof UNRECONSTRUCTABLE)[number];

export const snapshotContentSchema = z.object({
  offers: z.array(snapshotOfferSchema),
  matrix: snapshotMatrixSchema,
  /** The plan period running on the Stichtag with its measures; null when it could not be known. */
  plan: z.object({ periodName: z.string(), measures: z.array(snapshotMeasureSchema) }).nullable(),
  missing: z.array(z.enum(UNRECONSTRUCTABLE)),
});
export type SnapshotContent = z.output<typeof snapshotContentSchema>;

// The forms' fields. Error messages are codes the page translates (Snapshots.errors.*).
export const LABEL_MAX = 120;
const labelField = plainText().min(1, "required").max(LABEL_MAX, "tooLong");
const isoDate = z.iso.date("notADate");

export const freezeInputSchema = z.object({ label: labelField });
export const rebuildInputSchema = z.object({ label: labelField, stichtag: isoDate });
export type SnapshotFormField = "label" | "stichtag";
