import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateInMemory } from "../src/cli/generate-in-memory.js";
import { writeOutput } from "../src/cli/write-output.js";
import { repoRoot } from "./support/fixture-cases.js";
import { sharedMaterial } from "./support/shared-material.js";

const { path: schemaEntry, present: available } = sharedMaterial(
  "corpora/cim-schema-2.49.0/cim_schema_2.49.0.mof",
  "the CIM 2.49 generation and type-check test",
);

/**
 * The whole DMTF CIM 2.49 schema, generated into a temporary directory and type-checked with
 * the same strict settings as the goldens. Needs the reference corpus at ../shared.
 */
describe.skipIf(!available)("CIM 2.49 schema (needs ../shared/corpora/cim-schema-2.49.0)", () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-cim249-"));
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it("generates without errors, writes, re-writes nothing, and type-checks", async () => {
    const result = await generateInMemory({
      files: [schemaEntry.split(path.sep).join("/")],
      includeDirs: [],
      emit: {},
    });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.files.size).toBeGreaterThan(1000);

    const first = await writeOutput(outDir, result.files);
    expect(first).toEqual({
      written: result.files.size,
      unchanged: 0,
      removed: 0,
      diagnostics: [],
    });
    const second = await writeOutput(outDir, result.files);
    expect(second).toEqual({
      written: 0,
      unchanged: result.files.size,
      removed: 0,
      diagnostics: [],
    });

    // Outside the repository nothing says the .ts files are ES modules, so say it here.
    fs.writeFileSync(path.join(outDir, "package.json"), '{ "type": "module" }\n');
    fs.writeFileSync(
      path.join(outDir, "tsconfig.json"),
      JSON.stringify({
        extends: path.join(repoRoot, "generated/tsconfig.json"),
        include: ["**/*.ts"],
      }),
    );
    const run = spawnSync(
      path.join(repoRoot, "node_modules/.bin/tsc"),
      ["-p", outDir, "--pretty", "false"],
      { encoding: "utf8" },
    );
    expect(`${run.stdout}${run.stderr}`.split("\n").slice(0, 40).join("\n")).toBe("");
    expect(run.status).toBe(0);
  }, 600_000);
});
