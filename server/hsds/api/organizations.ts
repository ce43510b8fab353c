import "server-only";
import { db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { readOffersData } from "../../offers/store";
import { fromOffer, toHsdsOrganization } from "../from-offer";
import { loadVocabulary } from "../vocabulary";
import { HsdsNotFoundError } from "./errors";
import { pageWindow, toPage } from "./page";
import { hsdsParams, parseId, parseQuery } from "./params";
import { PUBLIC_SERVICE_WHERE } from "./public-services";

// /api/hsds/organizations: the organisations with at least one public service, with their public
// one-to-one fields only. Never selected: the provider type (planner-only), memberships and
// invitations (accounts), the organisation's own locations, phones and contacts (a women's
// shelter's address must not leak through its organisation; services carry what is public).
// With services: either a short form of each (id, name, status, last_modified) or, with
// full_service, the full HSDS service as every other endpoint serves it (never includeInternal).

const ORG_SELECT = {
  id: true,
  name: true,
  alternateName: true,
  description: true,
  email: true,
  website: true,
  legalStatus: true,
} satisfies Prisma.OrganizationSelect;
type OrgRow = Prisma.OrganizationGetPayload<{ select: typeof ORG_SELECT }>;

const PUBLIC_ORG_WHERE = { services: { some: PUBLIC_SERVICE_WHERE } } satisfies Prisma.OrganizationWhereInput;

/** The organisations as HSDS objects, with `services` when asked (one query per table for the page). */
async function toHsds(orgs: OrgRow[], services: "none" | "short" | "full") {
  if (services === "none") return orgs.map(toHsdsOrganization);
  const rows = await db.service.findMany({
    where: { ...PUBLIC_SERVICE_WHERE, organizationId: { in: orgs.map((o) => o.id) } },
    select: { id: true, organizationId: true, name: true, status: true, publishedAt: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const byId = new Map(orgs.map((o) => [o.id, o]));
  let list: { id: string; organization_id?: string | null }[];
  if (services === "full") {
    const [vocabulary, offers] = await Promise.all([loadVocabulary(db), db.$transaction((tx) => readOffersData(tx, rows.map((r) => r.id)))]);
    const published = new Map(rows.map((r) => [r.id, r.publishedAt]));
    list = offers.map((offer) =>
      fromOffer(offer, {
        organization: { ...byId.get(offer.organizationId)!, providerType: null },
        vocabulary,
        lastModified: published.get(offer.id),
      }),
    );
  } else {
    list = rows.map((r) => ({
      id: r.id,
      organization_id: r.organizationId,
      name: r.name,
      status: r.status,
      ...(r.publishedAt ? { last_modified: r.publishedAt.toISOString() } : {}),
    }));
  }
  // (Map.groupBy needs Node 21.)
  const grouped = new Map<string, typeof list>();
  for (const s of list) {
    const group = grouped.get(s.organization_id ?? "");
    if (group) group.push(s);
    else grouped.set(s.organization_id ?? "", [s]);
  }
  return orgs.map((o) => ({ ...toHsdsOrganization(o), services: grouped.get(o.id) ?? [] }));
}

/** GET /organizations: search = case-insensitive part of the name; full / full_service add services. */
export async function listOrganizations(request: Request) {
  const q = parseQuery(request, {
    search: hsdsParams.search,
    full_service: hsdsParams.flag,
    full: hsdsParams.flag,
    page: hsdsParams.page,
    per_page: hsdsParams.per_page,
    format: hsdsParams.format,
  });
  const where: Prisma.OrganizationWhereInput = {
    ...PUBLIC_ORG_WHERE,
    ...(q.search ? { name: { contains: q.search, mode: "insensitive" } } : {}),
  };
  const [total, orgs] = await db.$transaction([
    db.organization.count({ where }),
    db.organization.findMany({ where, select: ORG_SELECT, orderBy: [{ name: "asc" }, { id: "asc" }], ...pageWindow(q) }),
  ]);
  return toPage(await toHsds(orgs, q.full_service ? "full" : q.full ? "short" : "none"), total, q);
}

/** GET /organizations/{id}: always with its services (full_service: the full ones). */
export async function getOrganization(request: Request, rawId: string) {
  const q = parseQuery(request, { full_service: hsdsParams.flag });
  const id = parseId(rawId);
  const org = await db.organization.findFirst({ where: { id, ...PUBLIC_ORG_WHERE }, select: ORG_SELECT });
  if (!org) throw new HsdsNotFoundError("organization", id);
  return (await toHsds([org], q.full_service ? "full" : "short"))[0]!;
}
