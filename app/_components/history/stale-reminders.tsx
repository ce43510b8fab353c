import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, rowClass } from "@/app/_components/data-table";
import type { Verification } from "@/server/offers/staleness";
import { ConfirmOfferForm } from "./confirm-offer-form";
import { formatDay } from "./format-day";

type Props = { offers: Verification[]; months: number; confirmAction: (formData: FormData) => Promise<void> };

/** The provider's reminder: offers not confirmed for the period, each with its one-click confirmation. */
export async function StaleReminders({ offers, months, confirmAction }: Props) {
  if (offers.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("History.confirm"), getFormatter()]);
  return (
    <section aria-labelledby="stale-reminders" className="mt-4 rounded border-s-4 border-amber-600 bg-amber-50 p-3">
      <h2 id="stale-reminders" className="text-lg font-semibold">
        {t("remindersTitle")}
      </h2>
      <p className="mt-1 max-w-2xl">{t("remindersIntro", { months })}</p>
      <DataTable columns={[t("offer"), t("lastConfirmedColumn"), { label: t("action"), srOnly: true }]}>
        {offers.map((o) => (
          <tr key={o.id} className={rowClass}>
            <th scope="row" className="py-2 pe-4 font-semibold">{o.name}</th>
            <td className="py-2 pe-4">{o.lastVerifiedAt ? formatDay(format, o.lastVerifiedAt) : t("never")}</td>
            <td className="py-2">
              <ConfirmOfferForm offerId={o.id} name={o.name} action={confirmAction} />
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
