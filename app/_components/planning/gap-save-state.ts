// Shared by the save form (client) and its server action: a plain module, since values imported
// from a "use client" file arrive on the server as client references.
import type { SettingNameError } from "@/server/gaps/settings";

export type GapSaveState = {
  /** What was typed, kept when the save is refused. */
  name: string;
  nameError: SettingNameError | null;
  formError: "weights" | "forbidden" | null;
};

export const initialGapSaveState: GapSaveState = { name: "", nameError: null, formError: null };
