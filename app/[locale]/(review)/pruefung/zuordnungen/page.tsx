import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountNav } from "@/app/_components/account/account-nav";
import { RegisterNotices } from "@/app/_components/account/register-notices";
import { ClientMessages } from "@/app/_components/client-messages";
import { CrosswalkTable } from "@/app/_components/crosswalk/crosswalk-table";
import { CrosswalkUploadForm } from "@/app/_components/crosswalk/upload-form";
import { FieldsForm } from "@/app/_components/funding/fields-form";
import { requireUser } from "@/server/auth";
import { can } from "@/server/authz";
import { crosswalkTargets, listCrosswalk } from "@/server/hsds/crosswalk-store";
import { deleteCrosswalkRowAction, saveCrosswalkRowAction, uploadCrosswalkAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Review.crosswalk" });
  return { title: t("title"), robots: { index: false } };
}

/** The crosswalk for foreign HSDS feeds: reviewers list, add, delete and upload rows. */
export default async function CrosswalkPage({ params, searchParams }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/pruefung/zuordnungen");
  if (!can(user, "import:crosswalk")) notFound();
  const query = await searchParams;
  const [t, rows, targets] = await Promise.all([getTranslations("Review.crosswalk"), listCrosswalk(user), crosswalkTargets(user)]);
  return (
    <>
      <AccountNav user={user} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      <RegisterNotices query={query} saved={t("saved")} deleted={t("deleted")} notFound={t("notFound")} />
      <CrosswalkTable rows={rows} targetLabels={new Map(targets.map((o) => [o.value, o.label]))} deleteAction={deleteCrosswalkRowAction} />
      <h2 id="crosswalk-form" className="mt-8 text-xl font-semibold">
        {t("addHeading")}
      </h2>
      <FieldsForm
        idPrefix="crosswalk"
        className="mt-3 max-w-xl space-y-3"
        fields={[
          { name: "taxonomy", label: t("fields.taxonomy"), hint: t("fields.taxonomyHint"), defaultValue: "" },
          { name: "term", label: t("fields.term"), hint: t("fields.termHint"), defaultValue: "" },
          { name: "target", label: t("fields.target"), kind: "select", defaultValue: targets[0]?.value ?? "", options: targets },
        ]}
        submitLabel={t("save")}
        action={saveCrosswalkRowAction}
      />
      <ClientMessages paths={["Review.crosswalk.upload"]}>
        <CrosswalkUploadForm action={uploadCrosswalkAction} />
      </ClientMessages>
    </>
  );
}
