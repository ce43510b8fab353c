import "server-only";
import { assertCan, NotFoundError, type Actor } from "../authz";
import { db } from "../db";
import { COVERAGE_AXES } from "../coverage/params";
import type { ScenarioDelta } from "./delta";
import { uuidSchema } from "./schema";

// Reading scenarios: planners only (planning:read). Nothing here, nor any other reader of the
// Scenario tables, feeds the public search, index, offer pages or exports.

export type ScenarioSummary = { id: string; name: string; note: string | null; offers: number; removals: number; updatedAt: Date };

export async function listScenarios(actor: Actor | null): Promise<ScenarioSummary[]> {
  assertCan(actor, "planning:read");
  const rows = await db.scenario.findMany({
    select: { id: true, name: true, note: true, updatedAt: true, _count: { select: { offers: true, removals: true } } },
    orderBy: { name: "asc" },
  });
  return rows.map(({ _count, ...s }) => ({ ...s, offers: _count.offers, removals: _count.removals }));
}

/** The scenario's id, or NotFoundError (a 404 on pages) for a malformed or unknown one. */
async function findScenarioId(raw: unknown): Promise<string> {
  const id = uuidSchema.safeParse(raw);
  const found = id.success && (await db.scenario.findUnique({ where: { id: id.data }, select: { id: true } }));
  if (!found) throw new NotFoundError("scenario");
  return found.id;
}

const termSelect = { term: { select: { code: true, name: true, labels: true, taxonomy: { select: { key: true } } } } } as const;

/** One scenario for its edit page: hypothetical offers with their terms, removed offers by name. */
export async function getScenario(actor: Actor | null, rawId: unknown) {
  assertCan(actor, "planning:read");
  const id = await findScenarioId(rawId);
  return db.scenario.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      name: true,
      note: true,
      offers: {
        select: { id: true, name: true, places: true, staffFte: true, planningArea: { select: { code: true, name: true } }, terms: { select: termSelect } },
        orderBy: { createdAt: "asc" },
      },
      removals: { select: { service: { select: { id: true, name: true, organization: { select: { name: true } } } } }, orderBy: { createdAt: "asc" } },
    },
  });
}
export type ScenarioDetail = Awaited<ReturnType<typeof getScenario>>;

/** A scenario as the coverage figures take it (ScenarioDelta), with its name for the label. */
export async function getScenarioDelta(actor: Actor | null, rawId: unknown): Promise<{ id: string; name: string; delta: ScenarioDelta }> {
  const s = await getScenario(actor, rawId);
  const termsOf = (terms: (typeof s.offers)[number]["terms"]) =>
    Object.fromEntries(COVERAGE_AXES.map((axis) => [axis, terms.filter((t) => t.term.taxonomy.key === axis).map((t) => t.term.code)])) as ScenarioDelta["added"][number]["terms"];
  return {
    id: s.id,
    name: s.name,
    delta: {
      added: s.offers.map((o) => ({
        key: o.id,
        name: o.name,
        areaCode: o.planningArea.code,
        terms: termsOf(o.terms),
        places: o.places,
        fte: o.staffFte === null ? null : Number(o.staffFte),
      })),
      removedIds: s.removals.map((r) => r.service.id),
    },
  };
}

const SEARCH_LIMIT = 20;

/** Published offers whose name contains `query`, for "take out of the scenario" (never drafts). */
export async function findRemovableOffers(actor: Actor | null, query: string) {
  assertCan(actor, "planning:read");
  const q = query.trim().slice(0, 100);
  if (!q) return [];
  return db.service.findMany({
    where: { version: { gt: 0 }, status: "active", name: { contains: q, mode: "insensitive" } },
    select: { id: true, name: true, organization: { select: { name: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: SEARCH_LIMIT,
  });
}

/** The choices of the hypothetical-offer form: Planungsräume and the terms of each axis. */
export async function getScenarioFormOptions(actor: Actor | null) {
  assertCan(actor, "planning:read");
  const [areas, terms] = await Promise.all([
    db.planningArea.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    db.taxonomyTerm.findMany({
      where: { taxonomy: { key: { in: [...COVERAGE_AXES] } } },
      select: { code: true, name: true, labels: true, taxonomy: { select: { key: true } } },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    }),
  ]);
  const of = (key: string) => terms.filter((t) => t.taxonomy.key === key);
  return { areas, handlungsfelder: of("handlungsfeld"), lebensphasen: of("lebensphase"), angebotsarten: of("angebotsart") };
}
