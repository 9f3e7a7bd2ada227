import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateInMemory } from "../../src/cli/generate-in-memory.js";
import { repoRoot } from "../support/fixture-cases.js";

const STRICT = {
  compilerOptions: {
    target: "es2022",
    module: "nodenext",
    moduleResolution: "nodenext",
    lib: ["es2022"],
    types: [],
    noEmit: true,
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noUnusedLocals: true,
    verbatimModuleSyntax: true,
    erasableSyntaxOnly: true,
    isolatedModules: true,
    forceConsistentCasingInFileNames: true,
  },
  include: ["**/*.ts"],
};

/**
 * Comment terminators, template literals, line separators, builtin and reserved names: the
 * generated code must still compile under the strictest settings.
 */
describe("hostile.mof", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "mofgen-hostile-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("generates code that type-checks with tsc under strict settings", async () => {
    const mof = path.join(repoRoot, "fixtures/hostile/hostile.mof").replaceAll("\\", "/");
    const result = await generateInMemory({ files: [mof], includeDirs: [], emit: {} });
    expect(result.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
      "MOF4020 Hostile_Base_Weird: code 5 is listed more than once in ValueMap",
      "MOF4002 class 'interface' cannot be a TypeScript name as it is; it is exported as 'interface$'",
    ]);
    for (const [file, content] of result.files) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
    writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
    writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(STRICT));

    const base = readFileSync(path.join(dir, "Hostile_Base.ts"), "utf8");
    expect(base).toContain("   * *\\/ export const pwned = 1; /*\n");
    expect(base).toContain('  ["__proto__"]: 1,\n');
    expect(base).toContain('  "Reserved (3)": 3,\n  "Reserved (4)": 4,\n');
    expect(readFileSync(path.join(dir, "interface.ts"), "utf8")).toContain(
      '  "line\\u2028separator": 0,\n',
    );
    expect(readFileSync(path.join(dir, "Promise.ts"), "utf8")).toContain("): globalThis.Promise<");

    const tsc = path.join(repoRoot, "node_modules/.bin/tsc");
    const run = spawnSync(tsc, ["-p", dir, "--pretty", "false"], { encoding: "utf8" });
    expect(`${run.stdout}${run.stderr}`).toBe("");
    expect(run.status).toBe(0);
  }, 120_000);
});
