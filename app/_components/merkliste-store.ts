import { useSyncExternalStore } from "react";

// The Merkliste lives only in this browser's localStorage: nothing about it reaches the server.
// Format (versioned so a later change can migrate it):
//   localStorage["angebotskatalog.merkliste"] = {"version":1,"items":[{id,name,phone,address,hours,savedAt}
//   (hours and lang: added later, optional, so lists saved before still read as version 1)]}
// Everything read back is checked, because anything may have been written there.

export type MerklisteItem = {
  id: string;
  name: string;
  /** First phone number, or null. */
  phone: string | null;
  /** One-line public address, or null (never set for offers without a public address). */
  address: string | null;
  /** Opening hours in one line as the offer page showed them when saved ("Mo–Fr 9:00–12:00"), or null. */
  hours?: string | null;
  /** Language of the name as saved (a translation or German), for `lang` on the list; null if unknown. */
  lang?: string | null;
  /** ISO timestamp. */
  savedAt: string;
};

export const MERKLISTE_KEY = "angebotskatalog.merkliste";
export const MERKLISTE_MAX = 100;
const CHANGE_EVENT = "angebotskatalog:merkliste";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A plain language tag ("de", "uk"): anything else read back is dropped. */
const LANG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** The browser refuses storage (blocked, or some private modes). */
export const UNAVAILABLE = "unavailable" as const;
/** null while rendering on the server or hydrating: the list is not known yet. */
export type MerklisteSnapshot = readonly MerklisteItem[] | typeof UNAVAILABLE | null;

const text = (v: unknown, max: number) => (typeof v === "string" && v.trim() ? v.trim().slice(0, max) : null);

function parse(raw: string | null): MerklisteItem[] {
  if (!raw) return [];
  try {
    const data = JSON.parse(raw) as { version?: unknown; items?: unknown };
    if (data?.version !== 1 || !Array.isArray(data.items)) return [];
    const seen = new Set<string>();
    const items: MerklisteItem[] = [];
    for (const x of data.items as Record<string, unknown>[]) {
      const id = typeof x?.id === "string" && UUID.test(x.id) ? x.id.toLowerCase() : null;
      const name = text(x?.name, 200);
      if (!id || !name || seen.has(id)) continue;
      seen.add(id);
      items.push({ id, name, phone: text(x.phone, 60), address: text(x.address, 300), hours: text(x.hours, 500), lang: typeof x.lang === "string" && LANG.test(x.lang) && x.lang.length <= 20 ? x.lang : null, savedAt: text(x.savedAt, 40) ?? "" });
    }
    return items.slice(0, MERKLISTE_MAX);
  } catch {
    return [];
  }
}

// useSyncExternalStore needs the same object for the same stored text.
let cachedRaw: string | null | undefined;
let cachedItems: readonly MerklisteItem[] = [];

function getSnapshot(): MerklisteSnapshot {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(MERKLISTE_KEY);
  } catch {
    return UNAVAILABLE;
  }
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedItems = parse(raw);
  }
  return cachedItems;
}

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange); // other tabs
  window.addEventListener(CHANGE_EVENT, onChange); // this tab
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

export function useMerkliste(): MerklisteSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot, () => null);
}

function write(items: readonly MerklisteItem[]): boolean {
  try {
    if (items.length === 0) window.localStorage.removeItem(MERKLISTE_KEY);
    else window.localStorage.setItem(MERKLISTE_KEY, JSON.stringify({ version: 1, items }));
  } catch {
    return false;
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return true;
}

const current = () => {
  const snap = getSnapshot();
  return Array.isArray(snap) ? (snap as readonly MerklisteItem[]) : [];
};

/** Adds an offer (newest last); false if the list is full or the browser refuses to store it. */
export function addToMerkliste(item: Omit<MerklisteItem, "savedAt">): boolean {
  const items = current().filter((x) => x.id !== item.id);
  if (items.length >= MERKLISTE_MAX) return false;
  return write([...items, { ...item, savedAt: new Date().toISOString() }]);
}

export function removeFromMerkliste(id: string): boolean {
  return write(current().filter((x) => x.id !== id));
}

export function clearMerkliste(): boolean {
  return write([]);
}
