import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  return (
    <header className="bg-brand text-white print:hidden">
      <div className="mx-auto max-w-4xl px-4 py-4">
        <Link href="/" className="text-xl font-bold text-white no-underline">
          {t("siteName")}
        </Link>
        <p className="text-sm">{t("tagline")}</p>
      </div>
    </header>
  );
}
