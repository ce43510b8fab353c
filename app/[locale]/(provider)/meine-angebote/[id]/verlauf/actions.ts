"use server";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError, NotFoundError } from "@/server/authz";
import { ConcurrentPublicationError } from "@/server/offers/republish";
import { restoreVersion, RestoreError } from "@/server/revisions/restore";
import { formOf } from "@/server/http/form-input";

const inputSchema = z.object({ offerId: z.string().max(64), version: z.coerce.number().int().positive().max(2_000_000_000) });

/** "Diese Fassung wiederherstellen": server/revisions/restore decides between review and publishing. */
export async function restoreVersionAction(formData: FormData) {
  formData = formOf(formData);
  const user = await requireUser("/meine-angebote");
  const input = inputSchema.safeParse({ offerId: formData.get("offerId"), version: formData.get("version") });
  const locale = await getLocale();
  if (!input.success) return redirect({ href: "/meine-angebote", locale });
  let outcome: string;
  try {
    outcome = (await restoreVersion(user, input.data.offerId, input.data.version)).kind;
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ForbiddenError) outcome = "notFound";
    else if (err instanceof RestoreError) outcome = err.reason;
    else if (err instanceof ConcurrentPublicationError) outcome = "busy";
    else throw err;
  }
  return redirect({ href: `/meine-angebote/${encodeURIComponent(input.data.offerId)}/verlauf?ergebnis=${outcome}`, locale });
}
