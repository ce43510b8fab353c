import type { SnapshotCell, SnapshotContent, SnapshotMeasure, SnapshotOffer } from "./content";

// Two snapshots side by side (pure: the pages, the CSV and the tests share it). Offers are matched
// by id. Per matrix cell (Planungsraum x Handlungsfeld): the offers that entered or left it, each
// marked new (not in the earlier snapshot at all), ended (not in the later one) or moved (in both,
// with other areas or fields), and the capacity before and after; per offer in both: capacity
// changes; per measure in both plans: a changed status.

export type OfferRef = Pick<SnapshotOffer, "id" | "name" | "organization">;
export type CellMove = OfferRef & { kind: "new" | "ended" | "moved" };
export type CellChange = {
  rowKey: string;
  rowName: string;
  rowKind: SnapshotContent["matrix"]["rows"][number]["kind"];
  columnCode: string;
  columnName: string;
  entered: CellMove[];
  left: CellMove[];
  a: SnapshotCell;
  b: SnapshotCell;
};
type Capacity = Pick<SnapshotOffer, "places" | "fte" | "waitingWeeks" | "acceptingNewClients">;
export type CapacityChange = OfferRef & { a: Capacity; b: Capacity };
export type StatusChange = Pick<SnapshotMeasure, "id" | "code" | "title" | "handlungsfeld"> & { a: SnapshotMeasure["status"]; b: SnapshotMeasure["status"] };
export type SnapshotDiff = {
  added: OfferRef[];
  ended: OfferRef[];
  cells: CellChange[];
  capacity: CapacityChange[];
  /** null when either snapshot has no plan state (rebuilt from history). */
  measures: StatusChange[] | null;
};

const EMPTY: SnapshotCell = { offers: 0, places: null, fte: null };
const ref = ({ id, name, organization }: SnapshotOffer): OfferRef => ({ id, name, organization });
const CAPACITY = ["places", "fte", "waitingWeeks", "acceptingNewClients"] as const;
const capacityOf = (o: SnapshotOffer): Capacity => ({ places: o.places, fte: o.fte, waitingWeeks: o.waitingWeeks, acceptingNewClients: o.acceptingNewClients });
const inCell = (o: SnapshotOffer, row: string, column: string) => o.rows.includes(row) && o.handlungsfelder.includes(column);

function union<T>(a: T[], b: T[], key: (t: T) => string): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((t) => !seen.has(key(t)))];
}

function cellOf(c: SnapshotContent, row: string, column: string): SnapshotCell {
  const r = c.matrix.rows.find((x) => x.key === row);
  const i = c.matrix.columns.findIndex((x) => x.code === column);
  return (r && i >= 0 && r.cells[i]) || EMPTY;
}

export function compareContents(a: SnapshotContent, b: SnapshotContent): SnapshotDiff {
  const inA = new Map(a.offers.map((o) => [o.id, o]));
  const inB = new Map(b.offers.map((o) => [o.id, o]));
  const added = b.offers.filter((o) => !inA.has(o.id));
  const ended = a.offers.filter((o) => !inB.has(o.id));

  const rows = union(a.matrix.rows, b.matrix.rows, (r) => r.key);
  const columns = union(a.matrix.columns, b.matrix.columns, (c) => c.code);
  const cells: CellChange[] = [];
  for (const row of rows)
    for (const col of columns) {
      const move = (o: SnapshotOffer, other: Map<string, SnapshotOffer>, gone: "new" | "ended"): CellMove => ({ ...ref(o), kind: other.has(o.id) ? "moved" : gone });
      const entered = b.offers.filter((o) => inCell(o, row.key, col.code) && !(inA.has(o.id) && inCell(inA.get(o.id)!, row.key, col.code))).map((o) => move(o, inA, "new"));
      const left = a.offers.filter((o) => inCell(o, row.key, col.code) && !(inB.has(o.id) && inCell(inB.get(o.id)!, row.key, col.code))).map((o) => move(o, inB, "ended"));
      const [ca, cb] = [cellOf(a, row.key, col.code), cellOf(b, row.key, col.code)];
      const changed = ca.offers !== cb.offers || ca.places !== cb.places || ca.fte !== cb.fte;
      if (entered.length || left.length || changed) cells.push({ rowKey: row.key, rowName: row.name, rowKind: row.kind, columnCode: col.code, columnName: col.name, entered, left, a: ca, b: cb });
    }

  const capacity = b.offers.flatMap((o) => {
    const before = inA.get(o.id);
    return before && CAPACITY.some((k) => before[k] !== o[k]) ? [{ ...ref(o), a: capacityOf(before), b: capacityOf(o) }] : [];
  });

  let measures: StatusChange[] | null = null;
  if (a.plan && b.plan) {
    const statusA = new Map(a.plan.measures.map((m) => [m.id, m.status]));
    measures = b.plan.measures.flatMap((m) => {
      const before = statusA.get(m.id);
      return before && before !== m.status ? [{ id: m.id, code: m.code, title: m.title, handlungsfeld: m.handlungsfeld, a: before, b: m.status }] : [];
    });
  }
  return { added: added.map(ref), ended: ended.map(ref), cells, capacity, measures };
}
