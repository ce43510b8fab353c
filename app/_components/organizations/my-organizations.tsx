import { getFormatter, getTranslations } from "next-intl/server";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import type { MyOrganization } from "@/server/organizations/queries";

// Paragraphs rather than a list: the offers above are the page's list items (and tests find them so).

/** "Meine Organisationen" on the provider's dashboard: a link to edit each, with its review state. */
export async function MyOrganizations({ organizations }: { organizations: MyOrganization[] }) {
  if (organizations.length === 0) return null;
  const [t, tOffers, format] = await Promise.all([getTranslations("Organizations.mine"), getTranslations("Review.myOffers"), getFormatter()]);
  return (
    <section aria-labelledby="my-organizations" className="mt-8">
      <h2 id="my-organizations" className="text-xl font-bold">
        {t("title")}
      </h2>
      {organizations.map((o) => (
        <div key={o.id} className="mt-2">
          <p>
            <Link href={`/meine-angebote/organisation/${o.id}`} className={linkClass}>
              {t("edit", { name: o.name })}
            </Link>
            {o.latest && (
              <>
                {" "}
                – <strong>{tOffers(`state.${o.latest.state}`)}</strong> ({format.dateTime(o.latest.at, "date")})
              </>
            )}
          </p>
          {o.latest?.state === "REJECTED" && o.latest.comment && <p className="whitespace-pre-line">{tOffers("comment", { comment: o.latest.comment })}</p>}
        </div>
      ))}
    </section>
  );
}
