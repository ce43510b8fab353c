import "server-only";
import { randomUUID } from "node:crypto";
import { can, type Actor } from "../authz";
import { geocode } from "../geo/geocode";
import type { OfferData, OfferDataInput } from "../offers/schema";
import { PROVIDER_PLANNING_FIELDS, type OfferFormValues } from "./form";

// Turns what the edit form sent into a whole offer document, on top of the version it edits.
// Everything the form cannot be trusted with comes from the stored offer: its id and organisation,
// the ids of its rows (which stored places, hours, phones and contacts may be edited),
// coordinates, and the planning fields that are the city's.

const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());

/** Planning fields: a provider keeps capacity and access current; funding and legal basis stay as the city set them. */
function planningOf(actor: Actor, base: OfferData["planning"], sent: OfferFormValues["planning"]): OfferData["planning"] {
  const mayEditAll = can(actor, "offer:edit-any");
  const fromForm = Object.entries(sent ?? {}).filter(([key]) => mayEditAll || (PROVIDER_PLANNING_FIELDS as readonly string[]).includes(key));
  const merged = { ...(base ?? {}), ...Object.fromEntries(fromForm) } as NonNullable<OfferData["planning"]>;
  return Object.values(merged).some((v) => v !== null && v !== undefined) ? merged : null;
}

/**
 * Row ids are the server's: a sent id is kept only if it names a row of this offer (published or
 * in the person's draft) and no earlier row of the form took it; otherwise the row gets a new one.
 * So a form can neither reach another offer's rows nor make publication fail on a repeated id.
 */
function rowIds(known: readonly { id?: string }[]) {
  const knownIds = new Set(known.flatMap((r) => r.id ?? []));
  const used = new Set<string>();
  return <T extends { id?: string }>(row: T): T & { id: string } => {
    const id = row.id && knownIds.has(row.id) && !used.has(row.id) ? row.id : randomUUID();
    used.add(id);
    return { ...row, id };
  };
}

/**
 * Locations: coordinates are kept while the address is unchanged and otherwise looked up in the
 * city's own street list.
 */
async function locationsOf(known: OfferData["locations"], sent: OfferFormValues["locations"], scheduleId: ReturnType<typeof rowIds>) {
  const locationId = rowIds(known);
  // Ids first, in form order, so the first of two rows with one id keeps it.
  const rows = sent.map(locationId).map((l) => ({ ...l, schedules: l.schedules.map(scheduleId) }));
  return Promise.all(
    rows.map(async (l) => {
      const stored = known.find((k) => k.id === l.id);
      const sameAddress = stored && stored.street === l.street && stored.postalCode === l.postalCode;
      const place = sameAddress ? null : l.street ? await geocode(l.street) : null;
      return {
        ...l,
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
  const versions = [base, ...(draft ? [draft] : [])];
  const known = versions.flatMap((v) => v.locations);
  // Hours with and without a place are rows of one table: one id space.
  const scheduleId = rowIds(versions.flatMap((v) => [...v.schedules, ...v.locations.flatMap((l) => l.schedules)]));
  const schedules = values.schedules.map(scheduleId);
  return {
    ...base,
    ...values,
    locations: await locationsOf(known, values.locations, scheduleId),
    schedules,
    phones: values.phones.map(rowIds(versions.flatMap((v) => v.phones))),
    contacts: values.contacts.map(rowIds(versions.flatMap((v) => v.contacts))),
    planning: planningOf(actor, base.planning, values.planning),
    // Whether Quick-Exit protects an offer's readers is the city's call: a provider can neither set nor unset it.
    protectionOffer: can(actor, "offer:edit-any") ? values.protectionOffer : base.protectionOffer,
    // Whoever edits the offer has looked at all of it: a reviewed change confirms the entry.
    lastVerifiedAt: today(),
    // Never from the form.
    id: base.id,
    organizationId: base.organizationId,
    isDemo: base.isDemo,
  };
}
