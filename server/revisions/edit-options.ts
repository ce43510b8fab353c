import "server-only";
import { db } from "../db";
import { getTermLabels } from "../taxonomies/labels";

// The choices the offer edit form offers, from the database (the city maintains them).

export type Choice = { value: string; label: string };
export type MeasureGroup = { label: string; choices: Choice[] };
export type EditOptions = {
  handlungsfelder: Choice[];
  lebensphasen: Choice[];
  angebotsarten: Choice[];
  /** The phrase library (taxonomy "hinweis"). */
  hinweise: Choice[];
  planningAreas: Choice[];
  measures: MeasureGroup[];
};

const choices = (labels: Record<string, string> = {}): Choice[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

/**
 * The form's choices. Measures the planners retired are offered no more, except those the offer
 * already serves (`linkedMeasureIds`): leaving them out would drop the link silently on save.
 */
export async function getEditOptions(locale: string, linkedMeasureIds: string[] = []): Promise<EditOptions> {
  const [labels, german, measures] = await Promise.all([
    getTermLabels(locale),
    getTermLabels("de"),
    db.measure.findMany({
      where: { OR: [{ retiredAt: null }, { id: { in: linkedMeasureIds } }] },
      orderBy: [{ period: { startsOn: "desc" } }, { handlungsfeld: { sortOrder: "asc" } }, { code: "asc" }, { title: "asc" }],
      select: { id: true, code: true, title: true, period: { select: { name: true } }, handlungsfeld: { select: { code: true } } },
    }),
  ]);
  // Grouped by plan and Handlungsfeld, as the plan itself is.
  const groups = new Map<string, Choice[]>();
  for (const m of measures) {
    const label = `${m.period.name} · ${labels.handlungsfeld?.[m.handlungsfeld.code] ?? m.handlungsfeld.code}`;
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label)!.push({ value: m.id, label: m.code ? `${m.code} ${m.title}` : m.title });
  }
  return {
    handlungsfelder: choices(labels.handlungsfeld),
    lebensphasen: choices(labels.lebensphase),
    angebotsarten: choices(labels.angebotsart),
    // German: providers pick the phrase by its meaning in the source language (residents see theirs).
    hinweise: choices(german.hinweis),
    planningAreas: choices(labels.planungsraum),
    measures: [...groups].map(([label, list]) => ({ label, choices: list })),
  };
}
