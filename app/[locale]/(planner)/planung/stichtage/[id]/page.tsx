import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { SnapshotMatrixTable } from "@/app/_components/snapshots/snapshot-matrix";
import { SnapshotOffersTable } from "@/app/_components/snapshots/snapshot-offers";
import { SnapshotPlanTable } from "@/app/_components/snapshots/snapshot-plan";
import { requireUser } from "@/server/auth";
import { getSnapshot, getTermNames } from "@/server/snapshots/queries";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Snapshots" });
  return { title: t("title"), robots: { index: false } };
}

/** One snapshot: what it could not rebuild, its matrix, the plan's state and its offers (planning:read; unknown id: 404). */
export default async function SnapshotPage({ params }: Props) {
  const { locale, id } = await params;
  enterPageLocale(locale);
  const user = await requireUser(`/planung/stichtage/${encodeURIComponent(id)}`);
  const [snapshot, termNames] = await Promise.all([getSnapshot(user, id), getTermNames(user, locale)]);
  const [t, format] = await Promise.all([getTranslations("Snapshots"), getFormatter()]);
  const { content } = snapshot;
  const fieldName = (code: string) => termNames.get(`handlungsfeld:${code}`) ?? code;
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/planung/stichtage">{t("title")}</BackLink>
      <h1 className="text-2xl font-bold">{snapshot.label}</h1>
      <p className="mt-2">
        {t("detailIntro", {
          stichtag: format.dateTime(new Date(`${snapshot.stichtag}T12:00:00Z`), "date"),
          kind: t(`kind.${snapshot.kind}`),
          created: snapshot.createdBy ? t("createdLine", { at: format.dateTime(snapshot.createdAt, "short"), by: snapshot.createdBy }) : format.dateTime(snapshot.createdAt, "short"),
        })}
      </p>
      {content.missing.length > 0 && (
        <section className="mt-4 rounded border-s-4 border-amber-600 bg-amber-50 p-3">
          <h2 className="font-semibold">{t("missingHeading")}</h2>
          <ul className="mt-1 list-disc ps-5">
            {content.missing.map((m) => (
              <li key={m}>{t(`missing.${m}`)}</li>
            ))}
          </ul>
        </section>
      )}
      <h2 className="mt-6 text-xl font-semibold">{t("matrixHeading")}</h2>
      <SnapshotMatrixTable matrix={content.matrix} />
      <h2 className="mt-6 text-xl font-semibold">{t("planHeading")}</h2>
      {content.plan ? <SnapshotPlanTable plan={content.plan} fieldName={fieldName} /> : <p className="mt-1">{t("noPlan")}</p>}
      <h2 className="mt-6 text-xl font-semibold">{t("offersHeading", { count: content.offers.length })}</h2>
      <SnapshotOffersTable content={content} termNames={termNames} />
    </>
  );
}
