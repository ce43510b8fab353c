import { describe, expect, it } from "vitest";
import { wordDiff } from "@/server/revisions/word-diff";

describe("wordDiff", () => {
  it("marks the changed words inside a long text and keeps the rest", () => {
    const parts = wordDiff(
      "Beratung für Familien mit kleinen Kindern, dienstags in der Oststadt.",
      "Beratung für Familien mit Kindern bis 10 Jahre, donnerstags in der Oststadt.",
    )!;
    const removed = parts.filter((p) => p.kind === "removed").map((p) => p.text).join("|");
    const added = parts.filter((p) => p.kind === "added").map((p) => p.text).join("|");
    expect(removed).toContain("kleinen");
    expect(removed).toContain("dienstags");
    expect(added).toContain("bis 10 Jahre");
    expect(added).toContain("donnerstags");
    expect(removed).not.toContain("Oststadt");
    // Putting the unchanged and added parts together gives the new text, the removed ones the old.
    expect(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe("Beratung für Familien mit Kindern bis 10 Jahre, donnerstags in der Oststadt.");
    expect(parts.filter((p) => p.kind !== "added").map((p) => p.text).join("")).toBe("Beratung für Familien mit kleinen Kindern, dienstags in der Oststadt.");
  });

  it("leaves short values and non-texts to the side-by-side view", () => {
    expect(wordDiff("09:00", "10:00")).toBeNull();
    expect(wordDiff("Familienzentrum Oststadt", "Familienzentrum Weststadt")).toBeNull();
    expect(wordDiff(null, "Ein ganz neuer langer Text hier")).toBeNull();
    expect(wordDiff(true, false)).toBeNull();
  });
});
