import { labelColour } from "@/server/map/colour-scale";
import type { CoverageMap, MapArea } from "@/server/map/coverage-map";

// The map itself: plain SVG computed on the server (server/map), no script and no request
// anywhere. role="img" with a title and a summary; the figures are in the table next to it.
// Pure (texts come in as props), so it renders the same in a page and in a test.

type Props = {
  map: CoverageMap;
  title: string;
  summary: string;
  /** The figure written on an area ("0,42", "Lücke 0", "k. A."). */
  areaLabel: (area: MapArea) => string;
  /** Unique per page: the pattern ids are document-wide. */
  idPrefix?: string;
};

const STROKE = "#1f2937";

/** The fills of a class, a gap (hatched) and an unknown value (dotted), shared with the legend. */
export function MapPatterns({ idPrefix }: { idPrefix: string }) {
  return (
    <defs>
      <pattern id={`${idPrefix}-hatch`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="8" stroke="#4b5563" strokeWidth="3" />
      </pattern>
      <pattern id={`${idPrefix}-dots`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill="#ffffff" />
        <circle cx="4" cy="4" r="1.3" fill="#4b5563" />
      </pattern>
    </defs>
  );
}

export function areaFill(map: Pick<CoverageMap, "bins">, area: Pick<MapArea, "gap" | "bin">, idPrefix: string): string {
  if (area.gap) return `url(#${idPrefix}-hatch)`;
  if (area.bin === null) return `url(#${idPrefix}-dots)`;
  return map.bins[area.bin]?.colour ?? "#ffffff";
}

export function CoverageMapSvg({ map, title, summary, areaLabel, idPrefix = "karte" }: Props) {
  if (!map.frame) return null;
  const drawn = map.areas.filter((a) => a.shape);
  return (
    <svg
      viewBox={`0 0 ${map.frame.width} ${map.frame.height}`}
      role="img"
      aria-label={summary}
      className="h-auto w-full max-w-full border border-gray-400 bg-white"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title>{title}</title>
      <MapPatterns idPrefix={idPrefix} />
      {drawn.map((a) => (
        <path key={a.code} d={a.shape!.d} fill={areaFill(map, a, idPrefix)} stroke={STROKE} strokeWidth="1.5" strokeLinejoin="round">
          <title>{`${a.name}: ${areaLabel(a)}`}</title>
        </path>
      ))}
      {map.dots.map((d, i) => (
        <circle key={i} cx={d.x} cy={d.y} r="4" fill="#b45309" stroke="#ffffff" strokeWidth="1.5">
          <title>{d.names.join(", ")}</title>
        </circle>
      ))}
      {/* Labels last, above the dots; a white halo keeps them readable on any fill and hatch. */}
      {drawn.map((a) => {
        const dark = !a.gap && a.bin !== null && labelColour(a.bin) === "#ffffff";
        return (
          <text
            key={a.code}
            x={a.shape!.labelX}
            y={a.shape!.labelY}
            textAnchor="middle"
            fontSize="13"
            fill={dark ? "#ffffff" : "#111827"}
            stroke={dark ? "#08306b" : "#ffffff"}
            strokeWidth="3"
            paintOrder="stroke"
            strokeLinejoin="round"
          >
            <tspan x={a.shape!.labelX} dy="-0.2em">
              {a.name.split(" / ")[0]}
            </tspan>
            <tspan x={a.shape!.labelX} dy="1.2em" fontWeight="bold">
              {areaLabel(a)}
            </tspan>
          </text>
        );
      })}
    </svg>
  );
}
