import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { fieldClass, labelClass, submitClass } from "@/app/_components/account/form-styles";
import { cellClass, DataTable, lastCellClass, numberCellClass, rowClass, rowHeaderClass } from "@/app/_components/data-table";
import { buttonClass } from "@/app/_components/offer-section";
import { label } from "@/server/offers/queries";
import type { ScenarioDetail } from "@/server/scenarios/queries";

type FormAction = (formData: FormData) => Promise<void>;

/** A one-button form posting the scenario's id and one item's id (works without JavaScript). */
function ItemButton({ action, scenarioId, name, value, text, ariaLabel }: { action: FormAction; scenarioId: string; name: string; value: string; text: string; ariaLabel: string }) {
  return (
    <form action={action}>
      <input type="hidden" name="scenarioId" value={scenarioId} />
      <input type="hidden" name={name} value={value} />
      <button type="submit" className={buttonClass} aria-label={ariaLabel}>
        {text}
      </button>
    </form>
  );
}

/** The scenario's hypothetical offers and the offers it takes out, each removable. */
export async function ScenarioItems({ scenario, editable, deleteOffer, undoRemoval }: { scenario: ScenarioDetail; editable: boolean; deleteOffer: FormAction; undoRemoval: FormAction }) {
  const [t, tPlanning, format, locale] = await Promise.all([getTranslations("Scenarios"), getTranslations("Planning"), getFormatter(), getLocale()]);
  const num = (n: number | null) => (n === null ? tPlanning("noData") : format.number(n, { maximumFractionDigits: 2 }));
  const columns = [t("addedColumns.name"), t("addedColumns.area"), t("addedColumns.terms"), { label: t("addedColumns.places"), numeric: true as const }, { label: t("addedColumns.fte"), numeric: true as const }];
  return (
    <>
      <h2 className="mt-6 text-xl font-semibold">{t("addedHeading")}</h2>
      {scenario.offers.length === 0 ? (
        <p className="mt-2">{t("noAdded")}</p>
      ) : (
        <DataTable columns={editable ? [...columns, t("addedColumns.actions")] : columns} caption={t("addedHeading")} alignTop>
          {scenario.offers.map((o) => (
            <tr key={o.id} className={rowClass}>
              <th scope="row" className={rowHeaderClass}>
                {o.name}
              </th>
              <td className={cellClass}>{o.planningArea.name}</td>
              <td className={cellClass}>{o.terms.map((x) => label(x.term, locale)).join(", ")}</td>
              <td className={numberCellClass}>{num(o.places)}</td>
              <td className={editable ? numberCellClass : lastCellClass}>{num(o.staffFte === null ? null : Number(o.staffFte))}</td>
              {editable && (
                <td className={lastCellClass}>
                  <ItemButton action={deleteOffer} scenarioId={scenario.id} name="itemId" value={o.id} text={t("removeItem")} ariaLabel={t("removeItemLabel", { name: o.name })} />
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
      <h2 className="mt-6 text-xl font-semibold">{t("removedHeading")}</h2>
      {scenario.removals.length === 0 ? (
        <p className="mt-2">{t("noRemoved")}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {scenario.removals.map(({ service: s }) => (
            <li key={s.id} className="flex flex-wrap items-center gap-3">
              <span>
                {s.name} <span className="text-sm text-gray-700">({s.organization.name})</span>
              </span>
              {editable && <ItemButton action={undoRemoval} scenarioId={scenario.id} name="serviceId" value={s.id} text={t("undoRemoval")} ariaLabel={t("undoRemovalLabel", { name: s.name })} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

type Found = { id: string; name: string; organization: { name: string } }[];

/** "Bestehendes Angebot herausnehmen": a GET search by name, then one button per published offer. */
export async function RemovableOffers({ scenario, query, found, addRemoval }: { scenario: ScenarioDetail; query: string; found: Found; addRemoval: FormAction }) {
  const t = await getTranslations("Scenarios");
  const out = new Set(scenario.removals.map((r) => r.service.id));
  return (
    <>
      <h2 id="scenario-search-heading" className="mt-8 text-xl font-semibold">
        {t("searchHeading")}
      </h2>
      <form method="get" className="mt-2 flex max-w-xl flex-wrap items-end gap-3" aria-labelledby="scenario-search-heading">
        <div className="grow">
          <label htmlFor="scenario-search" className={labelClass}>
            {t("searchLabel")}
          </label>
          <input id="scenario-search" name="q" type="search" maxLength={100} defaultValue={query} className={fieldClass(false)} />
        </div>
        <button type="submit" className={submitClass}>
          {t("search")}
        </button>
      </form>
      {query && (
        <>
          <p role="status" className="mt-3 font-semibold">
            {t("searchResults", { count: found.length })}
          </p>
          <ul className="mt-2 space-y-2">
            {found.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {s.name} <span className="text-sm text-gray-700">({s.organization.name})</span>
                </span>
                {out.has(s.id) ? (
                  <em>{t("alreadyOut")}</em>
                ) : (
                  <ItemButton action={addRemoval} scenarioId={scenario.id} name="serviceId" value={s.id} text={t("takeOut")} ariaLabel={t("takeOutLabel", { name: s.name })} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
