"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { alertClass } from "@/app/_components/account/form-styles";
import { fieldPathLabel } from "@/app/_components/review/field-path-label";
import { useErrorText } from "./controls";

type Props = {
  formId: string;
  /** conform's errors by field name ("" for the whole form). */
  errors: Record<string, string[] | undefined>;
  /** Counts submissions the browser's check stopped; the summary then takes the focus. */
  focusKey: number;
  /** The server's last answer: one with errors moves the focus to the summary too. */
  serverResult: { error?: unknown } | undefined;
};

/**
 * The GOV.UK error summary: at the top, a box naming each wrong field with its message, each a
 * link to the field (`#<field id>`). It takes the focus after a failed submission, so a screen
 * reader hears it and a keyboard user is one Tab from the first field; rendered on the server too,
 * so it works without JavaScript.
 */
export function ErrorSummary({ formId, errors, focusKey, serverResult }: Props) {
  const t = useTranslations("OfferForm");
  const tAll = useTranslations();
  const errorText = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  const known = (key: string) => (tAll.has(key as "OfferForm.optional") ? tAll(key as "OfferForm.optional") : null);
  const entries = Object.entries(errors).filter(([name, codes]) => name !== "" && codes?.length);
  // Not on every change of the errors (a field checked on leaving it must keep the focus).
  useEffect(() => {
    if (focusKey > 0 || serverResult?.error) ref.current?.focus();
  }, [focusKey, serverResult]);
  if (entries.length === 0) return null;
  return (
    <div ref={ref} role="alert" tabIndex={-1} aria-labelledby={`${formId}-summary-title`} className={alertClass}>
      <h2 id={`${formId}-summary-title`} className="font-bold">
        {t("errorSummaryTitle", { count: entries.length })}
      </h2>
      <ul className="mt-2 list-disc space-y-1 ps-6">
        {entries.map(([name, codes]) => (
          <li key={name}>
            <a href={`#${formId}-${name}`} onClick={(event) => focusField(event, `${formId}-${name}`)} className="font-semibold underline">
              {fieldPathLabel(name, known)}: {errorText(codes)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Following a link only scrolls; as GOV.UK does, put the focus into the field so typing fixes it. */
function focusField(event: React.MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: "center" });
  target.focus();
}
