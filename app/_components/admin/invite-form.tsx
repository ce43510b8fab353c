"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { alertClass, describedBy, errorClass, fieldClass, hintClass, labelClass, noticeClass, submitClass } from "@/app/_components/account/form-styles";
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

  const errorText = (field: InviteField) =>
    errors[field] && (
      <p id={`invite-${field}-error`} className={errorClass}>
        {t(`errors.${errors[field]}`)}
      </p>
    );
  const aria = (field: InviteField, hint?: string) => ({
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": describedBy(hint, errors[field] && `invite-${field}-error`),
  });
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
          <p className="font-semibold">{t("created", { email: created.email })}</p>
          <label htmlFor="invite-link" className={`${labelClass} mt-2 block`}>
            {t("linkLabel")}
          </label>
          <input ref={linkRef} id="invite-link" readOnly value={created.link} aria-describedby="invite-link-hint" className={fieldClass(false)} />
          <p id="invite-link-hint" className={`${hintClass} mt-1`}>
            {t("linkHint", { date: format.dateTime(new Date(created.expiresAt), { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" }) })}
          </p>
        </div>
      )}
      <form action={formAction} noValidate className="mt-4 max-w-xl space-y-4" key={created?.link ?? "form"}>
        <div>
          <label htmlFor="invite-email" className={labelClass}>
            {t("email")}
          </label>
          {errorText("email")}
          <input
            id="invite-email"
            name="email"
            type="email"
            autoComplete="off"
            maxLength={EMAIL_MAX}
            defaultValue={values.email}
            {...aria("email")}
            className={fieldClass(!!errors.email)}
          />
        </div>
        <div>
          <label htmlFor="invite-role" className={labelClass}>
            {t("role")}
          </label>
          {errorText("role")}
          <select id="invite-role" name="role" defaultValue={values.role} {...aria("role")} className={fieldClass(!!errors.role)}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {tRoles(role)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="invite-organizationId" className={labelClass}>
            {t("organization")}
          </label>
          <p id="invite-organizationId-hint" className={hintClass}>
            {t("organizationHint")}
          </p>
          {errorText("organizationId")}
          <select
            id="invite-organizationId"
            name="organizationId"
            defaultValue={values.organizationId}
            {...aria("organizationId", "invite-organizationId-hint")}
            className={fieldClass(!!errors.organizationId)}
          >
            <option value="">{t("noOrganization")}</option>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending} className={submitClass}>
          {pending ? t("sending") : t("submit")}
        </button>
      </form>
    </section>
  );
}
