import "server-only";
import { db } from "../db";
import { isSearchable } from "../../search/document";
import { offerInclude } from "./store";

/**
 * What a resident may see of a published offer. A hidden address never leaves this function:
 * for HIDDEN and NONE the DTO has no locations at all.
 */
export async function getPublicOffer(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const s = await db.service.findUnique({ where: { id }, include: offerInclude });
  if (!s || !isSearchable(s)) return null;
  const showAddress = s.addressVisibility === "PUBLIC";
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    organizationName: s.organization.name,
    eligibility: s.eligibilityDescription,
    feesDescription: s.feesDescription,
    free: s.free,
    url: s.url,
    email: s.email,
    languages: s.languages,
    appointmentRequired: s.appointmentRequired,
    byArrangement: s.byArrangement,
    anonymousPossible: s.anonymousPossible,
    addressHidden: s.addressVisibility === "HIDDEN",
    lastVerifiedAt: s.lastVerifiedAt,
    isDemo: s.isDemo,
    phones: s.phones.map((p) => ({ number: p.number, description: p.description })),
    locations: showAddress
      ? s.locations.map(({ location: l }) => ({
          id: l.id,
          name: l.name,
          street: l.street,
          postalCode: l.postalCode,
          city: l.city,
        }))
      : [],
    schedules: s.schedules
      .filter((x) => showAddress || !x.locationId)
      .map((x) => ({ weekday: x.weekday, opensAt: x.opensAt, closesAt: x.closesAt, description: x.description })),
  };
}

export type PublicOffer = NonNullable<Awaited<ReturnType<typeof getPublicOffer>>>;
