import { getFormatter, getTranslations } from "next-intl/server";
import type { OpenInvitation } from "@/server/users/invitations";

/** Open invitations: who was invited, as what, by whom, until when. The links themselves are gone. */
export async function InvitationList({ invitations }: { invitations: OpenInvitation[] }) {
  const t = await getTranslations("Admin.invitations");
  const tRoles = await getTranslations("Auth.roles");
  const format = await getFormatter();
  return (
    <section aria-labelledby="open-invitations" className="mt-10">
      <h2 id="open-invitations" className="text-lg font-semibold">
        {t("openTitle")}
      </h2>
      {invitations.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-600">
                <th scope="col" className="py-1 pr-4">{t("columns.email")}</th>
                <th scope="col" className="py-1 pr-4">{t("columns.role")}</th>
                <th scope="col" className="py-1 pr-4">{t("columns.organization")}</th>
                <th scope="col" className="py-1 pr-4">{t("columns.invitedBy")}</th>
                <th scope="col" className="py-1">{t("columns.expires")}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id} className="border-b border-gray-300">
                  <td className="py-1 pr-4 break-all">{i.email}</td>
                  <td className="py-1 pr-4">{tRoles(i.role)}</td>
                  <td className="py-1 pr-4">{i.organizationName ?? "–"}</td>
                  <td className="py-1 pr-4">{i.invitedBy ?? "–"}</td>
                  <td className="py-1">{format.dateTime(i.expiresAt, { dateStyle: "medium", timeZone: "Europe/Berlin" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
