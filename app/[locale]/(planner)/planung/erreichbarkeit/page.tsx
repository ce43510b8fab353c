import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { fieldClass, labelClass, submitClass } from "@/app/_components/account/form-styles";
import { BackLink } from "@/app/_components/account/back-link";
import { linkClass } from "@/app/_components/offer-section";
import { ReachabilityTable } from "@/app/_components/planning/reachability-table";
import { requireUser } from "@/server/auth";
import { reachabilityQuery } from "@/server/reachability/params";
import { getReachability } from "@/server/reachability/reachability";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "PlanningMap.reach" });
  return { title: t("title"), robots: { index: false } };
}

const RULES = ["centre", "distance", "places", "hidden", "neighbour"] as const;

/** Distance from each Planungsraum's centre to the nearest offer of each type, and neighbour coverage. */
export default async function ReachabilityPage({ params, searchParams }: Props) {
  const locale = enterPageLocale((await params).locale);
  const user = await requireUser("/planung/erreichbarkeit");
  const data = await getReachability(user, await searchParams, locale);
  const [t, tHome, format] = await Promise.all([getTranslations("PlanningMap.reach"), getTranslations("Planning.home"), getFormatter()]);
  const distance = format.number(data.params.abstand, { maximumFractionDigits: 2 });
  const count = (s: string) => data.rows.filter((r) => r.status === s).length;
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/planung">{tHome("title")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl">{t("intro")}</p>
      <h2 id="reach-form" className="mt-6 text-xl font-semibold">
        {t("formHeading")}
      </h2>
      <form method="get" className="mt-2 flex max-w-xl flex-wrap items-end gap-3" aria-labelledby="reach-form">
        <div>
          <label htmlFor="reach-distance" className={labelClass}>
            {t("distance")}
          </label>
          <input id="reach-distance" name="abstand" type="number" min={0.1} max={20} step={0.1} defaultValue={data.params.abstand} className={fieldClass(false)} />
        </div>
        <button type="submit" className={submitClass}>
          {t("apply")}
        </button>
      </form>
      {/* A plain link: the CSV is a route handler outside the locale segment (a dot in a path skips next-intl). */}
      <p className="mt-4">
        <a href={`/planung/erreichbarkeit.csv${reachabilityQuery(data.params)}`} className={linkClass} download>
          {t("csv")}
        </a>
      </p>
      <p className="mt-4" role="status">
        {t("summary", { gaps: count("gap"), neighbours: count("neighbour") })}
      </p>
      <ReachabilityTable data={data} />
      <h2 className="mt-8 text-xl font-semibold">{t("rulesHeading")}</h2>
      <ul className="mt-2 max-w-3xl list-disc space-y-1 ps-6">
        {RULES.map((r) => (
          <li key={r}>{t(`rules.${r}`, { factor: format.number(data.detourFactor), distance })}</li>
        ))}
      </ul>
    </>
  );
}
