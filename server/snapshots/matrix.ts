import "server-only";
import { db } from "../db";
import { label } from "../offers/queries";
import type { SnapshotMatrix, SnapshotOffer } from "./content";

// The Planungsraum x Handlungsfeld matrix summed from a snapshot's offers, for a Stichtag rebuilt
// from history (where the coverage SQL cannot run: it reads today's tables). Rows and columns as
// getCoverageMatrix lays them out; tests/integration/snapshots.test.ts checks that both agree on
// today's catalogue.

/** VZÄ are stored with two decimals; sums are rounded back to them (float sums drift). */
export const roundFte = (fte: number | null) => (fte === null ? null : Math.round(fte * 100) / 100);

/** One order for every snapshot's offer list: by name, then id. */
export const sortOffers = (offers: SnapshotOffer[]) => offers.sort((a, b) => a.name.localeCompare(b.name, "de") || a.id.localeCompare(b.id));

const sumStated = (values: (number | null)[]) => {
  const stated = values.filter((v): v is number => v !== null);
  return stated.length ? stated.reduce((x, y) => x + y, 0) : null;
};

export async function matrixFromOffers(offers: SnapshotOffer[]): Promise<SnapshotMatrix> {
  const [areas, terms] = await Promise.all([
    db.planningArea.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    db.taxonomyTerm.findMany({ where: { taxonomy: { key: "handlungsfeld" } }, select: { code: true, name: true, labels: true }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] }),
  ]);
  const columns = terms.map((t) => ({ code: t.code, name: label(t, "de") }));
  const row = (key: string, name: string, kind: SnapshotMatrix["rows"][number]["kind"]) => ({
    key,
    name,
    kind,
    cells: columns.map((col) => {
      const inCell = offers.filter((o) => o.rows.includes(key) && o.handlungsfelder.includes(col.code));
      return { offers: inCell.length, places: sumStated(inCell.map((o) => o.places)), fte: roundFte(sumStated(inCell.map((o) => o.fte))) };
    }),
  });
  const rows = [...areas.map((a) => row(a.code, a.name, "area")), row("stadtweit", "stadtweit", "stadtweit"), row("regional", "regional", "regional")];
  const unassigned = row("ohne", "ohne", "ohne");
  if (unassigned.cells.some((c) => c.offers > 0)) rows.push(unassigned);
  return { columns, rows };
}
