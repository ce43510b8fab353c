import { describe, expect, it } from "vitest";
import { decodeText } from "../../server/need-data/decode";
import { parseGermanNumber } from "../../server/need-data/german-number";

describe("German numbers in statistics files", () => {
  it.each([
    ["1.234", 1234],
    ["1.234,5", 1234.5],
    ["12,5", 12.5],
    ["-3,25", -3.25],
    [" 42 ", 42],
    ["1 234", 1234],
    ["0", 0],
  ])("reads %j as %d", (text, value) => expect(parseGermanNumber(text)).toBe(value));

  it.each(["zwölf", "12.5", "1,234.5", "1.23", "", ",5", "1e3", "12,"])("refuses %j", (text) => expect(parseGermanNumber(text)).toBeNull());
});

describe("decoding an upload", () => {
  it("reads UTF-8 with and without BOM and falls back to Windows-1252 for other bytes", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0xc3, 0xb6]))).toBe("Hö");
    expect(decodeText(new Uint8Array([0x48, 0xc3, 0xb6]))).toBe("Hö");
    expect(decodeText(new Uint8Array([0x48, 0xf6, 0x80]))).toBe("Hö€");
  });
});
