import { getTranslations } from "next-intl/server";
import { linkClass, telHref } from "../offer-section";
import { EMERGENCY_NUMBERS } from "./emergency-numbers";

/** The emergency numbers as tap-to-call links, before any search. */
export async function EmergencyBox() {
  const t = await getTranslations("Start");
  return (
    <section aria-labelledby="notfall" className="rounded border-2 border-red-800 p-3">
      <h2 id="notfall" className="text-lg font-semibold text-red-800">{t("emergencyTitle")}</h2>
      <p className="mb-2 text-sm text-gray-700">{t("emergencyIntro")}</p>
      <ul className="space-y-1 text-sm">
        {EMERGENCY_NUMBERS.map((e) => (
          <li key={e.id}>
            {e.numbers.map((n, i) => (
              <span key={n}>
                {i > 0 && ` ${t("or")} `}
                <a href={telHref(n)} className={`${linkClass} whitespace-nowrap text-base font-bold`}>{n}</a>
              </span>
            ))}{" "}
            {t(`emergency.${e.id}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
