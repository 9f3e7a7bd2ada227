import { describe, expect, it } from "vitest";
import { parseCimInteger, parseValueMap } from "../../src/emit/parse-value-map.js";

describe("parseCimInteger", () => {
  it.each([
    ["0", 0n],
    ["32768", 32768n],
    ["0x8000", 32768n],
    ["101b", 5n],
    ["017", 15n],
    ["-5", -5n],
    ["1.5", undefined],
    ["abc", undefined],
  ])("%s → %s", (text, expected) => {
    expect(parseCimInteger(text)).toBe(expected);
  });
});

describe("parseValueMap", () => {
  it("CIM_Job.KillJob: singles, unclaimed and a vendor range", () => {
    const values = [
      "Success",
      "Not Supported",
      "Unknown",
      "Timeout",
      "Failed",
      "Access Denied",
      "Not Found",
    ];
    const parsed = parseValueMap(
      ["0", "1", "2", "3", "4", "6", "7", "..", "32768..65535"],
      [...values, "DMTF Reserved", "Vendor Specific"],
      "uint32",
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries).toEqual([
      ...[0n, 1n, 2n, 3n, 4n, 6n, 7n].map((code, i) => ({ kind: "single", code, text: values[i] })),
      { kind: "unclaimed", text: "DMTF Reserved" },
      { kind: "range", lo: 32768n, hi: 65535n, text: "Vendor Specific" },
    ]);
  });

  it("closed reserved range instead of ..", () => {
    const parsed = parseValueMap(
      ["0", "1", "8..32767", "32768..65535"],
      ["A", "B", "DMTF Reserved", "Vendor Specific"],
      "uint16",
    );
    expect(parsed.entries.slice(2)).toEqual([
      { kind: "range", lo: 8n, hi: 32767n, text: "DMTF Reserved" },
      { kind: "range", lo: 32768n, hi: 65535n, text: "Vendor Specific" },
    ]);
  });

  it("pywbem's example: half-open ranges borrow bounds from their neighbours", () => {
    const parsed = parseValueMap(
      ["0", "2..4", "..6", "7..", "9", ".."],
      ["zero", "two-four", "five-six", "seven-eight", "nine", "unclaimed"],
      "uint8",
    );
    expect(parsed.entries).toEqual([
      { kind: "single", code: 0n, text: "zero" },
      { kind: "range", lo: 2n, hi: 4n, text: "two-four" },
      { kind: "range", lo: 5n, hi: 6n, text: "five-six" },
      { kind: "range", lo: 7n, hi: 8n, text: "seven-eight" },
      { kind: "single", code: 9n, text: "nine" },
      { kind: "unclaimed", text: "unclaimed" },
    ]);
  });

  it("hex codes and a range open to the type's maximum", () => {
    const parsed = parseValueMap(["0x8000", "0x8001.."], ["Hex", "Above"], "uint16");
    expect(parsed.entries).toEqual([
      { kind: "single", code: 32768n, text: "Hex" },
      { kind: "range", lo: 32769n, hi: 65535n, text: "Above" },
    ]);
  });

  it("Values without ValueMap number from 0", () => {
    expect(parseValueMap(undefined, ["A", "B"], "uint8").entries).toEqual([
      { kind: "single", code: 0n, text: "A" },
      { kind: "single", code: 1n, text: "B" },
    ]);
  });

  it("string-typed ValueMaps keep string codes", () => {
    const parsed = parseValueMap(["x", "y"], ["Ex", "Why"], "string");
    expect(parsed.integer).toBe(false);
    expect(parsed.entries).toEqual([
      { kind: "single", code: "x", text: "Ex" },
      { kind: "single", code: "y", text: "Why" },
    ]);
  });

  it("reports malformed and out-of-range entries and mismatched lengths", () => {
    const parsed = parseValueMap(["zero", "300", "1"], ["A", "B"], "uint8");
    expect(parsed.entries).toEqual([{ kind: "single", code: 1n, text: "1" }]);
    expect(parsed.problems).toEqual([
      "ValueMap has 3 entries but Values has 2; entries without a Values string are named by their code",
      'ValueMap entry "zero" is not an integer or range; it is ignored',
      'ValueMap entry "300" is outside the range of uint8; it is ignored',
    ]);
  });
});
