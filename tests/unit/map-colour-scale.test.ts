import { describe, expect, it } from "vitest";
import { binIndex, colourBins, labelColour, MAP_COLOURS } from "../../server/map/colour-scale";

describe("the map's colour scale", () => {
  it("cuts 0..max into five round classes of one hue, lightest first", () => {
    const bins = colourBins([0.4, 0.1, 0]);
    expect(bins.map((b) => [b.from, b.to])).toEqual([
      [0, 0.1],
      [0.1, 0.2],
      [0.2, 0.3],
      [0.3, 0.4],
      [0.4, 0.5],
    ]);
    expect(bins.map((b) => b.colour)).toEqual([...MAP_COLOURS]);
    expect(colourBins([3.7, 12]).map((b) => b.to)).toEqual([2.5, 5, 7.5, 10, 12.5]);
  });

  it("puts a value in the class that starts at or below it, the largest in the last", () => {
    const bins = colourBins([0.4, 0.1, 0]);
    expect([0, 0.05, 0.1, 0.39, 0.4, 0.5].map((v) => binIndex(bins, v))).toEqual([0, 0, 1, 3, 4, 4]);
  });

  it("colours nothing when every value is 0, and labels dark classes in white", () => {
    expect(colourBins([0, 0])).toEqual([]);
    expect(colourBins([])).toEqual([]);
    expect([0, 1, 2, 3, 4].map(labelColour)).toEqual(["#111827", "#111827", "#111827", "#ffffff", "#ffffff"]);
  });
});
