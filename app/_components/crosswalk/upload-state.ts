// Shared by the upload form (client) and its server action: a plain module, since values imported
// from a "use client" file arrive on the server as client references.

export type CrosswalkUploadState =
  | { outcome: "none" }
  | { outcome: "saved"; count: number }
  /** Every error of the file, already worded ("Zeile 3, Spalte target: …"). */
  | { outcome: "refused"; errors: string[] };

export const initialCrosswalkUploadState: CrosswalkUploadState = { outcome: "none" };
