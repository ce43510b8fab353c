import { getFormatter, getTranslations } from "next-intl/server";
import type { AreaProfile } from "@/server/coverage/profile";

/** One compact row per Planungsraum with the city total; a value no offer states reads "keine Angabe". */
export async function ProfileTable({ rows, year }: { rows: AreaProfile[]; year: number | null }) {
  const [t, tRows, tPlanning, format] = await Promise.all([
    getTranslations("Planning.home"),
    getTranslations("Planning.rows"),
    getTranslations("Planning"),
    getFormatter(),
  ]);
  const num = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  // A sum over the offers that state a value, plus how many do not (never a silent 0).
  const partial = (value: number | null, known: number, count: number, show: (n: number) => string = num) => (
    <>
      {value === null ? tPlanning("noData") : show(value)}
      {count > 0 && known < count && <span className="block text-xs text-gray-700">{tPlanning("missing", { missing: count - known, count })}</span>}
    </>
  );
  const name = (r: AreaProfile) => (r.kind === "area" ? r.name : tRows(r.kind));
  const cols = ["area", "residents", "offers", "places", "fte", "waiting", "accepting"] as const;
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full border-collapse text-start text-sm">
        <caption className="mb-2 text-start font-semibold">{t("profileCaption", { year: year ?? "–" })}</caption>
        <thead>
          <tr className="border-b-2 border-gray-600">
            {cols.map((c) => (
              <th key={c} scope="col" className="py-1 pe-4">
                {t(`columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={`border-b border-gray-300 align-top ${r.kind === "total" ? "font-semibold" : ""}`}>
              <th scope="row" className="py-1 pe-4">
                {name(r)}
              </th>
              <td className="py-1 pe-4">{r.residents === null ? "–" : num(r.residents)}</td>
              <td className="py-1 pe-4">{num(r.offers)}</td>
              <td className="py-1 pe-4">{partial(r.places, r.placesKnown, r.offers)}</td>
              <td className="py-1 pe-4">{partial(r.fte, r.fteKnown, r.offers)}</td>
              <td className="py-1 pe-4">{partial(r.waitingMedianWeeks, r.waitingKnown, r.offers, (weeks) => t("weeks", { weeks }))}</td>
              <td className="py-1">
                {r.acceptingKnown === 0
                  ? tPlanning("noData")
                  : t("share", { percent: format.number(r.accepting / r.acceptingKnown, { style: "percent" }), known: r.acceptingKnown })}
                {r.offers > 0 && r.acceptingKnown < r.offers && <span className="block text-xs text-gray-700">{tPlanning("missing", { missing: r.offers - r.acceptingKnown, count: r.offers })}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
