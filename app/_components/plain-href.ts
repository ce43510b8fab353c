import { getLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";

type Href = Parameters<typeof getPathname>[0]["href"];

/**
 * A localised href for a plain <a>. The site header and footer are on every page and the search
 * page renders dozens of links; next-intl's <Link> is a client component each, which made the
 * page's payload and render time grow with every link (the search page benchmark). Plain anchors
 * need no hydration; following one loads the whole page, which the residents' pages are built for.
 */
export async function plainHrefs() {
  const locale = await getLocale();
  return (href: Href) => getPathname({ href, locale });
}
