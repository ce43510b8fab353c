"use server";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError, NotFoundError } from "@/server/authz";
import { ConcurrentPublicationError } from "@/server/offers/republish";
import { confirmOffer } from "@/server/offers/staleness";

const offerIdSchema = z.string().max(64);

/** "Angaben sind noch aktuell": server/offers/staleness checks the scope and publishes the new date. */
export async function confirmOfferAction(formData: FormData) {
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
