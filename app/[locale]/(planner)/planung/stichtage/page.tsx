import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { DataTable, lastCellClass, rowClass, rowHeaderClass, cellClass } from "@/app/_components/data-table";
import { FieldsForm } from "@/app/_components/funding/fields-form";
import { linkClass } from "@/app/_components/offer-section";
import { CompareForm } from "@/app/_components/snapshots/compare-form";
import { getPathname, Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { can } from "@/server/authz";
import { berlinDate } from "@/server/offers/staleness";
import { listSnapshots } from "@/server/snapshots/queries";
import { freezeSnapshotAction, rebuildSnapshotAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Snapshots" });
  return { title: t("title"), robots: { index: false } };
}

/** The saved Stichtage, a comparison picker and (plan:edit) freezing or rebuilding one (listSnapshots checks planning:read). */
export default async function SnapshotsPage({ params }: Props) {
  const locale = enterPageLocale((await params).locale);
  const user = await requireUser("/planung/stichtage");
  const snapshots = await listSnapshots(user);
  const [t, tHome, format] = await Promise.all([getTranslations("Snapshots"), getTranslations("Planning.home"), getFormatter()]);
  const editable = can(user, "plan:edit");
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/planung">{tHome("title")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      <h2 className="mt-6 text-xl font-semibold">{t("listHeading")}</h2>
      {snapshots.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <DataTable columns={[t("columns.stichtag"), t("columns.label"), t("columns.kind"), t("columns.created")]} caption={t("listHeading")}>
          {snapshots.map((s) => (
            <tr key={s.id} className={rowClass}>
              <td className={cellClass}>{format.dateTime(new Date(`${s.stichtag}T12:00:00Z`), "date")}</td>
              <th scope="row" className={rowHeaderClass}>
                <Link href={`/planung/stichtage/${s.id}`} className={linkClass}>
                  {s.label}
                </Link>
              </th>
              <td className={cellClass}>{t(`kind.${s.kind}`)}</td>
              <td className={lastCellClass}>
                {s.createdBy ? t("createdLine", { at: format.dateTime(s.createdAt, "short"), by: s.createdBy }) : t("createdLineAnonymous", { at: format.dateTime(s.createdAt, "short") })}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {snapshots.length >= 2 && (
        <section>
          <h2 className="mt-8 text-xl font-semibold">{t("compareHeading")}</h2>
          <CompareForm action={getPathname({ href: "/planung/stichtage/vergleich", locale })} snapshots={snapshots} />
        </section>
      )}
      {editable && (
        <>
          <h2 className="mt-8 text-xl font-semibold">{t("freezeHeading")}</h2>
          <p className="mt-1 max-w-3xl">{t("freezeText")}</p>
          <FieldsForm
            idPrefix="freeze"
            className="mt-3 max-w-xl space-y-3"
            fields={[{ name: "label", label: t("fields.label"), hint: t("fields.labelHint"), defaultValue: "" }]}
            submitLabel={t("freezeSubmit")}
            action={freezeSnapshotAction}
          />
          <h2 className="mt-8 text-xl font-semibold">{t("rebuildHeading")}</h2>
          <p className="mt-1 max-w-3xl">{t("rebuildText")}</p>
          <FieldsForm
            idPrefix="rebuild"
            className="mt-3 max-w-xl space-y-3"
            fields={[
              { name: "stichtag", label: t("fields.stichtag"), kind: "date", defaultValue: berlinDate() },
              { name: "label", label: t("fields.label"), defaultValue: "" },
            ]}
            submitLabel={t("rebuildSubmit")}
            action={rebuildSnapshotAction}
          />
        </>
      )}
    </>
  );
}
