import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { linkClass } from "@/app/_components/offer-section";
import { CompareForm } from "@/app/_components/snapshots/compare-form";
import { ComparisonTables } from "@/app/_components/snapshots/comparison-tables";
import { getPathname } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { compareSnapshots, getTermNames, listSnapshots } from "@/server/snapshots/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Snapshots" });
  return { title: t("compareTitle"), robots: { index: false } };
}

/** Two snapshots side by side (?a=&b=, ids; a malformed or unknown one is a 404 from the domain). */
export default async function SnapshotComparisonPage({ params, searchParams }: Props) {
  const locale = enterPageLocale((await params).locale);
  const user = await requireUser("/planung/stichtage");
  const query = await searchParams;
  const comparison = await compareSnapshots(user, query.a, query.b);
  const [snapshots, termNames, t] = await Promise.all([listSnapshots(user), getTermNames(user, locale), getTranslations("Snapshots")]);
  const { a, b, diff } = comparison;
  const side = (s: typeof a) => t("side", { label: s.label, stichtag: s.stichtag });
  const names = (list: typeof diff.added) =>
    list.length ? (
      <ul className="mt-1 list-disc ps-5">
        {list.map((o) => (
          <li key={o.id}>{`${o.name} (${o.organization})`}</li>
        ))}
      </ul>
    ) : (
      <p className="mt-1">{t("nothing")}</p>
    );
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/planung/stichtage">{t("title")}</BackLink>
      <h1 className="text-2xl font-bold">{t("compareTitle")}</h1>
      <p className="mt-2">{t("compareIntro", { a: side(a), b: side(b) })}</p>
      {a.id === b.id && <p className="mt-2 font-semibold">{t("pickTwo")}</p>}
      <CompareForm action={getPathname({ href: "/planung/stichtage/vergleich", locale })} snapshots={snapshots} a={a.id} b={b.id} />
      <p className="mt-4 font-semibold">{t("summary", { added: diff.added.length, ended: diff.ended.length, capacity: diff.capacity.length })}</p>
      <h2 className="mt-6 text-xl font-semibold">{t("addedHeading")}</h2>
      {names(diff.added)}
      <h2 className="mt-6 text-xl font-semibold">{t("endedHeading")}</h2>
      {names(diff.ended)}
      <ComparisonTables comparison={comparison} fieldName={(code) => termNames.get(`handlungsfeld:${code}`) ?? code} />
      <p className="mt-6">
        {/* A plain link: the CSV is a route handler outside the locale segment (a dot in a path skips next-intl). */}
        <a href={`/planung/stichtage/vergleich.csv?${new URLSearchParams({ a: a.id, b: b.id })}`} className={linkClass} download>
          {t("csv")}
        </a>
      </p>
    </>
  );
}
