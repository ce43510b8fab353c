// Shared by the upload form (client) and its server action: a plain module, since values imported
// from a "use client" file arrive on the server as client references.
import type { FileSummary } from "@/server/need-data/import";
import type { UploadProblem } from "@/server/need-data/upload-schema";

export type NeedDataUploadState =
  | { outcome: "none" }
  | { outcome: "imported"; files: FileSummary[] }
  /** Every error of the file, already worded ("Zeile 14, Spalte Anzahl: …"). */
  | { outcome: "refused"; errors: string[]; total: number }
  | { outcome: "invalid"; problem: UploadProblem | "forbidden" };

export const initialUploadState: NeedDataUploadState = { outcome: "none" };
