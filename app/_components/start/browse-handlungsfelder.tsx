import { getTranslations } from "next-intl/server";
import { linkClass } from "../offer-section";
import { plainHrefs } from "../plain-href";

/** The Handlungsfelder as links to browse every offer of one (in the taxonomy's order). */
export async function BrowseHandlungsfelder({ labels }: { labels: Record<string, string> }) {
  const t = await getTranslations("Start");
  const href = await plainHrefs();
  return (
    <section aria-labelledby="handlungsfelder">
      <h2 id="handlungsfelder" className="mb-2 text-lg font-semibold">{t("browseTitle")}</h2>
      <ul className="space-y-1">
        {Object.entries(labels).map(([code, label]) => (
          <li key={code}>
            <a href={href({ pathname: "/", query: { handlungsfeld: code } })} className={linkClass}>{label}</a>
          </li>
        ))}
        <li>
          <a href={href({ pathname: "/", query: { sort: "name" } })} className={linkClass}>{t("browseAll")}</a>
        </li>
      </ul>
    </section>
  );
}
