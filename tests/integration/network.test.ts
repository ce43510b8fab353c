import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../../server/authz";
import { listNetworkOffers } from "../../server/network/queries";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createUser, offerData, ORG_ID, publishTestOffer } from "../setup/fixtures";

// /fachinfo: the fields for professionals (waiting time, accepting new clients, intake criteria,
// the line for professionals) for network partners, reviewers and admins; never the planner-only
// fields (staff, places, funding, legal basis) and never a hidden address.

const { db } = setupTestDatabase();

type User = Awaited<ReturnType<typeof createUser>>;
let network: User;
let reviewer: User;
let admin: User;
let provider: User;

const planning = {
  staffFte: 2.75,
  places: 31,
  waitingTimeWeeks: 7,
  acceptingNewClients: false,
  legalBasis: "SGB VIII § 28 Geheimbasis",
  lszFundingArea: "Förderbereich Geheim",
  lszFundingStage: 3,
  fundingAmountEur: 98765,
  professionalContact: "Fachdurchwahl 03691 777",
  intakeCriteria: "Zuweisung durch das Jugendamt",
};
const PLANNER_ONLY = ["2.75", "31", "Geheimbasis", "Förderbereich Geheim", "98765", "staffFte", "places", "legalBasis", "lszFunding", "fundingAmount"];

const publish = (overrides: Parameters<typeof offerData>[0]) => publishTestOffer(db, offerData(overrides));

let counselling: string;
let shelter: string;

beforeAll(async () => {
  await createReferenceData(db);
  network = await createUser(db, { role: "NETWORK_PARTNER" });
  reviewer = await createUser(db, { role: "REVIEWER" });
  admin = await createUser(db, { role: "ADMIN" });
  provider = await createUser(db, { role: "PROVIDER", organizationIds: [ORG_ID] });
  counselling = await publish({ name: "Erziehungsberatung Netz", planning });
  const hidden = offerData({ name: "Schutzwohnung Netz", addressVisibility: "HIDDEN", planning: { waitingTimeWeeks: 0, acceptingNewClients: true } });
  hidden.locations![0].street = "Geheimweg 7";
  shelter = await publishTestOffer(db, hidden);
  await publish({ name: "Elterncafé ohne Planung", planning: null });
  await publish({ name: "Kurs 100% kostenfrei", planning: null });
  await publish({ name: "Geschlossene Beratung Netz", status: "inactive", planning });
  await db.service.create({ data: { organizationId: ORG_ID, name: "Entwurf Netz", description: "Noch nicht veröffentlicht." } });
});

describe("listNetworkOffers", () => {
  it("shows a network partner the waiting time, intake and the line for professionals, but no funding, staff, places or legal basis", async () => {
    const { offers } = await listNetworkOffers(network, {});
    const offer = offers.find((o) => o.id === counselling);
    expect(offer).toEqual({
      id: counselling,
      name: "Erziehungsberatung Netz",
      organizationName: "Testträger e. V.",
      addresses: ["Markt 1, 99817 Eisenach"],
      waitingTimeWeeks: 7,
      acceptingNewClients: false,
      intakeCriteria: "Zuweisung durch das Jugendamt",
      professionalContact: "Fachdurchwahl 03691 777",
    });
    // Without the (random) ids, in which a short number like "31" could turn up by chance.
    const raw = JSON.stringify(offers.map(({ id: _id, ...offer }) => offer));
    for (const secret of PLANNER_ONLY) expect(raw, secret).not.toContain(secret);
  });

  it("never shows a hidden address", async () => {
    const { offers } = await listNetworkOffers(network, {});
    expect(offers.find((o) => o.id === shelter)).toMatchObject({ addresses: [], waitingTimeWeeks: 0, acceptingNewClients: true });
    expect(JSON.stringify(offers)).not.toContain("Geheimweg");
  });

  it("lists published, active offers only, with empty fields where nothing is planned", async () => {
    const names = (await listNetworkOffers(network, {})).offers.map((o) => o.name);
    expect(names).toContain("Elterncafé ohne Planung");
    expect(names).not.toContain("Geschlossene Beratung Netz");
    expect(names).not.toContain("Entwurf Netz");
    expect((await listNetworkOffers(network, {})).offers.find((o) => o.name === "Elterncafé ohne Planung")).toMatchObject({
      waitingTimeWeeks: null,
      acceptingNewClients: null,
      intakeCriteria: null,
      professionalContact: null,
    });
  });

  it("filters by a part of the name, in any case; odd input is a harmless text", async () => {
    const names = async (name: unknown) => (await listNetworkOffers(network, { name })).offers.map((o) => o.name);
    expect(await names("  erziehungsBERATUNG ")).toEqual(["Erziehungsberatung Netz"]);
    expect(await names("netz")).toEqual(["Erziehungsberatung Netz", "Schutzwohnung Netz"]);
    expect(await names("' OR 1=1 --")).toEqual([]);
    // LIKE's wildcards match themselves only.
    expect(await names("%")).toEqual(["Kurs 100% kostenfrei"]);
    expect(await names("_")).toEqual([]);
    expect(await names("\\")).toEqual([]);
    // A repeated parameter takes the first; a non-text or an over-long one does not break the page.
    expect(await names(["Schutz", "Erziehung"])).toEqual(["Schutzwohnung Netz"]);
    expect((await names({ contains: "x" })).length).toBeGreaterThanOrEqual(3);
    expect(await names("x".repeat(10_000))).toEqual([]);
  });

  it("is open to reviewers and admins as well", async () => {
    for (const actor of [reviewer, admin]) {
      expect((await listNetworkOffers(actor, {})).offers.map((o) => o.id)).toContain(counselling);
    }
  });

  it("refuses providers and signed-out callers (ForbiddenError)", async () => {
    await expect(listNetworkOffers(provider, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listNetworkOffers(null, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
