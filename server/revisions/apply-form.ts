import "server-only";
import { randomUUID } from "node:crypto";
import { can, type Actor } from "../authz";
import { geocode } from "../geo/geocode";
import type { OfferData, OfferDataInput } from "../offers/schema";
import { PROVIDER_PLANNING_FIELDS, type OfferFormValues } from "./form";

// Turns what the edit form sent into a whole offer document, on top of the version it edits.
// Everything the form cannot be trusted with comes from the stored offer: its id and organisation,
// which stored locations may be edited, coordinates, and the planning fields that are the city's.

const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());

/** Planning fields: a provider keeps capacity and access current; funding and legal basis stay as the city set them. */
function planningOf(actor: Actor, base: OfferData["planning"], sent: OfferFormValues["planning"]): OfferData["planning"] {
  const mayEditAll = can(actor, "offer:edit-any");
  const fromForm = Object.entries(sent ?? {}).filter(([key]) => mayEditAll || (PROVIDER_PLANNING_FIELDS as readonly string[]).includes(key));
  const merged = { ...(base ?? {}), ...Object.fromEntries(fromForm) } as NonNullable<OfferData["planning"]>;
  return Object.values(merged).some((v) => v !== null && v !== undefined) ? merged : null;
}

/**
 * Locations: a sent id is kept only if it names a location of this offer (published or in the
 * person's draft), so a form can never overwrite another organisation's place. Coordinates are
 * kept while the address is unchanged and otherwise looked up in the city's own street list.
 */
async function locationsOf(known: OfferData["locations"], sent: OfferFormValues["locations"]) {
  return Promise.all(
    sent.map(async (l) => {
      const stored = l.id ? known.find((k) => k.id === l.id) : undefined;
      const sameAddress = stored && stored.street === l.street && stored.postalCode === l.postalCode;
      const place = sameAddress ? null : l.street ? await geocode(l.street) : null;
      return {
        ...l,
        id: stored?.id ?? randomUUID(),
        latitude: sameAddress ? stored.latitude : (place?.lat ?? null),
        longitude: sameAddress ? stored.longitude : (place?.lon ?? null),
      };
    }),
  );
}

export async function applyForm(
  actor: Actor,
  base: OfferData,
  draft: OfferData | null,
  values: OfferFormValues,
): Promise<OfferDataInput> {
  const known = [...base.locations, ...(draft?.locations ?? [])];
  return {
    ...base,
    ...values,
    locations: await locationsOf(known, values.locations),
    planning: planningOf(actor, base.planning, values.planning),
    // Whoever edits the offer has looked at all of it: a reviewed change confirms the entry.
    lastVerifiedAt: today(),
    // Never from the form.
    id: base.id,
    organizationId: base.organizationId,
    isDemo: base.isDemo,
  };
}
