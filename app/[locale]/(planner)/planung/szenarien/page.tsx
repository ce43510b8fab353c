import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { DataTable, lastCellClass, numberCellClass, rowClass, rowHeaderClass } from "@/app/_components/data-table";
import { buttonClass, linkClass } from "@/app/_components/offer-section";
import { CreateScenarioForm } from "@/app/_components/scenarios/create-scenario-form";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { can } from "@/server/authz";
import { listScenarios } from "@/server/scenarios/queries";
import { SCENARIO_NAME_MAX, SCENARIO_NOTE_MAX } from "@/server/scenarios/schema";
import { createScenarioAction, deleteScenarioAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Scenarios" });
  return { title: t("title"), robots: { index: false } };
}

/** Planners' what-if scenarios: the list, and a new one by name (others: 404, the domain's ForbiddenError). */
export default async function ScenariosPage({ params }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/planung/szenarien");
  const [scenarios, t, tHome, messages] = await Promise.all([listScenarios(user), getTranslations("Scenarios"), getTranslations("Planning.home"), getMessages()]);
  const editable = can(user, "planning:edit");
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/planung">{tHome("title")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      <h2 className="mt-6 text-xl font-semibold">{t("listHeading")}</h2>
      {scenarios.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <DataTable columns={[t("columns.name"), { label: t("columns.offers"), numeric: true }, { label: t("columns.removals"), numeric: true }, t("columns.actions")]} caption={t("listHeading")}>
          {scenarios.map((s) => (
            <tr key={s.id} className={rowClass}>
              <th scope="row" className={rowHeaderClass}>
                <Link href={`/planung/szenarien/${s.id}`} className={linkClass}>
                  {s.name}
                </Link>
                {s.note && <span className="block text-sm text-gray-700">{s.note}</span>}
              </th>
              <td className={numberCellClass}>{s.offers}</td>
              <td className={numberCellClass}>{s.removals}</td>
              <td className={lastCellClass}>
                <div className="flex flex-wrap items-center gap-3">
                  <Link href={`/planung/abdeckung?szenario=${s.id}`} className={linkClass} aria-label={t("showCoverageLabel", { name: s.name })}>
                    {t("showCoverage")}
                  </Link>
                  {editable && (
                    <form action={deleteScenarioAction}>
                      <input type="hidden" name="id" value={s.id} />
                      <button type="submit" className={buttonClass} aria-label={t("deleteLabel", { name: s.name })}>
                        {t("delete")}
                      </button>
                    </form>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {editable && (
        <section>
          <h2 id="scenario-create-heading" className="mt-8 text-xl font-semibold">
            {t("createHeading")}
          </h2>
          <NextIntlClientProvider messages={{ Scenarios: messages.Scenarios }}>
            <CreateScenarioForm action={createScenarioAction} nameMax={SCENARIO_NAME_MAX} noteMax={SCENARIO_NOTE_MAX} />
          </NextIntlClientProvider>
        </section>
      )}
    </>
  );
}
