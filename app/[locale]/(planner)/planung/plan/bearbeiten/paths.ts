import type { ItemPlace } from "@/server/plan/editing-order";

// Where the editing pages live, so actions lead back to the page that shows the change.

export const EDIT_PATH = "/planung/plan/bearbeiten";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The tree of a period, a goal's page or a measure's page, with a notice (`?<outcome>=1` or `?fehler=<code>`). */
export function editPath(page: "tree" | "goal" | "measure", id: string, outcome: string, error?: string): string {
  const query = new URLSearchParams(error ? { fehler: error } : { [outcome]: "1" });
  if (page === "tree") return `${EDIT_PATH}?${UUID.test(id) ? `zeitraum=${id}&` : ""}${query}`;
  return `${EDIT_PATH}/${page === "goal" ? "ziele" : "massnahmen"}/${id}?${query}`;
}

/** The page that lists an item with its buttons: sub-goals on their goal's page, indicators on their measure's. */
export function placePath(place: ItemPlace, outcome: string, error?: string): string {
  if (place.kind === "subGoal") return editPath("goal", place.goalId!, outcome, error);
  if (place.kind === "indicator") return editPath("measure", place.measureId!, outcome, error);
  return editPath("tree", place.periodId, outcome, error);
}
