import { getFormatter, getTranslations } from "next-intl/server";
import type { CoverageMap } from "@/server/map/coverage-map";
import { areaFill, MapPatterns } from "./coverage-map-svg";

/** The map's legend as a list, each swatch a small SVG (prints, unlike CSS backgrounds). */
export async function CoverageMapLegend({ map }: { map: CoverageMap }) {
  const [t, format] = await Promise.all([getTranslations("PlanningMap.map"), getFormatter()]);
  const n = (v: number) => format.number(v, { maximumFractionDigits: 2 });
  // Each swatch defines its own patterns: ids are document-wide and must not repeat.
  const swatch = (id: string, fill: (idPrefix: string) => string) => (
    <svg width="28" height="18" aria-hidden="true" className="shrink-0 border border-gray-700">
      <MapPatterns idPrefix={id} />
      <rect width="28" height="18" fill={fill(id)} />
    </svg>
  );
  const item = (key: string, visual: React.ReactNode, text: string) => (
    <li key={key} className="flex items-center gap-2">
      {visual}
      {text}
    </li>
  );
  return (
    <section aria-labelledby="map-legend" className="mt-3 break-inside-avoid">
      <h2 id="map-legend" className="text-lg font-semibold">
        {t("legendHeading")}: {t(`measures.${map.measure}`)}
      </h2>
      <ul className="mt-1 grid gap-1 text-sm sm:grid-cols-2">
        {map.bins.length === 0
          ? item("zero", swatch("legend-zero", () => "#ffffff"), t("legendAllZero"))
          : map.bins.map((b, i) => item(`bin-${i}`, swatch(`legend-${i}`, () => b.colour), t("legendRange", { from: n(b.from), to: n(b.to) })))}
        {item("gap", swatch("legend-gap", (id) => areaFill(map, { gap: "none", bin: null }, id)), t("legendGap", { threshold: map.coverage.schwelle }))}
        {item("nodata", swatch("legend-nodata", (id) => areaFill(map, { gap: null, bin: null }, id)), t("legendNoData"))}
        {item(
          "point",
          <svg width="28" height="18" aria-hidden="true" className="shrink-0">
            <circle cx="14" cy="9" r="5" fill="#b45309" stroke="#ffffff" strokeWidth="1.5" />
          </svg>,
          t("legendPoint"),
        )}
      </ul>
    </section>
  );
}
