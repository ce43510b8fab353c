import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { HypotheticalOfferForm } from "@/app/_components/scenarios/hypothetical-offer-form";
import { RemovableOffers, ScenarioItems } from "@/app/_components/scenarios/scenario-items";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { can } from "@/server/authz";
import { label } from "@/server/offers/queries";
import { findRemovableOffers, getScenario, getScenarioFormOptions } from "@/server/scenarios/queries";
import { OFFER_NAME_MAX } from "@/server/scenarios/schema";
import { addHypotheticalOfferAction, addRemovalAction, deleteHypotheticalOfferAction, undoRemovalAction } from "./actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Scenarios" });
  return { title: t("title"), robots: { index: false } };
}

/** One scenario: its hypothetical offers and the offers it takes out, with forms to change both. */
export default async function ScenarioPage({ params, searchParams }: Props) {
  const { locale: rawLocale, id } = await params;
  enterPageLocale(rawLocale);
  const user = await requireUser(`/planung/szenarien`);
  const q = [(await searchParams).q].flat()[0]?.slice(0, 100) ?? "";
  // getScenario checks planning:read and answers a malformed or unknown id with the 404 page.
  const [scenario, options, found, t, messages, locale] = await Promise.all([
    getScenario(user, id),
    getScenarioFormOptions(user),
    findRemovableOffers(user, q),
    getTranslations("Scenarios"),
    getMessages(),
    getLocale(),
  ]);
  const editable = can(user, "planning:edit");
  const toOptions = (terms: { code: string; name: string; labels: unknown }[]) => terms.map((x) => ({ code: x.code, label: label(x, locale) }));
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/planung/szenarien">{t("back")}</BackLink>
      <h1 className="text-2xl font-bold">{t("banner", { name: scenario.name })}</h1>
      {scenario.note && <p className="mt-2 max-w-3xl">{scenario.note}</p>}
      <p className="mt-2 max-w-3xl font-semibold">{t("notPublic")}</p>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        {(
          [
            ["/planung/abdeckung", "showCoverage"],
            ["/planung/luecken", "showRanking"],
            ["/planung/karte", "showMap"],
          ] as const
        ).map(([path, text]) => (
          <li key={path}>
            <Link href={`${path}?szenario=${scenario.id}`} className={`${linkClass} font-semibold`}>
              {t(text)}
            </Link>
          </li>
        ))}
      </ul>
      <ScenarioItems scenario={scenario} editable={editable} deleteOffer={deleteHypotheticalOfferAction} undoRemoval={undoRemovalAction} />
      {editable && (
        <section>
          <h2 id="hypo-heading" className="mt-8 text-xl font-semibold">
            {t("addHeading")}
          </h2>
          <NextIntlClientProvider messages={{ Scenarios: messages.Scenarios }}>
            <HypotheticalOfferForm
              action={addHypotheticalOfferAction}
              scenarioId={scenario.id}
              areas={options.areas.map((a) => ({ code: a.code, label: a.name }))}
              handlungsfelder={toOptions(options.handlungsfelder)}
              lebensphasen={toOptions(options.lebensphasen)}
              angebotsarten={toOptions(options.angebotsarten)}
              nameMax={OFFER_NAME_MAX}
            />
          </NextIntlClientProvider>
          <RemovableOffers scenario={scenario} query={q} found={found} addRemoval={addRemovalAction} />
        </section>
      )}
    </>
  );
}
