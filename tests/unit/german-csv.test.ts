import { describe, expect, it } from "vitest";
import { toGermanCsv } from "../../server/csv/german";

describe("toGermanCsv", () => {
  it("writes a BOM, semicolons, decimal commas, CRLF and quotes where needed", () => {
    expect(toGermanCsv([["Begriff", "Anteil"], ["Kita; Hort", 66.7], ['"Sucht"', 12], ["leer", null]])).toBe(
      '\uFEFFBegriff;Anteil\r\n"Kita; Hort";66,7\r\n"""Sucht""";12\r\nleer;\r\n',
    );
  });

  it("defuses text Excel would run as a formula (resident-typed search terms)", () => {
    const csv = toGermanCsv([["=HYPERLINK(\"http://x\")"], ["+1"], ["-2"], ["@SUM(A1)"], ["Ärger"]]);
    expect(csv.slice(1).split("\r\n")).toEqual(['"\'=HYPERLINK(""http://x"")"', "'+1", "'-2", "'@SUM(A1)", "Ärger", ""]);
  });
});
