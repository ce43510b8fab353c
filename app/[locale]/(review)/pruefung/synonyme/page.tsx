import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountNav } from "@/app/_components/account/account-nav";
import { RegisterNotices } from "@/app/_components/account/register-notices";
import { alertClass, fieldClass, submitClass } from "@/app/_components/account/form-styles";
import { FieldsForm } from "@/app/_components/funding/fields-form";
import { linkClass } from "@/app/_components/offer-section";
import { SynonymTable } from "@/app/_components/synonyms/synonym-table";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { can } from "@/server/authz";
import { SYNONYM_KINDS, synonymGroupFormValues } from "@/server/synonyms/schema";
import { getSynonymGroup, listSynonymGroups } from "@/server/synonyms/store";
import { deleteSynonymGroupAction, saveSynonymGroupAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Review.synonyms" });
  return { title: t("title"), robots: { index: false } };
}

/** The search's synonym list: reviewers add, change and delete groups; each save applies at once. */
export default async function SynonymsPage({ params, searchParams }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/pruefung/synonyme");
  if (!can(user, "search:synonyms")) notFound();
  const query = await searchParams;
  const word = first(query.wort).slice(0, 60);
  const [t, groups] = await Promise.all([getTranslations("Review.synonyms"), listSynonymGroups(user, word)]);
  const editing = query.bearbeiten ? await getSynonymGroup(user, first(query.bearbeiten)) : null;
  const values = editing ? synonymGroupFormValues(editing) : { kind: "ONE_WAY", words: "", targets: "", note: "" };
  return (
    <>
      <AccountNav user={user} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      <p className="mt-2 max-w-3xl">{t("rules")}</p>
      <RegisterNotices query={query} saved={t("saved")} deleted={t("deleted")} notFound={t("notFound")} />
      {query["nicht-angewandt"] && (
        <p role="alert" className={alertClass}>
          {t("notApplied")}
        </p>
      )}
      <form method="get" role="search" className="mt-4 flex flex-wrap items-end gap-3">
        <label htmlFor="synonym-word" className="block">
          <span className="font-semibold">{t("filter")}</span>
          <input id="synonym-word" name="wort" type="search" defaultValue={word} className={fieldClass(false)} />
        </label>
        <button type="submit" className={submitClass}>
          {t("filterSubmit")}
        </button>
      </form>
      <SynonymTable groups={groups} deleteAction={deleteSynonymGroupAction} />
      <h2 id="synonym-form" className="mt-8 text-xl font-semibold">
        {editing ? t("editHeading") : t("addHeading")}
      </h2>
      {editing && (
        <p className="mt-1">
          <Link href="/pruefung/synonyme" className={linkClass}>
            {t("cancelEdit")}
          </Link>
        </p>
      )}
      <FieldsForm
        key={editing?.id ?? "new"}
        idPrefix="synonym"
        className="mt-3 max-w-xl space-y-3"
        hidden={{ id: editing?.id ?? "" }}
        fields={[
          { name: "kind", label: t("fields.kind"), kind: "select", defaultValue: values.kind, options: SYNONYM_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })) },
          { name: "words", label: t("fields.words"), hint: t("fields.wordsHint"), kind: "textarea", defaultValue: values.words },
          { name: "targets", label: t("fields.targets"), hint: t("fields.targetsHint"), kind: "textarea", defaultValue: values.targets },
          { name: "note", label: t("fields.note"), defaultValue: values.note },
        ]}
        submitLabel={t("save")}
        action={saveSynonymGroupAction}
      />
    </>
  );
}
