import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, rowClass } from "@/app/_components/data-table";
import type { AccountRow } from "@/server/users/admin-queries";
import { PasswordLinkForm, type PasswordLinkFormState } from "./password-link-form";

type Action = (formData: FormData) => Promise<void>;

type Props = {
  accounts: AccountRow[];
  organizations: { id: string; name: string }[];
  currentUserId: string;
  actions: {
    disable: Action;
    enable: Action;
    removeMembership: Action;
    addMembership: Action;
    passwordLink: (state: PasswordLinkFormState, formData: FormData) => Promise<PasswordLinkFormState>;
  };
};

const smallButton = "rounded border-2 border-brand bg-white px-2 py-0.5 text-sm font-semibold text-brand hover:bg-blue-50";
const dangerButton = "rounded border-2 border-red-700 bg-white px-2 py-0.5 text-sm font-semibold text-red-800 hover:bg-red-50";

type AccountButtonProps = { action: Action; userId: string; className: string; label: string; children: React.ReactNode };

/** One button acting on one account, in a form of its own. */
function AccountButton({ action, userId, className, label, children }: AccountButtonProps) {
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className={className} aria-label={label}>
        {children}
      </button>
    </form>
  );
}

/**
 * Every account with its organisations and the admin's actions (the page puts the Accounts
 * messages in a NextIntlClientProvider around it for the password link form). Each button is its own small
 * form posting to a server action, so all of it works without JavaScript; the buttons' accessible
 * names say which account (and organisation) they act on.
 */
export async function AccountTable({ accounts, organizations, currentUserId, actions }: Props) {
  const t = await getTranslations("Accounts");
  const tRoles = await getTranslations("Auth.roles");
  const format = await getFormatter();
  return (
    <DataTable
      className="mt-6"
      columns={[t("columns.email"), t("columns.name"), t("columns.role"), t("columns.organizations"), t("columns.status"), t("columns.actions")]}
    >
      {accounts.map((a) => {
        const self = a.id === currentUserId;
        const staff = a.role === "REVIEWER" || a.role === "ADMIN";
        const memberOf = new Set(a.organizations.map((o) => o.id));
        const choices = organizations.filter((o) => !memberOf.has(o.id));
        return (
          <tr key={a.id} className={`${rowClass} align-top`}>
            <th scope="row" className="py-2 pe-4 font-normal break-all">
              {a.email}
              {self && <span className="block text-gray-700">({t("you")})</span>}
            </th>
            <td className="py-2 pe-4">{a.name ?? "–"}</td>
            <td className="py-2 pe-4">{tRoles(a.role)}</td>
            <td className="py-2 pe-4">
              {a.organizations.length === 0 && <p>{t("noOrganizations")}</p>}
              <ul className="space-y-1">
                {a.organizations.map((o) => (
                  <li key={o.id} className="flex flex-wrap items-center gap-2">
                    <span>{o.name}</span>
                    <form action={actions.removeMembership}>
                      <input type="hidden" name="userId" value={a.id} />
                      <input type="hidden" name="organizationId" value={o.id} />
                      <button type="submit" className={smallButton} aria-label={t("removeMembershipLabel", { email: a.email, organization: o.name })}>
                        {t("removeMembership")}
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
              {staff ? (
                <p className="mt-1 text-gray-700">{t("staffNoOrganization")}</p>
              ) : (
                choices.length > 0 && (
                  <form action={actions.addMembership} className="mt-2 flex flex-wrap items-end gap-2">
                    <input type="hidden" name="userId" value={a.id} />
                    <label htmlFor={`add-org-${a.id}`} className="sr-only">
                      {t("addMembershipSelect", { email: a.email })}
                    </label>
                    <select id={`add-org-${a.id}`} name="organizationId" className="max-w-56 rounded border border-gray-600 px-2 py-1">
                      {choices.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.name}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className={smallButton} aria-label={t("addMembershipLabel", { email: a.email })}>
                      {t("addMembership")}
                    </button>
                  </form>
                )
              )}
            </td>
            <td className="py-2 pe-4">
              {a.disabledAt ? (
                <strong className="text-red-800">{t("disabledSince", { date: format.dateTime(a.disabledAt, "date") })}</strong>
              ) : (
                t("active")
              )}
            </td>
            <td className="space-y-2 py-2">
              {a.disabledAt ? (
                <AccountButton action={actions.enable} userId={a.id} className={smallButton} label={t("enableLabel", { email: a.email })}>
                  {t("enable")}
                </AccountButton>
              ) : (
                <>
                  {!self && (
                    <AccountButton action={actions.disable} userId={a.id} className={dangerButton} label={t("disableLabel", { email: a.email })}>
                      {t("disable")}
                    </AccountButton>
                  )}
                  {/* Disabled accounts get no link (server/users/password-reset.ts refuses it too). */}
                  <PasswordLinkForm userId={a.id} email={a.email} className={smallButton} action={actions.passwordLink} />
                </>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
