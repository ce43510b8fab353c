import { getTranslations } from "next-intl/server";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import type { NetworkOffer } from "@/server/network/queries";

/** The offers with the fields for professionals; what is not stated says so instead of staying blank. */
export async function NetworkOfferList({ offers }: { offers: NetworkOffer[] }) {
  const t = await getTranslations("Network");
  const unknown = <span className="text-gray-700">{t("unknown")}</span>;
  return (
    <ul className="mt-4 space-y-4">
      {offers.map((o) => (
        <li key={o.id} className="rounded border border-gray-400 p-3">
          <h2 className="text-lg font-semibold">{o.name}</h2>
          <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("organization")}</dt>
            <dd>{o.organizationName}</dd>
            <dt className="font-semibold">{t("address")}</dt>
            <dd>{o.addresses.length ? o.addresses.join("; ") : <span className="text-gray-700">{t("noPublicAddress")}</span>}</dd>
            <dt className="font-semibold">{t("waitingTime")}</dt>
            <dd>{o.waitingTimeWeeks === null ? unknown : t("weeks", { weeks: o.waitingTimeWeeks })}</dd>
            <dt className="font-semibold">{t("acceptingNewClients")}</dt>
            <dd>{o.acceptingNewClients === null ? unknown : o.acceptingNewClients ? t("yes") : t("no")}</dd>
            <dt className="font-semibold">{t("intakeCriteria")}</dt>
            <dd className="whitespace-pre-line">{o.intakeCriteria ?? unknown}</dd>
            <dt className="font-semibold">{t("professionalContact")}</dt>
            <dd className="whitespace-pre-line">{o.professionalContact ?? unknown}</dd>
          </dl>
          <p className="mt-2">
            <Link href={`/angebote/${o.id}`} className={linkClass}>
              {t("viewOffer", { name: o.name })}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
