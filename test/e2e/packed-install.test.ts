import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, ensureBuilt } from "../support/built-cli.js";
import { repoRoot } from "../support/fixture-cases.js";
import { readmeExample } from "../support/readme-example.js";

/**
 * mofgen as an SDK maintainer meets it: the packed tarball installed into a fresh project,
 * run from that project's npm script with a mofgen.config.json, and the output type-checked
 * with strict settings. Slow (npm pack + install), so it runs once with a generous timeout;
 * dependencies come from the local npm cache when they are there.
 */
let work: string;
let project: string;

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, env: cleanEnv(), encoding: "utf8" });
  return { status: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

function write(file: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  fs.writeFileSync(path.join(project, file), content);
}

beforeAll(() => {
  ensureBuilt();
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-e2e-")));
  project = path.join(work, "sdk");
  fs.mkdirSync(project);
}, 180_000);

afterAll(() => {
  if (work !== undefined) fs.rmSync(work, { recursive: true, force: true });
});

describe("the packed package in a fresh project", () => {
  it("installs, generates from an npm script with a config file, and the output type-checks", () => {
    // The build is current (ensureBuilt); `prepare` would only rebuild it.
    const packed = run(
      npm,
      ["pack", "--json", "--ignore-scripts", "--pack-destination", work],
      repoRoot,
    );
    expect(packed.status, packed.stderr).toBe(0);
    const [{ filename, files }] = JSON.parse(packed.stdout) as [
      { filename: string; files: { path: string }[] },
    ];
    const shipped = files.map((f) => f.path);
    expect(shipped).toContain("dist/cli/main.js");
    expect(shipped).toContain("dist/src/index.d.ts");
    expect(shipped).toContain("templates/class.hbs");
    expect(shipped).toContain("src/runtime/index.ts");
    expect(shipped).toContain("schema/mofgen.config.schema.json");

    write(
      "package.json",
      JSON.stringify(
        {
          name: "sample-sdk",
          private: true,
          type: "module",
          scripts: { generate: "mofgen generate" },
        },
        null,
        2,
      ),
    );
    for (const file of ["cim-job.mof", "qualifiers.mof"]) {
      fs.copyFileSync(path.join(repoRoot, "fixtures/cim-job", file), path.join(project, file));
    }
    write(
      "mofgen.config.json",
      JSON.stringify({
        $schema: "./node_modules/mofgen/schema/mofgen.config.schema.json",
        inputs: ["cim-job.mof"],
        out: "src/generated",
        int64: "bigint",
      }),
    );
    write(
      "tsconfig.json",
      JSON.stringify({
        compilerOptions: {
          target: "es2022",
          module: "nodenext",
          moduleResolution: "nodenext",
          lib: ["es2023"],
          types: [],
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          verbatimModuleSyntax: true,
          erasableSyntaxOnly: true,
          noUnusedLocals: true,
          noEmit: true,
        },
        include: ["src"],
      }),
    );

    const installed = run(
      npm,
      ["install", path.join(work, filename), "--prefer-offline", "--no-audit", "--no-fund"],
      project,
    );
    expect(installed.status, installed.stderr).toBe(0);
    // Where the README tells editors to find the schema.
    expect(
      fs.existsSync(path.join(project, "node_modules/mofgen/schema/mofgen.config.schema.json")),
    ).toBe(true);

    const generated = run(npm, ["run", "--silent", "generate"], project);
    expect(generated.stderr).toMatch(
      /^Generated \d+ files in src\/generated: \d+ written, 0 unchanged, 0 removed \(\d+\.\d\d s\)\.\n$/,
    );
    expect(generated.status).toBe(0);
    expect(fs.existsSync(path.join(project, "src/generated/CIM_ConcreteJob.ts"))).toBe(true);
    expect(fs.existsSync(path.join(project, "src/generated/runtime/index.ts"))).toBe(true);

    const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");
    const checked = run(process.execPath, [tsc, "-p", project], project);
    expect(checked.stdout + checked.stderr).toBe("");
    expect(checked.status).toBe(0);

    // The README's API example, against the installed package.
    write("example.mjs", readmeExample());
    const example = run(process.execPath, ["example.mjs"], project);
    expect(example.stderr).toBe("");
    expect(example.stdout).toMatch(/^Shape_Base\.ts: \d+ lines\nShape_Circle\.ts: \d+ lines\n$/);
  }, 600_000);
});
