import { describe, expect, it } from "vitest";
import {
  bindingName,
  compareCodePoints,
  memberKey,
  objectKey,
  pascalWords,
} from "../../src/emit/names.js";

describe("bindingName", () => {
  it.each([
    ["CIM_Job", "CIM_Job"],
    ["default", "default$"],
    ["interface", "interface$"],
    ["globalThis", "globalThis$"],
    ["string", "string$"],
    ["Promise", "Promise"],
    ["Größe", "Größe"],
    ["a×b", "a$d7$b"],
    ["1abc", "$31$abc"],
  ])("%s → %s", (input, expected) => {
    expect(bindingName(input)).toBe(expected);
  });
});

describe("objectKey and memberKey", () => {
  it.each([
    ["Success", "Success", "Success"],
    ["Not Supported", '"Not Supported"', '"Not Supported"'],
    ["__proto__", '["__proto__"]', "__proto__"],
    ["constructor", "constructor", "constructor"],
    ["", '""', '""'],
    ["4", '"4"', '"4"'],
  ])("%j → %s / %s", (name, asObjectKey, asMemberKey) => {
    expect(objectKey(name)).toBe(asObjectKey);
    expect(memberKey(name)).toBe(asMemberKey);
  });
});

describe("pascalWords", () => {
  it.each([
    ["DMTF Reserved", "DmtfReserved"],
    ["Vendor Specific", "VendorSpecific"],
    ["Re-run Job", "ReRunJob"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal placeholder is the test input
    ["*/ `x` ${y}", "XY"],
    ["---", ""],
  ])("%j → %j", (input, expected) => {
    expect(pascalWords(input)).toBe(expected);
  });
});

it("compareCodePoints never uses the locale", () => {
  expect(["b", "B", "a", "_", "Z"].sort(compareCodePoints)).toEqual(["B", "Z", "_", "a", "b"]);
});
