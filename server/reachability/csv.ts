import "server-only";
import { toGermanCsv } from "../csv/german";
import type { Reachability, ReachStatus } from "./reachability";

// The reachability table for German Excel (server/csv/german.ts); an unknown distance stays empty.

const STATUS: Record<ReachStatus, string> = {
  local: "im Raum vorhanden",
  hidden: "im Raum vorhanden, Lage nicht öffentlich",
  neighbour: "durch Nachbarraum abgedeckt",
  gap: "Lücke",
};

const km = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

export function reachabilityCsv({ rows, params, detourFactor }: Reachability): string {
  const header = [
    "Planungsraum",
    "Angebotsart",
    "Luftlinie zum nächsten öffentlichen Standort (km)",
    `Fußweg geschätzt (km, Luftlinie x ${String(detourFactor).replace(".", ",")})`,
    "Nächster Standort",
    "Planungsraum des nächsten Standorts",
    "Lage nicht öffentlich (im Raum vorhanden)",
    `Bewertung (Nachbarraum bis ${String(params.abstand).replace(".", ",")} km Fußweg)`,
  ];
  const lines = rows.map((r) => [
    r.areaName,
    r.typeName,
    km(r.straightKm),
    km(r.walkKm),
    r.nearestName,
    r.nearestAreaName,
    r.hiddenHere ? "ja" : "nein",
    STATUS[r.status],
  ]);
  return toGermanCsv([header, ...lines]);
}
