import "server-only";
import { z } from "zod";
import { db } from "../db";
import { isSearchable } from "../../search/document";
import { label, publicOfferSelect, toPublicOffer, type PublicOffer } from "./queries";

// The printable directory (/verzeichnis): every public offer, grouped by Lebensphase or
// Handlungsfeld. Built from the same select and DTO as the offer page (toPublicOffer passes
// publicOfferView), so a hidden address cannot reach it.

export const DIRECTORY_GROUPINGS = ["lebensphase", "handlungsfeld"] as const;
export type DirectoryGrouping = (typeof DIRECTORY_GROUPINGS)[number];

/** `?nach=`: anything unknown (or repeated) falls back to the Lebensphasen. */
export const directoryParamsSchema = z.object({ nach: z.enum(DIRECTORY_GROUPINGS).catch("lebensphase") });

export type DirectoryGroup = { label: string; offers: PublicOffer[] };

/** Groups in the taxonomy's order, offers by name; an offer of several groups is listed in each. */
export async function getDirectory(by: DirectoryGrouping, locale: string) {
  const rows = await db.service.findMany({ where: { version: { gt: 0 }, status: "active" }, select: publicOfferSelect });
  const groups = new Map<string, DirectoryGroup & { sortOrder: number }>();
  const ungrouped: PublicOffer[] = [];
  for (const row of rows.filter(isSearchable)) {
    const offer = toPublicOffer(row, locale);
    const terms = row.terms.filter((t) => t.term.taxonomy.key === by).map((t) => t.term);
    if (terms.length === 0) ungrouped.push(offer);
    for (const term of terms) {
      const group = groups.get(term.name) ?? { label: label(term, locale), sortOrder: term.sortOrder, offers: [] };
      group.offers.push(offer);
      groups.set(term.name, group);
    }
  }
  const byName = (a: PublicOffer, b: PublicOffer) => a.name.localeCompare(b.name, locale);
  return {
    groups: [...groups.values()]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map(({ label, offers }) => ({ label, offers: offers.sort(byName) })),
    ungrouped: ungrouped.sort(byName),
    total: rows.filter(isSearchable).length,
  };
}
