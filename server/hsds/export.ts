import "server-only";
import type { Db } from "../db";
import { readOfferData } from "../offers/store";
import { fromOffer } from "./from-offer";
import type { HsdsService } from "./hsds-schema";
import { loadVocabulary } from "./vocabulary";

/**
 * All published offers (version > 0, any status) as HSDS 3.0 service objects, ordered by name and
 * id. Hidden addresses are never included; planner-only facts only with `includeInternal`.
 */
export async function exportHsds(db: Db, opts: { includeInternal?: boolean } = {}): Promise<HsdsService[]> {
  // One snapshot: publications running meanwhile do not mix into the file.
  return db.$transaction(
    async (tx) => {
      const vocabulary = await loadVocabulary(tx);
      const services = await tx.service.findMany({
        where: { version: { gt: 0 } },
        select: { id: true, publishedAt: true, organization: true },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      });
      const out: HsdsService[] = [];
      for (const s of services) {
        const offer = (await readOfferData(tx, s.id))!;
        out.push(
          fromOffer(offer, {
            organization: s.organization,
            vocabulary,
            includeInternal: opts.includeInternal ?? false,
            lastModified: s.publishedAt,
          }),
        );
      }
      return out;
    },
    { isolationLevel: "RepeatableRead", timeout: 10 * 60_000, maxWait: 60_000 },
  );
}
