import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { RegisterNotices } from "@/app/_components/account/register-notices";
import { BackLink } from "@/app/_components/account/back-link";
import { alertClass, submitClass } from "@/app/_components/account/form-styles";
import { SelectField } from "@/app/_components/account/select-field";
import { FieldsForm } from "@/app/_components/funding/fields-form";
import { MikroprojektTable } from "@/app/_components/funding/mikroprojekt-table";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { can } from "@/server/authz";
import { editEuro, formatEuro } from "@/server/funding/money";
import { getMikroprojekt, getMikroprojektRegister, MIKROPROJEKT_STATUSES, mikroprojektMaxCents } from "@/server/funding/mikroprojekte";
import { deleteMikroprojektAction, saveMikroprojektAction, saveMikroprojektBudgetAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Mikroprojekte" });
  return { title: t("title"), robots: { index: false } };
}

/** The register of Mikroprojekte per year against the year's budget (getMikroprojektRegister checks planning:read). */
export default async function MikroprojektePage({ params, searchParams }: Props) {
  const locale = enterPageLocale((await params).locale);
  const user = await requireUser("/planung/mikroprojekte");
  const query = await searchParams;
  const register = await getMikroprojektRegister(user, query.jahr, locale);
  const canEdit = can(user, "plan:edit");
  const editing = canEdit && query.bearbeiten ? await getMikroprojekt(user, query.bearbeiten) : null;
  const [t, tHome] = await Promise.all([getTranslations("Mikroprojekte"), getTranslations("Planning.home")]);
  const { year, totalCents, budgetCents } = register;
  const max = formatEuro(mikroprojektMaxCents());
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/planung">{tHome("title")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro", { max })}</p>
      <RegisterNotices query={query} saved={t("saved")} deleted={t("deleted")} notFound={t("notFound")} />
      <form method="get" className="mt-4 flex items-end gap-3">
        <SelectField id="mikro-year" name="jahr" label={t("year")} value={String(year)} options={register.years.map((y) => [String(y), y])} />
        <button type="submit" className={submitClass}>
          {t("show")}
        </button>
      </form>
      <p className="mt-4 font-semibold">
        {budgetCents === null ? t("summaryNoBudget", { year, total: formatEuro(totalCents) }) : t("summary", { year, total: formatEuro(totalCents), budget: formatEuro(budgetCents) })}
      </p>
      {register.overBudget && budgetCents !== null && (
        <p role="alert" className={alertClass}>
          {t("overBudget", { year, total: formatEuro(totalCents), budget: formatEuro(budgetCents), over: formatEuro(totalCents - budgetCents) })}
        </p>
      )}
      <MikroprojektTable register={register} deleteAction={canEdit ? deleteMikroprojektAction : undefined} />
      <p className="mt-4">
        {/* A plain link: the CSV is a route handler outside the locale segment (a dot in a path skips next-intl). */}
        <a href={`/planung/mikroprojekte.csv?jahr=${year}`} className={linkClass} download>
          {t("csv", { year })}
        </a>
      </p>
      {canEdit && (
        <>
          <h2 id="mikroprojekt-form" className="mt-8 text-xl font-semibold">
            {editing ? t("editHeading") : t("addHeading")}
          </h2>
          {editing && (
            <p className="mt-1">
              <Link href={`/planung/mikroprojekte?jahr=${year}`} className={linkClass}>
                {t("cancelEdit")}
              </Link>
            </p>
          )}
          <FieldsForm
            key={editing?.id ?? "new"}
            idPrefix="mikro"
            className="mt-3 max-w-xl space-y-3"
            hidden={{ id: editing?.id ?? "", year: String(year) }}
            fields={[
              { name: "title", label: t("fields.title"), defaultValue: editing?.title ?? "" },
              { name: "recipient", label: t("fields.recipient"), defaultValue: editing?.recipient ?? "" },
              {
                name: "handlungsfeldId",
                label: t("fields.handlungsfeldId"),
                kind: "select",
                defaultValue: editing?.handlungsfeldId ?? "",
                options: [{ value: "", label: t("fields.chooseField") }, ...register.handlungsfelder.map((h) => ({ value: h.id, label: h.name }))],
              },
              { name: "amount", label: t("fields.amount"), hint: t("fields.amountHint", { max }), kind: "amount", defaultValue: editing ? editEuro(editing.amountCents) : "" },
              { name: "date", label: t("fields.date"), kind: "date", defaultValue: editing?.date?.toISOString().slice(0, 10) ?? "" },
              {
                name: "status",
                label: t("fields.status"),
                kind: "select",
                defaultValue: editing?.status ?? "APPLIED",
                options: MIKROPROJEKT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
              },
            ]}
            submitLabel={t("add")}
            action={saveMikroprojektAction}
          />
          <h2 className="mt-8 text-xl font-semibold">{t("budgetHeading", { year })}</h2>
          <FieldsForm
            idPrefix="mikro-budget"
            className="mt-3 max-w-xl space-y-3"
            hidden={{ year: String(year) }}
            fields={[{ name: "budget", label: t("budget", { year }), kind: "amount", defaultValue: editEuro(budgetCents) }]}
            submitLabel={t("saveBudget")}
            action={saveMikroprojektBudgetAction}
          />
        </>
      )}
    </>
  );
}
