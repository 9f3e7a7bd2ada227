import { describe, expect, it } from "vitest";
import {
  decodeChar16Literal,
  decodeEscapes,
  decodeNumber,
  decodeStringLiteral,
} from "../../src/ast/literals.js";

const esc = String.raw;

describe("decodeNumber", () => {
  it.each([
    ["0", 0n],
    ["-0", 0n],
    ["42", 42n],
    ["+42", 42n],
    ["0x1F", 31n],
    ["0Xff", 255n],
    ["-0x10", -16n],
    ["0777", 511n],
    ["-017", -15n],
    ["1010b", 10n],
    ["-1B", -1n],
    ["0b", 0n],
    ["18446744073709551616", 18446744073709551616n],
  ])("%s is the integer %s", (text, value) => {
    expect(decodeNumber(text)).toEqual({ kind: "integer", value });
  });

  it.each([
    ["1.5", 1.5],
    [".25", 0.25],
    ["-1.5e3", -1500],
    ["2.0E+2", 200],
    ["+0.5e-1", 0.05],
  ])("%s is the real %s", (text, value) => {
    expect(decodeNumber(text)).toEqual({ kind: "real", value });
  });

  it.each([
    ["08", "MOF2007"],
    ["-09", "MOF2007"],
    ["102b", "MOF2008"],
    ["2b", "MOF2008"],
    ["1e10", "MOF2006"],
    ["1.", "MOF2006"],
    ["1.e5", "MOF2006"],
    ["0x", "MOF2006"],
    ["0xG", "MOF2006"],
    ["12ab", "MOF2006"],
    ["1_000", "MOF2006"],
  ])("%s is invalid (%s) and the issue covers the whole token", (text, code) => {
    expect(decodeNumber(text)).toMatchObject({
      kind: "invalid",
      issue: { code, offset: 0, length: text.length },
    });
  });
});

describe("decodeEscapes", () => {
  it.each([
    [esc`\b\t\n\f\r`, "\b\t\n\f\r"],
    [esc`\"\'\\`, "\"'\\"],
    [esc`\x41`, "A"],
    [esc`\X41`, "A"],
    [esc`\x263A`, "\u263A"],
    [esc`\x263A5`, "\u263A5"],
    [esc`\x1z`, "\u0001z"],
    ["no escapes at all", "no escapes at all"],
  ])("strict %s", (body, value) => {
    expect(decodeEscapes(body, false, 0)).toEqual({ value, issues: [] });
  });

  it("reports an invalid escape at its exact offset and keeps it verbatim", () => {
    expect(decodeEscapes(esc`ab\qc`, false, 1)).toEqual({
      value: esc`ab\qc`,
      issues: [expect.objectContaining({ code: "MOF2005", offset: 3, length: 2 })],
    });
  });

  it("reports \\x without hex digits and a trailing backslash", () => {
    expect(decodeEscapes(esc`\xg`, false, 0).issues).toEqual([
      expect.objectContaining({ code: "MOF2005", offset: 0, length: 2 }),
    ]);
    expect(decodeEscapes("a\\", false, 0).issues).toEqual([
      expect.objectContaining({ code: "MOF2005", offset: 1, length: 1 }),
    ]);
  });

  it("reports an escaped astral character as one two-unit escape", () => {
    expect(decodeEscapes("\\😀", false, 0).issues).toEqual([
      expect.objectContaining({ offset: 0, length: 3 }),
    ]);
  });

  it("lenient mode keeps invalid escapes verbatim without issues", () => {
    expect(decodeEscapes(esc`System\CIM_X.mof`, true, 0)).toEqual({
      value: esc`System\CIM_X.mof`,
      issues: [],
    });
    expect(decodeEscapes(esc`a\x`, true, 0)).toEqual({ value: esc`a\x`, issues: [] });
    expect(decodeEscapes(esc`\\\\.\\root`, true, 0)).toEqual({ value: esc`\\.\root`, issues: [] });
  });
});

describe("decodeStringLiteral and decodeChar16Literal", () => {
  it("strips the quotes, or only the opening one of an unterminated string", () => {
    expect(decodeStringLiteral('"a\\"b"', false).value).toBe('a"b');
    expect(decodeStringLiteral('"abc', false, false).value).toBe("abc");
    expect(decodeStringLiteral('""', false).value).toBe("");
  });

  it("offsets issues from the token start (after the quote)", () => {
    expect(decodeStringLiteral(esc`"x\q"`, false).issues[0]).toMatchObject({ offset: 2 });
  });

  it.each([
    ["'a'", "a"],
    [esc`'\n'`, "\n"],
    [esc`'\x263A'`, "\u263A"],
    [esc`'\''`, "'"],
  ])("char16 %s", (image, value) => {
    expect(decodeChar16Literal(image)).toEqual({ value, issues: [] });
  });

  it.each(["''", "'ab'", "'😀'"])("char16 %s is not one character", (image) => {
    expect(decodeChar16Literal(image).issues).toEqual([
      expect.objectContaining({ code: "MOF2009", offset: 0, length: image.length }),
    ]);
  });
});
