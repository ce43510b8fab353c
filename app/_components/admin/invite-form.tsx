"use client";
import { FormField } from "@/app/_components/account/form-field";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { alertClass, fieldClass, hintClass, labelClass, noticeClass, submitClass } from "@/app/_components/account/form-styles";
import { EMAIL_MAX, type InviteField } from "@/server/users/limits";
import { emptyInviteValues, type InviteFormState } from "./invite-form-state";

const initialState: InviteFormState = { values: emptyInviteValues, errors: {}, formError: null, created: null };

type Props = {
  roles: string[];
  organizations: { id: string; name: string }[];
  action: (state: InviteFormState, formData: FormData) => Promise<InviteFormState>;
};

/** The invitation form: a POST to a server action, so it works without JavaScript. */
export function InviteForm({ roles, organizations, action }: Props) {
  const t = useTranslations("Admin.invitations");
  const tRoles = useTranslations("Auth.roles");
  const [state, formAction, pending] = useActionState(action, initialState);
  const linkRef = useRef<HTMLInputElement>(null);
  const { errors, values, created } = state;

  useEffect(() => {
    const field = (["email", "role", "organizationId"] as const).find((f) => errors[f]);
    if (field) document.getElementById(`invite-${field}`)?.focus();
    else if (created) linkRef.current?.select();
  }, [errors, created]);

  const errorMessage = (field: InviteField) => errors[field] && t(`errors.${errors[field]}`);
  const format = useFormatter();

  return (
    <section aria-labelledby="invite-heading" className="mt-6">
      <h2 id="invite-heading" className="text-lg font-semibold">
        {t("formTitle")}
      </h2>
      {state.formError && (
        <p role="alert" className={alertClass}>
          {t(`errors.${state.formError}`)}
        </p>
      )}
      {created && (
        <div role="status" className={noticeClass}>
          <p className="font-semibold">{t(created.mail === "sent" ? "mailSent" : "created", { email: created.email })}</p>
          {created.mail === "failed" && <p className="mt-1">{t("mailFailed")}</p>}
          {created.link && (
            <>
              <label htmlFor="invite-link" className={`${labelClass} mt-2 block`}>
                {t("linkLabel")}
              </label>
              <input ref={linkRef} id="invite-link" readOnly value={created.link} aria-describedby="invite-link-hint" className={fieldClass(false)} />
              <p id="invite-link-hint" className={`${hintClass} mt-1`}>
                {t("linkHint", { date: format.dateTime(new Date(created.expiresAt), "short") })}
              </p>
            </>
          )}
        </div>
      )}
      <form action={formAction} noValidate className="mt-4 max-w-xl space-y-4" key={created?.expiresAt ?? "form"}>
        <FormField id="invite-email" label={t("email")} error={errorMessage("email")}>
          {(control) => <input {...control} name="email" type="email" autoComplete="off" maxLength={EMAIL_MAX} defaultValue={values.email} />}
        </FormField>
        <FormField id="invite-role" label={t("role")} error={errorMessage("role")}>
          {(control) => (
            <select {...control} name="role" defaultValue={values.role}>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {tRoles(role)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="invite-organizationId" label={t("organization")} hint={t("organizationHint")} error={errorMessage("organizationId")}>
          {(control) => (
            <select {...control} name="organizationId" defaultValue={values.organizationId}>
              <option value="">{t("noOrganization")}</option>
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <button type="submit" disabled={pending} className={submitClass}>
          {pending ? t("sending") : t("submit")}
        </button>
      </form>
    </section>
  );
}
