import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { searchOffers } from "@/search/query";

type Result = Awaited<ReturnType<typeof searchOffers>>;

export async function SearchResults({ result, q }: { result: Result; q: string }) {
  const t = await getTranslations("Search");
  const pageHref = (page: number) => ({ pathname: "/", query: { ...(q ? { q } : {}), page: String(page) } });
  return (
    <section aria-labelledby="result-count">
      <h2 id="result-count" className="mb-3 text-lg font-semibold" aria-live="polite">
        {t("resultCount", { count: result.total })}
      </h2>
      {result.total === 0 && <p>{t("noResults")}</p>}
      <ul className="space-y-4">
        {result.hits.map((hit) => (
          <li key={hit.id} className="rounded border border-gray-300 p-4">
            <h3 className="text-lg font-semibold">
              <Link href={`/angebote/${hit.id}`} className="text-brand underline">
                {hit.name}
              </Link>
            </h3>
            <p className="text-sm text-gray-700">{hit.organizationName}</p>
            <p className="mt-1">{hit.snippet}</p>
            <p className="mt-1 text-sm">
              {hit.hasPublicAddress ? [hit.street, [hit.postalCode, hit.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") : t("noPublicAddress")}
              {hit.phone && (
                <>
                  {" · "}
                  {t("phone")}: <a href={`tel:${hit.phone.replace(/[^+0-9]/g, "")}`}>{hit.phone}</a>
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
      {result.pages > 1 && (
        <nav aria-label={t("page", { page: result.page, pages: result.pages })} className="mt-6 flex items-center gap-4">
          {result.page > 1 && <Link href={pageHref(result.page - 1)}>{t("previous")}</Link>}
          <span>{t("page", { page: result.page, pages: result.pages })}</span>
          {result.page < result.pages && <Link href={pageHref(result.page + 1)}>{t("next")}</Link>}
        </nav>
      )}
    </section>
  );
}
