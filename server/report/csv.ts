import "server-only";
import { gapText, ROW_NAMES } from "../coverage/csv";
import { toGermanCsv, type CsvCell } from "../csv/german";
import { euros } from "../funding/csv";
import type { HouseholdType } from "../generated/prisma/enums";
import { fulfilled, STATUS_DE } from "../plan/csv";
import type { AgeBand, CommitteeReport } from "./committee-report";
import type { IndicatorEvidence } from "./evidence";

// The committee report for German Excel (server/csv/german.ts), in one long table that pivots
// well: every line carries the Stichtag and the period, and "Teil" says what it is: a source, a
// figure of part 2 (Planungsraum, Kennzahl, Wert), a measure of part 3 (its own columns) or a
// funding sum. Amounts in euros with a decimal comma.

const HEADER = [
  "Stichtag",
  "Planungszeitraum",
  "Teil",
  "Handlungsfeld",
  "Planungsraum",
  "Kennzahl",
  "Wert",
  "Jahr",
  "Nr.",
  "Handlungsziel",
  "Indikatoren",
  "Zeitraum",
  "Status",
  "Nachweis",
  "Angebote",
  "geplant (EUR)",
  "ausgegeben (EUR)",
];

const HOUSEHOLDS_DE: Record<HouseholdType, string> = {
  TOTAL: "Haushalte insgesamt",
  SINGLE_PERSON: "Einpersonenhaushalte",
  WITH_CHILDREN: "Haushalte mit Kindern",
  SINGLE_PARENT: "Alleinerziehende",
  SENIOR_ALONE: "Alleinlebende ab 65",
};

const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
export const bandText = (b: AgeBand) => (b.ageTo === null ? `ab ${b.ageFrom} Jahren` : `${b.ageFrom} bis ${b.ageTo} Jahre`);
const germanDay = (day: string) => day.split("-").reverse().join(".");
const evidenceText = (statement: string, a: IndicatorEvidence["assessment"] & {}) =>
  [`${statement}: bewertet am ${germanDay(a.assessedOn)}`, a.note, a.document && `Dokument: ${a.document.name}`].filter(Boolean).join(", ");

export function committeeReportCsv(report: CommitteeReport): string {
  const head = [germanDay(report.stichtag), report.period?.name ?? ""];
  const figure = (part: string, field: string | null, area: string | null, name: string | null, value: CsvCell, year: number | null = null): CsvCell[] => [
    ...head,
    part,
    field,
    area,
    name,
    value,
    year,
  ];
  const { sources } = report;
  const sourceLines = [
    figure("Quelle", null, null, "Angebote", `Angebotskatalog, Stand ${germanDay(report.stichtag)}`),
    figure("Quelle", null, null, "Einwohner", sources.population.sources.join("; "), sources.population.year),
    figure("Quelle", null, null, "Haushalte", sources.households.sources.join("; "), sources.households.year),
    ...sources.indicators.map((i) => figure("Quelle", null, null, `Indikator: ${i.name}`, i.sources.join("; "), i.year)),
    figure("Quelle", null, null, "Plan", sources.plan),
    ...sources.measures.map((s) => figure("Quelle", null, null, "Maßnahmen", s)),
  ];
  const year = report.profile.year;
  const areaLines = [
    ...report.profile.rows.flatMap((r) => {
      const area = ROW_NAMES[r.kind] ?? r.name;
      return [
        figure("Planungsraum", null, area, "Einwohner", r.residents, year),
        figure("Planungsraum", null, area, "Angebote", r.offers),
        figure("Planungsraum", null, area, "Plätze", r.places),
        figure("Planungsraum", null, area, "VZÄ", round2(r.fte)),
      ];
    }),
    ...report.ageBands.rows.flatMap((r) => report.ageBands.bands.map((b, i) => figure("Planungsraum", null, r.name, `Einwohner ${bandText(b)}`, r.residents[i], year))),
    ...report.needData.flatMap((a) => [
      ...Object.entries(a.households?.counts ?? {}).map(([type, count]) => figure("Planungsraum", null, a.name, HOUSEHOLDS_DE[type as HouseholdType], count, a.households!.year)),
      ...a.indicators.map((i) => figure("Planungsraum", null, a.name, i.unit ? `${i.name} (${i.unit})` : i.name, i.value, i.year)),
    ]),
  ];
  const fieldLines = report.fields.flatMap(({ handlungsfeld, coverage, goals, funding }) => {
    const field = `${handlungsfeld.code}. ${handlungsfeld.name}`;
    const cells = coverage.flatMap(({ name, kind, cell }) => {
      const area = ROW_NAMES[kind] ?? name;
      return [
        figure("Abdeckung", field, area, "Angebote", cell.offers),
        figure("Abdeckung", field, area, "Plätze", cell.places),
        figure("Abdeckung", field, area, "VZÄ", round2(cell.fte)),
        figure("Abdeckung", field, area, "Angebote je 1.000 Einwohner", round2(cell.offersPer1000), year),
        ...(cell.gap ? [figure("Abdeckung", field, area, "Lücke", gapText(cell.gap, report.gapThreshold))] : []),
      ];
    });
    const measures = goals.flatMap((g) =>
      g.subGoals.flatMap((s) =>
        s.measures.map((m) => [
          ...figure("Maßnahme", field, null, null, null),
          m.code,
          m.title,
          m.evidence.indicators.map((i) => `${i.statement} (${fulfilled(i.fulfilled)})`).join("; "),
          m.timeframe,
          STATUS_DE[m.status],
          [...m.evidence.indicators.flatMap((i) => (i.assessment ? [evidenceText(i.statement, i.assessment)] : [])), m.evidence.note].filter(Boolean).join("; "),
          m.offers.map((o) => `${o.name} (${o.organizationName})`).join("; "),
          euros(m.plannedCents),
          euros(m.spentCents),
        ]),
      ),
    );
    const money = [
      figure("Finanzen", field, null, "geplant (EUR)", euros(funding.plannedCents)),
      figure("Finanzen", field, null, "davon Land (EUR)", euros(funding.landCents)),
      figure("Finanzen", field, null, "davon Kommune (EUR)", euros(funding.kommuneCents)),
      figure("Finanzen", field, null, "ausgegeben (EUR)", euros(funding.spentCents)),
    ];
    return [...cells, ...measures, ...money];
  });
  const { total, settings } = report.funding;
  const totals = [
    figure("Finanzen", "Gesamt", null, "geplant (EUR)", euros(total.plannedCents)),
    figure("Finanzen", "Gesamt", null, "davon Land (EUR)", euros(total.landCents)),
    figure("Finanzen", "Gesamt", null, "davon Kommune (EUR)", euros(total.kommuneCents)),
    figure("Finanzen", "Gesamt", null, "ausgegeben (EUR)", euros(total.spentCents)),
    figure("Finanzen", "Gesamt", null, "Obergrenze (EUR)", euros(settings?.capCents ?? null)),
    figure("Finanzen", "Gesamt", null, "Anteil Land (%)", settings?.landSharePercent ?? null),
    figure("Finanzen", "Gesamt", null, "über der Obergrenze", [report.funding.plannedOverCap && "geplant", report.funding.spentOverCap && "ausgegeben"].filter(Boolean).join(", ") || "nein"),
  ];
  return toGermanCsv([HEADER, ...sourceLines, ...areaLines, ...fieldLines, ...totals]);
}
