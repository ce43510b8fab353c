import { getLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";

type Href = Parameters<typeof getPathname>[0]["href"];

/**
 * A localised href for a plain <a>. The search page renders dozens of links; next-intl's <Link>
 * is a client component each, which made the page's payload and render time grow with every hit
 * (the search page benchmark). Plain anchors need no hydration.
 */
export async function plainHrefs() {
  const locale = await getLocale();
  return (href: Href) => getPathname({ href, locale });
}
