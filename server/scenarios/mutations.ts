import "server-only";
import { assertCan, NotFoundError, type Actor } from "../authz";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import {
  fieldErrors,
  hypotheticalOfferSchema,
  scenarioCreateSchema,
  uuidSchema,
  type HypotheticalOfferField,
  type ScenarioCreateField,
} from "./schema";

// Writing scenarios: planning:edit. They live in their own tables; no write here touches an offer,
// its versions or the search outbox, so nothing reaches the public catalogue.

type Editor = Actor & { id: string };
type Result<F extends string> = { ok: true; id: string } | { ok: false; errors: Partial<Record<F, string>> };

const isUniqueViolation = (err: unknown) => err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";

function parseId(raw: unknown, what: string): string {
  const id = uuidSchema.safeParse(raw);
  if (!id.success) throw new NotFoundError(what);
  return id.data;
}

export async function createScenario(actor: Editor | null, raw: unknown): Promise<Result<ScenarioCreateField>> {
  assertCan(actor, "planning:edit");
  const input = scenarioCreateSchema.safeParse(raw);
  if (!input.success) return { ok: false, errors: fieldErrors(input.error) };
  try {
    const s = await db.scenario.create({ data: { ...input.data, createdById: actor.id }, select: { id: true } });
    return { ok: true, id: s.id };
  } catch (err) {
    if (isUniqueViolation(err)) return { ok: false, errors: { name: "taken" } };
    throw err;
  }
}

export async function deleteScenario(actor: Actor | null, rawId: unknown): Promise<void> {
  assertCan(actor, "planning:edit");
  const { count } = await db.scenario.deleteMany({ where: { id: parseId(rawId, "scenario") } });
  if (!count) throw new NotFoundError("scenario");
}

export async function addHypotheticalOffer(actor: Actor | null, rawScenarioId: unknown, raw: unknown): Promise<Result<HypotheticalOfferField>> {
  assertCan(actor, "planning:edit");
  const scenarioId = parseId(rawScenarioId, "scenario");
  const input = hypotheticalOfferSchema.safeParse(raw);
  if (!input.success) return { ok: false, errors: fieldErrors(input.error) };
  const { name, area, angebotsart, handlungsfelder, lebensphasen, places, fte } = input.data;
  const [scenario, planningArea, terms] = await Promise.all([
    db.scenario.findUnique({ where: { id: scenarioId }, select: { id: true } }),
    db.planningArea.findUnique({ where: { code: area }, select: { id: true } }),
    db.taxonomyTerm.findMany({
      where: {
        OR: [
          { taxonomy: { key: "handlungsfeld" }, code: { in: handlungsfelder } },
          { taxonomy: { key: "lebensphase" }, code: { in: lebensphasen } },
          { taxonomy: { key: "angebotsart" }, code: { in: angebotsart ? [angebotsart] : [] } },
        ],
      },
      select: { id: true, code: true, taxonomy: { select: { key: true } } },
    }),
  ]);
  if (!scenario) throw new NotFoundError("scenario");
  // Every chosen code must name a term of its own taxonomy (a forged form could send any).
  const known = (key: string, codes: string[]) => codes.every((c) => terms.some((t) => t.taxonomy.key === key && t.code === c));
  const errors: Partial<Record<HypotheticalOfferField, string>> = {};
  if (!planningArea) errors.area = "unknown";
  if (!known("handlungsfeld", handlungsfelder)) errors.handlungsfelder = "unknown";
  if (!known("lebensphase", lebensphasen)) errors.lebensphasen = "unknown";
  if (angebotsart && !known("angebotsart", [angebotsart])) errors.angebotsart = "unknown";
  if (Object.keys(errors).length || !planningArea) return { ok: false, errors };
  const offer = await db.scenarioOffer.create({
    data: {
      scenarioId,
      name,
      planningAreaId: planningArea.id,
      places,
      staffFte: fte,
      terms: { create: terms.map((t) => ({ termId: t.id })) },
    },
    select: { id: true },
  });
  await touch(scenarioId);
  return { ok: true, id: offer.id };
}

export async function deleteHypotheticalOffer(actor: Actor | null, rawScenarioId: unknown, rawOfferId: unknown): Promise<void> {
  assertCan(actor, "planning:edit");
  const scenarioId = parseId(rawScenarioId, "scenario");
  const { count } = await db.scenarioOffer.deleteMany({ where: { id: parseId(rawOfferId, "offer"), scenarioId } });
  if (!count) throw new NotFoundError("offer");
  await touch(scenarioId);
}

/** Takes a published offer out of the scenario's counts (idempotent). Drafts and unknown ids: 404. */
export async function addRemoval(actor: Actor | null, rawScenarioId: unknown, rawServiceId: unknown): Promise<void> {
  assertCan(actor, "planning:edit");
  const scenarioId = parseId(rawScenarioId, "scenario");
  const serviceId = parseId(rawServiceId, "offer");
  const [scenario, service] = await Promise.all([
    db.scenario.findUnique({ where: { id: scenarioId }, select: { id: true } }),
    db.service.findFirst({ where: { id: serviceId, version: { gt: 0 }, status: "active" }, select: { id: true } }),
  ]);
  if (!scenario || !service) throw new NotFoundError(!scenario ? "scenario" : "offer");
  await db.scenarioRemoval.upsert({ where: { scenarioId_serviceId: { scenarioId, serviceId } }, create: { scenarioId, serviceId }, update: {} });
  await touch(scenarioId);
}

export async function undoRemoval(actor: Actor | null, rawScenarioId: unknown, rawServiceId: unknown): Promise<void> {
  assertCan(actor, "planning:edit");
  const scenarioId = parseId(rawScenarioId, "scenario");
  const { count } = await db.scenarioRemoval.deleteMany({ where: { scenarioId, serviceId: parseId(rawServiceId, "offer") } });
  if (!count) throw new NotFoundError("offer");
  await touch(scenarioId);
}

const touch = (id: string) => db.scenario.update({ where: { id }, data: { updatedAt: new Date() }, select: { id: true } });
