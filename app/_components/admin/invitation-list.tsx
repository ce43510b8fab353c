import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, rowClass } from "@/app/_components/data-table";
import type { OpenInvitation } from "@/server/users/invitations";

type Props = {
  invitations: OpenInvitation[];
  /** Revokes the invitation named by the form's `invitationId` (a plain form: no JavaScript needed). */
  revokeAction: (formData: FormData) => Promise<void>;
};

/** Open invitations: who was invited, as what, by whom, until when. The links themselves are gone. */
export async function InvitationList({ invitations, revokeAction }: Props) {
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
        <DataTable
          columns={[t("columns.email"), t("columns.role"), t("columns.organization"), t("columns.invitedBy"), t("columns.expires"), t("actionsColumn")]}
        >
          {invitations.map((i) => (
            <tr key={i.id} className={rowClass}>
              <td className={`${cellClass} break-all`}>{i.email}</td>
              <td className={cellClass}>{tRoles(i.role)}</td>
              <td className={cellClass}>{i.organizationName ?? "–"}</td>
              <td className={cellClass}>{i.invitedBy ?? "–"}</td>
              <td className={cellClass}>{format.dateTime(i.expiresAt, "date")}</td>
              <td className={lastCellClass}>
                {i.revocable ? (
                  <form action={revokeAction}>
                    <input type="hidden" name="invitationId" value={i.id} />
                    <button
                      type="submit"
                      aria-label={t("revokeLabel", { email: i.email })}
                      className="rounded border-2 border-red-700 bg-white px-2 py-0.5 font-semibold text-red-800 hover:bg-red-50"
                    >
                      {t("revoke")}
                    </button>
                  </form>
                ) : (
                  "–"
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
