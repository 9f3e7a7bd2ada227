import { describe, expect, it } from "vitest";
import { escapeJsDocLine, jsDocLines } from "../../src/emit/escape-jsdoc.js";
import { quoteString } from "../../src/emit/escape-literal.js";

describe("escapeJsDocLine", () => {
  it.each([
    ["ends */ here", "ends *\\/ here"],
    ["**/", "**\\/"],
    ["@deprecated not a tag", "\\@deprecated not a tag"],
    ["see {@link X}", "see {\\@link X}"],
    ["mail a@b.c", "mail a@b.c"],
    ["tab\there", "tab here"],
    ["bell\u0007", "bell\\u0007"],
    ["lone \ud800 surrogate", "lone \\uD800 surrogate"],
    ["pair \ud83d\ude00 kept", "pair \ud83d\ude00 kept"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal placeholder is the test input
    ["`${x}` stays text", "`${x}` stays text"],
  ])("%j → %j", (input, expected) => {
    expect(escapeJsDocLine(input)).toBe(expected);
  });
});

describe("jsDocLines", () => {
  it("splits on every line terminator and trims blank edges", () => {
    expect(jsDocLines("\na\r\nb\rc\u2028d\u2029e\n\n")).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("returns no lines for empty text", () => {
    expect(jsDocLines("")).toEqual([]);
  });
});

describe("quoteString", () => {
  it.each([
    ['say "hi"', '"say \\"hi\\""'],
    ["back\\slash", '"back\\\\slash"'],
    ["a\u2028b\u2029c", '"a\\u2028b\\u2029c"'],
    ["nul\u0000", '"nul\\u0000"'],
    ["lone \udc00", '"lone \\udc00"'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal placeholder is the test input
    ["`${x}`", '"`${x}`"'],
  ])("%j → %s", (input, expected) => {
    expect(quoteString(input)).toBe(expected);
  });
});
