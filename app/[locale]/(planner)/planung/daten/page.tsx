import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { AreaNeedDataSection } from "@/app/_components/need-data/area-need-data";
import { NeedDataUploadForm } from "@/app/_components/need-data/upload-form";
import { requireUser } from "@/server/auth";
import { can } from "@/server/authz";
import { getNeedDataOverview } from "@/server/need-data/overview";
import { MAX_UPLOAD_BYTES } from "@/server/need-data/upload-schema";
import { uploadNeedDataAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "NeedData" });
  return { title: t("title"), robots: { index: false } };
}

/** Planners and admins: need data per Planungsraum and the upload (others: 404, the domain's ForbiddenError). */
export default async function NeedDataPage({ params }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/planung/daten");
  const [areas, t, messages] = await Promise.all([getNeedDataOverview(user), getTranslations("NeedData"), getMessages()]);
  return (
    <>
      <AccountNav user={user} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      {can(user, "planning:edit") && (
        <NextIntlClientProvider messages={{ NeedData: messages.NeedData }}>
          <NeedDataUploadForm maxMb={MAX_UPLOAD_BYTES / 1024 / 1024} action={uploadNeedDataAction} />
        </NextIntlClientProvider>
      )}
      <h2 className="mt-8 text-xl font-semibold">{t("areasTitle")}</h2>
      <p className="mt-2 text-sm text-gray-700">{t("demoNote")}</p>
      {areas.map((area) => (
        <AreaNeedDataSection key={area.code} area={area} />
      ))}
    </>
  );
}
