"use server";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError, NotFoundError } from "@/server/authz";
import { ConcurrentPublicationError } from "@/server/offers/republish";
import { confirmOffer } from "@/server/offers/staleness";
import { createOffer, discardNewOffer } from "@/server/revisions/new-offer";
import type { NewOfferState } from "@/app/_components/review/new-offer-state";
import { formOf } from "@/server/http/form-input";

const offerIdSchema = z.string().max(64);

/** "Angaben sind noch aktuell": server/offers/staleness checks the scope and publishes the new date. */
export async function confirmOfferAction(formData: FormData) {
  formData = formOf(formData);
  const user = await requireUser("/meine-angebote");
  const id = offerIdSchema.safeParse(formData.get("offerId"));
  let outcome: "ok" | "fehlt" | "besetzt" = "ok";
  try {
    if (!id.success) throw new NotFoundError("offer");
    await confirmOffer(user, id.data);
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ForbiddenError) outcome = "fehlt";
    else if (err instanceof ConcurrentPublicationError) outcome = "besetzt";
    else throw err;
  }
  return redirect({ href: `/meine-angebote?bestaetigung=${outcome}`, locale: await getLocale() });
}

const discardSchema = z.object({
  offerId: z.string().max(64),
  confirm: z.literal("1"),
  back: z.enum(["/meine-angebote", "/pruefung/angebote"]),
});

/** "Verwerfen": server/revisions/new-offer checks the scope and that the offer was never published. */
export async function discardNewOfferAction(formData: FormData) {
  formData = formOf(formData);
  const user = await requireUser("/meine-angebote");
  const input = discardSchema.safeParse({ offerId: formData.get("offerId"), confirm: formData.get("confirm"), back: formData.get("back") });
  const back = input.success ? input.data.back : "/meine-angebote";
  let outcome: "ok" | "fehlt" | "unbestaetigt" = "unbestaetigt";
  if (input.success) {
    try {
      outcome = (await discardNewOffer(user, input.data.offerId)) ? "ok" : "fehlt";
    } catch (err) {
      if (!(err instanceof NotFoundError || err instanceof ForbiddenError)) throw err;
      outcome = "fehlt";
    }
  }
  return redirect({ href: `${back}?verworfen=${outcome}`, locale: await getLocale() });
}

/** "Neues Angebot anlegen": an unpublished offer, then straight to its form. */
export async function createOfferAction(_prev: NewOfferState, formData: FormData): Promise<NewOfferState> {
  formData = formOf(formData);
  const user = await requireUser("/meine-angebote");
  const values = { name: String(formData.get("name") ?? ""), organizationId: String(formData.get("organizationId") ?? "") };
  let result;
  try {
    result = await createOffer(user, values);
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ForbiddenError) return { values, error: "organization" };
    throw err;
  }
  if (!result.ok) return { values, error: result.error };
  return redirect({ href: `/meine-angebote/${result.id}/bearbeiten`, locale: await getLocale() });
}
