import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { fieldClass, hintClass, labelClass, submitClass } from "@/app/_components/account/form-styles";
import { NetworkOfferList } from "@/app/_components/network/network-offer-list";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { listNetworkOffers } from "@/server/network/queries";
import { NETWORK_NAME_MAX, networkFilterSchema } from "@/server/network/schema";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Network" });
  return { title: t("title"), robots: { index: false } };
}

/** Network partners, reviewers, admins: waiting times, intake criteria and the line for professionals. */
export default async function NetworkPage({ params, searchParams }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/fachinfo");
  const query = networkFilterSchema.parse(await searchParams);
  const { offers, truncated } = await listNetworkOffers(user, query);
  const t = await getTranslations("Network");
  return (
    <>
      <AccountNav user={user} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl">{t("intro")}</p>
      {/* A GET form: the filter is in the URL and works without JavaScript. */}
      <form role="search" method="get" className="mt-4 flex max-w-xl flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="network-name" className={labelClass}>
            {t("filterLabel")}
          </label>
          <p id="network-name-hint" className={hintClass}>
            {t("filterHint")}
          </p>
          <input id="network-name" name="name" type="search" defaultValue={query.name} maxLength={NETWORK_NAME_MAX} aria-describedby="network-name-hint" className={fieldClass(false)} />
        </div>
        <button type="submit" className={submitClass}>
          {t("filterSubmit")}
        </button>
      </form>
      <p role="status" className="mt-4 font-semibold">
        {query.name ? t("countFiltered", { count: offers.length, name: query.name }) : t("count", { count: offers.length })}
        {query.name && (
          <>
            {" "}
            <Link href="/fachinfo" className={`${linkClass} font-normal`}>
              {t("reset")}
            </Link>
          </>
        )}
      </p>
      {truncated && <p className="mt-2">{t("truncated", { count: offers.length })}</p>}
      <NetworkOfferList offers={offers} />
    </>
  );
}
