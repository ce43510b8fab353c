import { getTranslations } from "next-intl/server";
import { LIFE_SITUATIONS, lifeSituationQuery } from "@/search/life-situations";
import { plainHrefs } from "../plain-href";

/** Entry by life situation: each a plain link to its prepared search (search/life-situations.ts). */
export async function LifeSituationLinks() {
  const t = await getTranslations("Start");
  const href = await plainHrefs();
  return (
    <section aria-labelledby="lebenslagen">
      <h2 id="lebenslagen" className="text-lg font-semibold">{t("situationsTitle")}</h2>
      <p className="mb-3 text-sm text-gray-700">{t("situationsIntro")}</p>
      <ul className="grid gap-2 sm:grid-cols-2 [&_a]:block [&_a]:h-full [&_a]:rounded [&_a]:border [&_a]:border-gray-300 [&_a]:px-3 [&_a]:py-2 [&_a]:hover:border-brand [&_span]:block [&_span]:text-sm [&_span]:text-gray-700">
        {LIFE_SITUATIONS.map((s) => (
          <li key={s.id}>
            <a href={href({ pathname: "/", query: lifeSituationQuery(s) })}>
              <strong className="text-brand underline">{t(`situations.${s.id}.label`)}</strong>
              <span>{t(`situations.${s.id}.hint`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
