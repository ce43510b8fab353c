import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { OfferData } from "../../server/offers/schema";
import { readOfferData } from "../../server/offers/store";
import { approveRevision } from "../../server/revisions/mutations";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createRoleUsers, offerData, OTHER_ORG_ID, publishTestOffer } from "../setup/fixtures";
import { offerForm, submitOfferForm } from "../setup/offer-form";

// Row ids (places, hours, phones, contacts) are the server's. A provider who sends a repeated id,
// or the id of another offer's row, gets new rows for their own offer; the reviewer's approval
// succeeds and the other offer is untouched. A revision stored with such ids before the form
// checked them is published the same way.

const { db } = setupTestDatabase();

let users: Awaited<ReturnType<typeof createRoleUsers>>;
let own: string;
let other: OfferData;

beforeAll(async () => {
  await createReferenceData(db);
  users = await createRoleUsers(db);
  own = await publishTestOffer(
    db,
    offerData({
      name: "Eigenes Angebot",
      phones: [{ number: "03691 100001" }],
      contacts: [{ name: "Frau Eigen" }],
      schedules: [{ weekday: "TU", opensAt: "10:00", closesAt: "11:00" }],
    }),
  );
  const otherId = await publishTestOffer(
    db,
    offerData({
      organizationId: OTHER_ORG_ID,
      name: "Fremdes Angebot",
      phones: [{ number: "03691 200002" }],
      contacts: [{ name: "Herr Fremd" }],
      schedules: [{ weekday: "WE", opensAt: "08:00", closesAt: "09:00" }],
    }),
  );
  other = (await readOfferData(db, otherId))!;
});

const ids = (rows: { id?: string }[]) => rows.map((r) => r.id);
const allIds = (d: OfferData) => [
  ...ids(d.phones),
  ...ids(d.contacts),
  ...ids(d.schedules),
  ...d.locations.flatMap((l) => [l.id, ...ids(l.schedules)]),
];

async function expectOtherUntouched() {
  expect(await readOfferData(db, other.id)).toEqual(other);
}

function expectDistinctOwnIds(d: OfferData) {
  const list = allIds(d);
  expect(new Set(list).size).toBe(list.length);
  for (const id of allIds(other)) expect(list).not.toContain(id);
}

describe("row ids sent by the edit form", () => {
  it("replaces repeated and foreign ids, so approval publishes the provider's rows and nothing else", async () => {
    const before = (await readOfferData(db, own))!;
    const ownPhone = before.phones[0].id!;
    const fd = await offerForm(users.provider, own, {
      // The provider's own phone twice, plus one that claims the other offer's phone.
      "phones[0].id": ownPhone,
      "phones[1].id": ownPhone,
      "phones[1].number": "03691 100002",
      "phones[2].id": other.phones[0].id!,
      "phones[2].number": "03691 100003",
      "contacts[0].id": other.contacts[0].id!,
      "schedules[0].id": other.schedules[0].id!,
      "schedules[1].id": other.schedules[0].id!,
      "schedules[1].weekday": "TH",
      "schedules[1].opensAt": "12:00",
      "schedules[1].closesAt": "13:00",
      "locations[0].schedules[0].id": before.schedules[0].id!,
    });
    const saved = await submitOfferForm(users.provider, own, fd);
    if (!saved.ok || !saved.revisionId) throw new Error(`not saved: ${JSON.stringify(saved)}`);

    await expect(approveRevision(users.reviewer, saved.revisionId)).resolves.toMatchObject({ id: own });
    await expectOtherUntouched();
    const after = (await readOfferData(db, own))!;
    expect(after.phones.map((p) => p.number).sort()).toEqual(["03691 100001", "03691 100002", "03691 100003"]);
    expect(after.contacts.map((c) => c.name)).toEqual(["Frau Eigen"]);
    expect(after.schedules.map((s) => s.weekday).sort()).toEqual(["TH", "TU"]);
    expect(after.locations[0].schedules.map((s) => s.weekday)).toEqual(["MO"]);
    expectDistinctOwnIds(after);
    // The first use of an own id keeps it.
    expect(ids(after.phones)).toContain(ownPhone);
  });
});

describe("a revision stored with bad ids (before the form checked them)", () => {
  it("is approved with new ids for the repeated and foreign rows, leaving the other organisation's rows and place alone", async () => {
    const base = (await readOfferData(db, own))!;
    const foreignPlace = other.locations[0];
    const bad: OfferData = {
      ...base,
      description: "Geänderte Beschreibung.",
      phones: [base.phones[0], { ...base.phones[0], number: "03691 300003" }, { ...other.phones[0], number: "03691 300004" }],
      contacts: [{ ...other.contacts[0], name: "Frau Neu" }, { ...other.contacts[0], name: "Frau Neu 2" }],
      schedules: [{ ...other.schedules[0], weekday: "FR" }],
      // Another organisation's place, renamed: it must not be overwritten, the offer gets its own.
      locations: [
        { ...base.locations[0], schedules: [{ ...base.locations[0].schedules[0] }, { ...base.locations[0].schedules[0], weekday: "SA" }] },
        { ...foreignPlace, street: "Übernommene Straße 1", schedules: [{ ...other.locations[0].schedules[0], id: randomUUID() }] },
      ],
    };
    const version = (await db.service.findUniqueOrThrow({ where: { id: own }, select: { version: true } })).version;
    const revision = await db.serviceRevision.create({
      data: { serviceId: own, authorId: users.provider.id, data: bad, baseVersion: version, state: "SUBMITTED", submittedAt: new Date() },
    });

    await expect(approveRevision(users.reviewer, revision.id)).resolves.toMatchObject({ id: own, version: version + 1 });
    await expectOtherUntouched();
    const after = (await readOfferData(db, own))!;
    expect(after.description).toBe("Geänderte Beschreibung.");
    expect(after.phones.map((p) => p.number).sort()).toEqual([base.phones[0].number, "03691 300003", "03691 300004"].sort());
    expect(after.contacts.map((c) => c.name).sort()).toEqual(["Frau Neu", "Frau Neu 2"]);
    expect(after.schedules.map((s) => s.weekday)).toEqual(["FR"]);
    expect(after.locations.map((l) => l.street).sort()).toEqual(["Markt 1", "Übernommene Straße 1"]);
    expectDistinctOwnIds(after);
    // The history holds what was published, ids included.
    const snapshot = await db.serviceVersion.findFirstOrThrow({ where: { serviceId: own, version: version + 1 } });
    expect(allIds(snapshot.data as OfferData).sort()).toEqual(allIds(after).sort());
  });
});
