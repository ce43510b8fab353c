import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Db, Tx } from "../db";
import { readOffersData } from "../offers/store";
import { fromOffer, type ExportOrganization } from "./from-offer";
import type { HsdsService } from "./hsds-schema";
import type { Vocabulary } from "./taxonomies";
import { loadVocabulary } from "./vocabulary";

/** Offers read per query: a page of ids, then one query per table (readOffersData), never one per offer. */
export const EXPORT_CHUNK = 500;

type ExportOptions = {
  includeInternal?: boolean;
  /** Which published offers (default: all with version > 0, any status). */
  where?: Prisma.ServiceWhereInput;
  /** Offers per chunk (tests use small chunks to cross their boundaries). */
  chunkSize?: number;
};

/**
 * Published offers as HSDS 3.0 service objects, ordered by name and id, passed to `onChunk` a
 * chunk at a time inside one snapshot (publications running meanwhile do not mix into the file).
 * Hidden addresses are never included; planner-only facts only with `includeInternal`.
 */
export async function forEachHsdsChunk(db: Db, opts: ExportOptions, onChunk: (services: HsdsService[]) => void | Promise<void>) {
  return db.$transaction(
    async (tx) => {
      const vocabulary = await loadVocabulary(tx);
      const services = await tx.service.findMany({
        where: { AND: [{ version: { gt: 0 } }, opts.where ?? {}] },
        select: { id: true, publishedAt: true, organization: true },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      });
      const size = opts.chunkSize ?? EXPORT_CHUNK;
      for (let i = 0; i < services.length; i += size) {
        await onChunk(await chunk(tx, services.slice(i, i + size), vocabulary, opts.includeInternal ?? false));
      }
      return services.length;
    },
    { isolationLevel: "RepeatableRead", timeout: 10 * 60_000, maxWait: 60_000 },
  );
}

type Listed = { id: string; publishedAt: Date | null; organization: ExportOrganization };

async function chunk(tx: Tx, listed: Listed[], vocabulary: Vocabulary, includeInternal: boolean) {
  const byId = new Map(listed.map((s) => [s.id, s]));
  const offers = await readOffersData(tx, [...byId.keys()]);
  return offers.map((offer) => {
    const s = byId.get(offer.id)!;
    return fromOffer(offer, { organization: s.organization, vocabulary, includeInternal, lastModified: s.publishedAt });
  });
}

/** All published offers (or those `where` selects) as one array; see forEachHsdsChunk. */
export async function exportHsds(db: Db, opts: ExportOptions = {}): Promise<HsdsService[]> {
  const out: HsdsService[] = [];
  await forEachHsdsChunk(db, opts, (services) => void out.push(...services));
  return out;
}
