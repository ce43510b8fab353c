// Minimal reference data for tests that do not need the full Eisenach seed.
import { randomUUID } from "node:crypto";
import type { Db } from "../../server/db";
import type { UserRole } from "../../server/generated/prisma/enums";
import { publishOffer } from "../../server/offers/publish";
import type { OfferDataInput } from "../../server/offers/schema";

export const ORG_ID = "0b0e0c6e-8d7f-4a53-9a5e-2f1f7d7c0001";
/** A second provider, for tests that check one provider cannot reach another's records. */
export const OTHER_ORG_ID = "0b0e0c6e-8d7f-4a53-9a5e-2f1f7d7c0002";
export const AREA_CODE = "innenstadt";

export async function createReferenceData(db: Db) {
  const taxonomies = {
    handlungsfeld: ["4", "Beratung, Unterstützung und Information"],
    lebensphase: ["senioren", "Seniorinnen und Senioren (65+)"],
    angebotsart: ["schuldnerberatung", "Schuldnerberatung"],
    planungsraum: [AREA_CODE, "Innenstadt"],
  } as const;
  const termIds: Record<string, string> = {};
  for (const [key, [code, name]] of Object.entries(taxonomies)) {
    const taxonomy = await db.taxonomy.create({ data: { key, name: key } });
    const term = await db.taxonomyTerm.create({ data: { taxonomyId: taxonomy.id, code, name } });
    termIds[key] = term.id;
  }
  await db.planningArea.create({
    data: { code: AREA_CODE, name: "Innenstadt", termId: termIds.planungsraum, centerLat: 50.9748, centerLon: 10.3193 },
  });
  await db.organization.create({ data: { id: ORG_ID, name: "Testträger e. V." } });
  await db.organization.create({ data: { id: OTHER_ORG_ID, name: "Anderer Träger gGmbH" } });
}

/**
 * A user as the session sees them (SessionUser). `passwordHash` is stored as given (hash it with
 * server/auth/password in the test if the user must sign in).
 */
export async function createUser(
  db: Db,
  opts: { role: UserRole; organizationIds?: string[]; email?: string; passwordHash?: string; disabled?: boolean },
) {
  const organizationIds = opts.organizationIds ?? [];
  const user = await db.user.create({
    data: {
      email: opts.email ?? `${opts.role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.invalid`,
      role: opts.role,
      passwordHash: opts.passwordHash ?? null,
      disabledAt: opts.disabled ? new Date() : null,
      memberships: { create: organizationIds.map((organizationId) => ({ organizationId })) },
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, organizationIds };
}

export function offerData(overrides: Partial<OfferDataInput> = {}): OfferDataInput {
  return {
    id: randomUUID(),
    organizationId: ORG_ID,
    name: "Schuldnerberatung Test",
    description: "Hilfe bei Schulden und Verbraucherinsolvenz.",
    handlungsfelder: ["4"],
    lebensphasen: ["senioren"],
    angebotsarten: ["schuldnerberatung"],
    phones: [{ number: "03691 999001" }],
    locations: [
      {
        id: randomUUID(),
        street: "Markt 1",
        postalCode: "99817",
        city: "Eisenach",
        latitude: 50.9748,
        longitude: 10.3193,
        planningAreaCode: AREA_CODE,
        schedules: [{ weekday: "MO", opensAt: "09:00", closesAt: "12:00" }],
      },
    ],
    ...overrides,
  };
}

type TestLocation = NonNullable<OfferDataInput["locations"]>[number];

/** A place like offerData's (Markt 1, Mondays 9-12) with its own id, in the given Planungsraum. */
export function testLocation(planningAreaCode: string, overrides: Partial<TestLocation> = {}): TestLocation {
  return { ...offerData().locations![0], id: randomUUID(), planningAreaCode, ...overrides };
}

/** Publishes an offer as an import would (version n+1, history, outbox row); returns its id. */
export async function publishTestOffer(db: Db, data: OfferDataInput & { id: string }) {
  await db.$transaction((tx) => publishOffer(tx, data, { source: "IMPORT" }));
  return data.id;
}

/** One person per role around ORG_ID: its provider, another organisation's, a reviewer, a network partner. */
export async function createRoleUsers(db: Db) {
  return {
    provider: await createUser(db, { role: "PROVIDER", organizationIds: [ORG_ID] }),
    otherProvider: await createUser(db, { role: "PROVIDER", organizationIds: [OTHER_ORG_ID] }),
    reviewer: await createUser(db, { role: "REVIEWER" }),
    partner: await createUser(db, { role: "NETWORK_PARTNER", organizationIds: [ORG_ID] }),
  };
}
