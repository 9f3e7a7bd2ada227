/**
 * Every code users can see must be produced by at least one test: a code no test names is a
 * diagnostic nobody has checked the location and wording of (or one that can no longer happen).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diagnosticCodes } from "../../src/diagnostics/codes.js";
import { repoRoot } from "../support/fixture-cases.js";

const testDir = path.join(repoRoot, "test");
const thisFile = path.join(testDir, "diagnostics", "registry-coverage.test.ts");

function testSources(): string[] {
  return fs
    .readdirSync(testDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => file !== thisFile)
    .map((file) => fs.readFileSync(file, "utf8"));
}

describe("diagnostic registry", () => {
  it("has stage-numbered codes: MOF<stage digit><three digits>", () => {
    const malformed = Object.keys(diagnosticCodes).filter((code) => !/^MOF[1-5]\d{3}$/.test(code));
    expect(malformed).toEqual([]);
  });

  it("every code is named by at least one test", () => {
    const named = new Set(testSources().flatMap((text) => text.match(/\bMOF\d{4}\b/g) ?? []));
    const untested = Object.keys(diagnosticCodes).filter((code) => !named.has(code));
    expect(untested, `codes no test mentions: ${untested.join(", ")}`).toEqual([]);
  });
});
