import "server-only";
import { db } from "../db";
import { normalizePlace } from "./normalize-place";

// Geocoding without any third-party service: a place a resident types is looked up in the
// catalogue's own data — the known streets and Ortsteile of each Planungsraum, and the
// Planungsräume themselves (their centre). Good enough for "near me" in one town.

export type Place = { lat: number; lon: number; label: string };

type Candidate = Place & { key: string };
let cache: { at: number; candidates: Candidate[] } | null = null;

async function candidates(): Promise<Candidate[]> {
  if (cache && Date.now() - cache.at < 5 * 60_000) return cache.candidates;
  const areas = await db.planningArea.findMany({ include: { streets: true } });
  const list: Candidate[] = [];
  for (const area of areas) {
    list.push({ key: normalizePlace(area.name), lat: area.centerLat, lon: area.centerLon, label: area.name });
    for (const street of area.streets) {
      list.push({
        key: normalizePlace(street.name),
        lat: street.latitude ?? area.centerLat,
        lon: street.longitude ?? area.centerLon,
        label: street.name,
      });
    }
  }
  cache = { at: Date.now(), candidates: list };
  return list;
}

export async function geocode(text: string): Promise<Place | null> {
  const key = normalizePlace(text);
  if (key.length < 2) return null;
  const all = await candidates();
  const hit =
    all.find((c) => c.key === key) ??
    all.find((c) => c.key.startsWith(key)) ??
    all.find((c) => c.key.split(" ").some((w) => w.startsWith(key)));
  return hit ? { lat: hit.lat, lon: hit.lon, label: hit.label } : null;
}
