import { getTranslations } from "next-intl/server";
import type { PublicOffer } from "@/server/offers/queries";

export async function OfferDetails({ offer, locale }: { offer: PublicOffer; locale: string }) {
  const t = await getTranslations("Offer");
  const tDay = await getTranslations("Weekday");
  const section = "mt-6";
  return (
    <>
      {offer.isDemo && <p className="mt-2 inline-block rounded bg-amber-100 px-2 py-1 text-sm">{t("demo")}</p>}
      <p className="mt-4 whitespace-pre-line">{offer.description}</p>
      {offer.anonymousPossible && <p className="mt-2 font-semibold">{t("anonymous")}</p>}
      {offer.eligibility && (
        <section className={section}>
          <h2 className="text-lg font-semibold">{t("forWhom")}</h2>
          <p>{offer.eligibility}</p>
        </section>
      )}
      <section className={section}>
        <h2 className="text-lg font-semibold">{t("costs")}</h2>
        <p>{offer.feesDescription ?? (offer.free ? t("free") : "–")}</p>
      </section>
      <section className={section}>
        <h2 className="text-lg font-semibold">{t("address")}</h2>
        {offer.addressHidden && <p>{t("hiddenAddress")}</p>}
        {offer.locations.map((l) => (
          <address key={l.id} className="not-italic">
            {l.name && <span className="block">{l.name}</span>}
            <span className="block">{l.street}</span>
            <span className="block">{[l.postalCode, l.city].filter(Boolean).join(" ")}</span>
          </address>
        ))}
      </section>
      <section className={section}>
        <h2 className="text-lg font-semibold">{t("openingHours")}</h2>
        {offer.schedules.length > 0 && (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4">
            {offer.schedules.map((s, i) => (
              <div key={i} className="contents">
                <dt>{tDay(s.weekday)}</dt>
                <dd>
                  {s.opensAt}–{s.closesAt} Uhr{s.description ? ` (${s.description})` : ""}
                </dd>
              </div>
            ))}
          </dl>
        )}
        {offer.byArrangement && <p>{t("byArrangement")}</p>}
        {offer.appointmentRequired && <p>{t("appointmentRequired")}</p>}
      </section>
      <section className={section}>
        <h2 className="text-lg font-semibold">{t("contact")}</h2>
        <ul>
          {offer.phones.map((p) => (
            <li key={p.number}>
              <a href={`tel:${p.number.replace(/[^+0-9]/g, "")}`}>{p.number}</a>
              {p.description ? ` (${p.description})` : ""}
            </li>
          ))}
          {offer.email && (
            <li>
              {t("email")}: <a href={`mailto:${offer.email}`}>{offer.email}</a>
            </li>
          )}
          {offer.url && (
            <li>
              {t("website")}: <a href={offer.url} rel="noopener noreferrer">{offer.url}</a>
            </li>
          )}
        </ul>
      </section>
      {offer.lastVerifiedAt && (
        <p className="mt-6 text-sm text-gray-700">
          {t("lastVerified", { date: offer.lastVerifiedAt.toLocaleDateString(locale === "de" ? "de-DE" : locale, { timeZone: "UTC" }) })}
        </p>
      )}
    </>
  );
}
