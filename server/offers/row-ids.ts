import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "../db";
import type { OfferData } from "./schema";

// The ids inside an offer document (places, opening hours, phones, contacts) name rows of the
// offer's own tables. An id used twice in one document, or one that names another offer's row
// (or another organisation's place), would make publication fail on a unique key, or overwrite
// the other's place. Whatever wrote the document (the edit form, a restore, an HSDS file, a
// revision stored before the form checked ids), publication replaces such an id with a new one:
// the offer gets its rows and nobody else's are touched.

type WithId = { id?: string };

/** Keeps an id once and only if it is not `foreign`; a repeat or a foreign id becomes a new one. */
function idKeeper(foreign: ReadonlySet<string>) {
  const used = new Set<string>();
  return <T extends WithId>(row: T): T => {
    if (!row.id) return row; // the database gives it one
    const id = foreign.has(row.id) || used.has(row.id) ? randomUUID() : row.id;
    used.add(id);
    return { ...row, id };
  };
}

const idsOf = (rows: readonly WithId[]) => rows.flatMap((r) => r.id ?? []);

/** `data` with every child row id that is duplicated or belongs to someone else replaced. */
export async function ownRowIds(tx: Tx, data: OfferData): Promise<OfferData> {
  const allSchedules = [...data.schedules, ...data.locations.flatMap((l) => l.schedules)];
  const notThisOffer = (rows: { id: string; serviceId: string | null }[]) => new Set(rows.filter((r) => r.serviceId !== data.id).map((r) => r.id));
  const byId = (rows: readonly WithId[]) => ({ where: { id: { in: idsOf(rows) } }, select: { id: true, serviceId: true } });
  // Sequential: one transaction is one connection.
  const schedule = idKeeper(notThisOffer(await tx.schedule.findMany(byId(allSchedules))));
  const phone = idKeeper(notThisOffer(await tx.phone.findMany(byId(data.phones))));
  const contact = idKeeper(notThisOffer(await tx.contact.findMany(byId(data.contacts))));
  // A place may be shared by offers of one organisation; another organisation's stays theirs.
  const places = await tx.location.findMany({
    where: { id: { in: idsOf(data.locations) } },
    select: { id: true, organizationId: true, services: { where: { serviceId: data.id }, select: { id: true } } },
  });
  const location = idKeeper(new Set(places.filter((p) => p.organizationId !== data.organizationId && p.services.length === 0).map((p) => p.id)));

  const schedules = data.schedules.map(schedule);
  const locations = data.locations.map((l) => ({ ...location(l), schedules: l.schedules.map(schedule) }));
  return { ...data, schedules, locations, phones: data.phones.map(phone), contacts: data.contacts.map(contact) };
}
