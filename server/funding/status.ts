import "server-only";
import type { MikroprojektStatus } from "../generated/prisma/enums";

/** A Mikroprojekt's status in German (CSV for the city's spreadsheets). */
export const MIKROPROJEKT_STATUS_DE: Record<MikroprojektStatus, string> = {
  APPLIED: "beantragt",
  APPROVED: "bewilligt",
  SETTLED: "abgerechnet",
  REJECTED: "abgelehnt",
};
