import { describe, expect, it } from "vitest";
import { compareContents } from "../../server/snapshots/compare";
import type { SnapshotContent, SnapshotOffer } from "../../server/snapshots/content";

// compareContents on hand-made snapshots: an offer that stays but moves to another Planungsraum
// enters and leaves cells as "moved", never as new or ended; an unchanged snapshot has no change.

const offer = (o: Partial<SnapshotOffer>): SnapshotOffer => ({
  id: "5f0c1f1e-0000-4000-8000-000000000001",
  name: "Treff",
  organization: "Träger",
  rows: ["innenstadt"],
  handlungsfelder: ["4"],
  lebensphasen: [],
  angebotsarten: [],
  places: 5,
  fte: null,
  waitingWeeks: null,
  acceptingNewClients: null,
  ...o,
});

const content = (offers: SnapshotOffer[], cells: Record<string, number>): SnapshotContent => ({
  offers,
  matrix: {
    columns: [{ code: "4", name: "Beratung" }],
    rows: ["innenstadt", "nord"].map((key) => ({ key, name: key, kind: "area" as const, cells: [{ offers: cells[key] ?? 0, places: cells[key] ? 5 : null, fte: null }] })),
  },
  plan: null,
  missing: [],
});

describe("compareContents", () => {
  it("marks an offer that moved to another Planungsraum as moved in both cells", () => {
    const diff = compareContents(content([offer({})], { innenstadt: 1 }), content([offer({ rows: ["nord"] })], { nord: 1 }));
    expect(diff.added).toEqual([]);
    expect(diff.ended).toEqual([]);
    expect(diff.capacity).toEqual([]);
    expect(diff.cells.map((c) => [c.rowKey, c.entered.map((o) => o.kind), c.left.map((o) => o.kind), c.a.offers, c.b.offers])).toEqual([
      ["innenstadt", [], ["moved"], 1, 0],
      ["nord", ["moved"], [], 0, 1],
    ]);
    expect(diff.measures).toBeNull();
  });

  it("finds nothing between a snapshot and itself", () => {
    const c = content([offer({})], { innenstadt: 1 });
    expect(compareContents(c, c)).toEqual({ added: [], ended: [], cells: [], capacity: [], measures: null });
  });
});
