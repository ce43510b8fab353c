import "server-only";
import { toGermanCsv } from "../csv/german";
import type { MeasureStatus } from "../generated/prisma/enums";
import type { FlagKind } from "./params";
import type { PlanOffer, PlanView } from "./plan-view";

// The plan table for German Excel (server/csv/german.ts): one line per measure, as the page shows
// it (same period and filter), with indicators and offers in one cell each.

export const STATUS_DE: Record<MeasureStatus, string> = {
  PLANNED: "geplant",
  IN_PROGRESS: "in Umsetzung",
  IMPLEMENTED: "umgesetzt",
  ONGOING: "laufend",
  DELAYED: "verzögert",
  DISCONTINUED: "eingestellt",
};

const FLAG_DE: Record<FlagKind, string> = {
  "ohne-angebot": "Maßnahme ohne Angebot",
  veraltet: "alle Angebote veraltet oder inaktiv",
  indikator: "Indikator noch nicht bewertet",
};

export const fulfilled = (f: boolean | null) => (f === null ? "noch nicht bewertet" : f ? "erfüllt" : "nicht erfüllt");
const offerState = (o: PlanOffer) => [o.inactive && "inaktiv", o.stale && "veraltet"].filter(Boolean).join(", ");

export function planCsv(view: PlanView): string {
  const header = ["Planungszeitraum", "Handlungsfeld", "Ziel", "Unterziel", "Nr.", "Handlungsziel", "Indikatoren", "Zeitraum", "Status", "Verantwortlich", "Angebote", "Hinweise", "Demo"];
  const lines = view.sections.flatMap(({ handlungsfeld, goals }) =>
    goals.flatMap(({ goal, subGoals }) =>
      subGoals.flatMap(({ subGoal, measures }) =>
        measures.map((m) => [
          view.period?.name ?? "",
          handlungsfeld.name,
          goal?.title ?? "",
          subGoal?.title ?? "",
          m.code,
          m.title,
          m.indicators.map((i) => `${i.statement} (${fulfilled(i.fulfilled)})`).join("; "),
          m.timeframe,
          STATUS_DE[m.status],
          m.responsibleBody,
          m.offers.map((o) => `${o.name} (${o.organizationName}${offerState(o) ? `; ${offerState(o)}` : ""})`).join("; "),
          m.flags.map((f) => FLAG_DE[f]).join("; "),
          m.isDemo ? "ja" : "nein",
        ]),
      ),
    ),
  );
  return toGermanCsv([header, ...lines]);
}
