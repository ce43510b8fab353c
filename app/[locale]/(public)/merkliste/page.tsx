import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages, QUICK_EXIT } from "@/app/_components/client-messages";
import { MerklisteList } from "@/app/_components/merkliste-list";
import { QuickExit } from "@/app/_components/quick-exit";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Merkliste" });
  return { title: t("title") };
}

/** The shortlist itself lives in the browser (MerklisteList); this page is the same for everyone. */
export default async function MerklistePage({ params }: Props) {
  const { locale } = await params;
  enterPageLocale(locale);
  const t = await getTranslations("Merkliste");
  return (
    <ClientMessages paths={["Merkliste", ...QUICK_EXIT]}>
      <QuickExit />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 print:hidden">{t("intro")}</p>
      <div className="mt-4 rounded border-s-4 border-amber-600 bg-amber-50 p-3 print:hidden">
        <h2 className="font-semibold">{t("deviceTitle")}</h2>
        <p>{t("deviceNote")}</p>
        <p className="mt-1">{t("deviceTip")}</p>
      </div>
      <noscript>
        <p className="mt-4 font-semibold">{t("noScript")}</p>
      </noscript>
      <MerklisteList />
    </ClientMessages>
  );
}
