import { describe, expect, it } from "vitest";
import { closestMatch } from "../../src/diagnostics/closest-match.js";

describe("closestMatch", () => {
  const flags = ["--include", "--quiet", "--verbose", "--no-color", "--help", "-I", "-q", "-h"];

  it.each([
    ["--includ", "--include"],
    ["--inlcude", "--include"],
    ["--QUIET", "--quiet"],
    ["--verbos", "--verbose"],
    ["--nocolor", "--no-color"],
    ["--output", undefined],
    ["-x", undefined],
  ])("suggests for %s: %s", (input, expected) => {
    expect(closestMatch(input, flags)).toBe(expected);
  });

  it("prefers the nearest candidate", () => {
    expect(closestMatch("valid", ["validate", "valid8"])).toBe("valid8");
  });
});
