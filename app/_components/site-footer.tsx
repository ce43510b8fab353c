import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  return (
    <footer className="mx-auto max-w-4xl border-t px-4 py-6 text-sm text-gray-700 print:hidden">
      <p>{t("footerNote")}</p>
    </footer>
  );
}
