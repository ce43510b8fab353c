import { beforeAll, describe, expect, it } from "vitest";
import { readOfferData } from "../../server/offers/store";
import { approveRevision } from "../../server/revisions/mutations";
import { getOfferForEdit, getRevisionForReview, listHistory } from "../../server/revisions/queries";
import { restoreVersion } from "../../server/revisions/restore";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createRoleUsers, offerData, publishTestOffer } from "../setup/fixtures";
import { offerForm, submitOfferForm } from "../setup/offer-form";

// The city's planning fields (legal basis, LSZ funding area, stage, amount) never reach a
// provider: not in the edit form's values, not in the history's changes; a provider's restore
// does not bring back old funding. Reviewers read and keep all of them.

const { db } = setupTestDatabase();

let users: Awaited<ReturnType<typeof createRoleUsers>>;
let id: string;
const CITY_V1 = ["SGB VIII § 16 Stadtakte A", "Förderbereich Alpha", "11111"];
const CITY_V2 = ["SGB VIII § 16 Stadtakte B", "Förderbereich Beta", "22222"];
const CITY = [...CITY_V1, ...CITY_V2, "legalBasis", "lszFundingArea", "lszFundingStage", "fundingAmountEur"];

const planning = (v: 1 | 2) => ({
  places: 10 + v,
  waitingTimeWeeks: v,
  legalBasis: `SGB VIII § 16 Stadtakte ${v === 1 ? "A" : "B"}`,
  lszFundingArea: `Förderbereich ${v === 1 ? "Alpha" : "Beta"}`,
  lszFundingStage: v + 1,
  fundingAmountEur: v === 1 ? 11111 : 22222,
});

/** Every non-null value in `x`, as text (keys of null values are no leak). */
const shown = (x: unknown) => JSON.stringify(x, (_k, v: unknown) => (v === null ? undefined : v));

beforeAll(async () => {
  await createReferenceData(db);
  users = await createRoleUsers(db);
  const data = offerData({ name: "Familientreff Planung", planning: planning(1) });
  id = await publishTestOffer(db, data);
  await publishTestOffer(db, { ...data, planning: planning(2) });
});

describe("the city's planning fields", () => {
  it("are not in a provider's edit form values, but in a reviewer's", async () => {
    const forProvider = await getOfferForEdit(users.provider, id);
    for (const secret of CITY) expect(shown(forProvider.defaults), secret).not.toContain(secret);
    expect(forProvider.defaults.planning).toMatchObject({ places: 12, waitingTimeWeeks: 2 });

    const forReviewer = await getOfferForEdit(users.reviewer, id);
    expect(forReviewer.defaults.planning).toMatchObject({ legalBasis: CITY_V2[0], lszFundingArea: CITY_V2[1], fundingAmountEur: 22222 });
  });

  it("survive a provider's saved edit, and are not in the provider's form afterwards", async () => {
    const saved = await submitOfferForm(users.provider, id, await offerForm(users.provider, id, { "planning.places": "14" }));
    if (!saved.ok || !saved.revisionId) throw new Error(`not saved: ${JSON.stringify(saved)}`);
    for (const secret of CITY) expect(shown((await getOfferForEdit(users.provider, id)).defaults), secret).not.toContain(secret);
    // The reviewer sees only the provider's change.
    const review = await getRevisionForReview(users.reviewer, saved.revisionId);
    expect(review.changes).toEqual([{ field: "planning.places", before: "12", after: "14" }]);
    await approveRevision(users.reviewer, saved.revisionId);
    expect((await readOfferData(db, id))?.planning).toMatchObject({ places: 14, legalBasis: CITY_V2[0], fundingAmountEur: 22222 });
  });

  it("are not among the changes a provider sees in the history", async () => {
    const forProvider = await listHistory(users.provider, id);
    for (const secret of CITY) expect(shown(forProvider), secret).not.toContain(secret);
    expect(forProvider.entries.find((e) => e.version === 2)?.changes).toEqual([
      { field: "planning.places", before: "11", after: "12" },
      { field: "planning.waitingTimeWeeks", before: "1", after: "2" },
    ]);
    expect(shown(await listHistory(users.reviewer, id))).toContain(CITY_V2[2]);
  });

  it("stay as the city set them when a provider restores an old version", async () => {
    const result = await restoreVersion(users.provider, id, 1);
    if (result.kind !== "submitted") throw new Error(`not submitted: ${JSON.stringify(result)}`);
    await approveRevision(users.reviewer, result.revisionId);
    expect((await readOfferData(db, id))?.planning).toMatchObject({ places: 11, waitingTimeWeeks: 1, legalBasis: CITY_V2[0], lszFundingArea: CITY_V2[1], lszFundingStage: 3, fundingAmountEur: 22222 });
  });
});
