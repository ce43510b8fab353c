import type { HsdsAccessibility } from "./hsds-schema";
import { stableUuid } from "./ids";

// Accessibility of a location between HSDS `accessibility` entries (free text) and our
// structured flags. Export writes one entry per known flag in a fixed German phrase (yes or no)
// and one entry for the note. Import maps those phrases back exactly; any other text is kept in
// the note, and a flag is set to true where a sentence of it clearly says so (step-free access,
// accessible toilet, hearing loop) and contains no negation. Free text never sets a flag to false.
// Our own note entry (recognised by its derived id) is taken as a note only, so a round trip
// never turns a note into a flag.

type Flags = {
  stepFree: boolean | null;
  accessibleToilet: boolean | null;
  hearingLoop: boolean | null;
  accessibilityNote: string | null;
};
type Flag = Exclude<keyof Flags, "accessibilityNote">;

const PHRASES: Record<Flag, { yes: string; no: string; pattern: RegExp }> = {
  stepFree: {
    yes: "Stufenloser Zugang",
    no: "Kein stufenloser Zugang",
    pattern: /stufenlos|ebenerdig|(barrierefrei|rollstuhlgerecht)\w*\s+(zugang|eingang|erreichbar)|wheelchair[- ]access|step[- ]free|level access/i,
  },
  accessibleToilet: {
    yes: "Barrierefreies WC",
    no: "Kein barrierefreies WC",
    pattern: /(barrierefrei|rollstuhlgerecht|behindertengerecht)\w*\s+(wc|toilette)|accessible\s+(toilet|restroom|bathroom)|disabled\s+(toilet|restroom)/i,
  },
  hearingLoop: {
    yes: "Induktive Höranlage (Hörschleife)",
    no: "Keine induktive Höranlage",
    pattern: /induktionsschleife|induktive\s+höranlage|hörschleife|induction\s+loop|hearing\s+loop|t-coil|t-spule/i,
  },
};
const FLAGS = Object.keys(PHRASES) as Flag[];
const NEGATION = /\b(kein|keine|keinen|nicht|ohne|no|not|without)\b/i;
const NOTE_MAX = 1000;

const noteId = (locationId: string) => stableUuid(locationId, "accessibility", "note");

export function toHsdsAccessibility(locationId: string, flags: Flags): HsdsAccessibility[] {
  const out: HsdsAccessibility[] = [];
  for (const flag of FLAGS) {
    const v = flags[flag];
    if (v !== null) out.push({ id: stableUuid(locationId, "accessibility", flag), description: v ? PHRASES[flag].yes : PHRASES[flag].no });
  }
  if (flags.accessibilityNote) {
    out.push({ id: noteId(locationId), description: flags.accessibilityNote });
  }
  return out;
}

export function fromHsdsAccessibility(locationId: string, entries: HsdsAccessibility[]): Flags {
  const flags: Flags = { stepFree: null, accessibleToilet: null, hearingLoop: null, accessibilityNote: null };
  const notes: string[] = [];
  for (const e of entries) {
    const description = e.description?.trim() ?? "";
    const exact = !e.details && FLAGS.find((f) => [PHRASES[f].yes, PHRASES[f].no].includes(description));
    if (exact) {
      flags[exact] = description === PHRASES[exact].yes;
      continue;
    }
    const text = [description, e.details?.trim()].filter(Boolean).join(" – ");
    if (!text) continue;
    notes.push(text);
    if (e.id === noteId(locationId)) continue;
    for (const sentence of text.split(/[.;!\n]+/)) {
      if (NEGATION.test(sentence)) continue;
      for (const f of FLAGS) if (flags[f] === null && PHRASES[f].pattern.test(sentence)) flags[f] = true;
    }
  }
  if (notes.length) flags.accessibilityNote = notes.join("\n").slice(0, NOTE_MAX);
  return flags;
}
