import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/fixture-cases.js";

/**
 * The committed goldens and the hand-written consumers in test/usage must compile under the
 * strict settings of generated/tsconfig.json. TypeScript 7 has no compiler API, so this runs the
 * tsc CLI; its output is the assertion message when it fails.
 */
describe("generated code", () => {
  it("type-checks with tsc -p generated/tsconfig.json", () => {
    const tsc = path.join(repoRoot, "node_modules/.bin/tsc");
    const run = spawnSync(tsc, ["-p", "generated/tsconfig.json", "--pretty", "false"], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    expect(`${run.stdout}${run.stderr}`).toBe("");
    expect(run.status).toBe(0);
  }, 120_000);
});
