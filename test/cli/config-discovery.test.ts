import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliContext } from "../../src/cli/cli-context.js";
import type { GenerateRequest } from "../../src/cli/generate-plan.js";
import { planGenerate } from "../../src/cli/generate-plan.js";
import { runCli } from "../../src/cli/run-cli.js";

let dir: string;

beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-config-")));
  write("mof/a.mof", "class Sample_A { [Key] string Id; };\n");
  write("mof/b.mof", "class Sample_B { [Key] string Id; };\n");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), content);
}

/** The requests `mofgen generate <args>` would run from `cwd` (relative to the temp dir). */
async function plan(cwd: string, values: Record<string, string | boolean | string[]> = {}) {
  const result = await planGenerate(values, [], path.join(dir, cwd));
  if ("usageError" in result) return result.usageError;
  return {
    configFile: result.configFile === undefined ? undefined : path.relative(dir, result.configFile),
    diagnostics: result.diagnostics.map((d) => `${d.code} ${d.message}`),
    targets: result.requests.map((r: GenerateRequest) => ({
      files: r.files.map((f) => path.relative(dir, f)),
      out: path.relative(dir, r.outDir),
      int64: r.emit.int64,
    })),
  };
}

async function mofgen(cwd: string, ...args: string[]) {
  let stderr = "";
  const context: CliContext = {
    cwd: path.join(dir, cwd),
    env: {},
    stdout: () => {},
    stderr: (text) => {
      stderr += text;
    },
    stderrIsTTY: false,
  };
  return { status: await runCli(args, context), stderr };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe("configuration discovery", () => {
  it("reads mofgen.config.json, with paths relative to it", async () => {
    write("mofgen.config.json", json({ inputs: "mof/a.mof", out: "gen" }));
    expect(await plan(".")).toEqual({
      configFile: "mofgen.config.json",
      diagnostics: [],
      targets: [{ files: ["mof/a.mof"], out: "gen", int64: "bigint" }],
    });
  });

  it("searches upward from the working directory", async () => {
    write("mofgen.config.json", json({ inputs: "mof/a.mof", out: "gen" }));
    fs.mkdirSync(path.join(dir, "packages/sdk/src"), { recursive: true });
    const found = await plan("packages/sdk/src");
    expect(found).toMatchObject({
      configFile: "mofgen.config.json",
      targets: [{ files: ["mof/a.mof"], out: "gen" }],
    });
  });

  it("reads the default export of mofgen.config.mjs", async () => {
    write(
      "mofgen.config.mjs",
      'export default { inputs: ["mof/b.mof"], out: "gen-mjs", int64: "string" };\n',
    );
    expect(await plan(".")).toEqual({
      configFile: "mofgen.config.mjs",
      diagnostics: [],
      targets: [{ files: ["mof/b.mof"], out: "gen-mjs", int64: "string" }],
    });
  });

  it('reads the "mofgen" key of package.json, and skips a package.json without one', async () => {
    write("package.json", json({ name: "sdk", mofgen: { inputs: "mof/a.mof", out: "gen-pkg" } }));
    write("sub/package.json", json({ name: "inner" }));
    expect(await plan("sub")).toEqual({
      configFile: "package.json",
      diagnostics: [],
      targets: [{ files: ["mof/a.mof"], out: "gen-pkg", int64: "bigint" }],
    });
  });

  it("stops at the nearest directory with a configuration", async () => {
    write("mofgen.config.json", json({ inputs: "mof/a.mof", out: "outer" }));
    write("sub/mofgen.config.json", json({ inputs: "../mof/b.mof", out: "inner" }));
    expect(await plan("sub")).toMatchObject({
      configFile: "sub/mofgen.config.json",
      targets: [{ files: ["mof/b.mof"], out: "sub/inner" }],
    });
  });

  it("prefers .mjs over .js over .json over package.json in one directory, with a warning", async () => {
    write("mofgen.config.json", json({ inputs: "mof/a.mof", out: "from-json" }));
    write("package.json", json({ mofgen: { inputs: "mof/a.mof", out: "from-package" } }));
    expect(await plan(".")).toEqual({
      configFile: "mofgen.config.json",
      diagnostics: [
        "MOF5105 package.json is ignored: mofgen.config.json in the same directory takes precedence",
      ],
      targets: [{ files: ["mof/a.mof"], out: "from-json", int64: "bigint" }],
    });
    write("mofgen.config.mjs", 'export default { inputs: "mof/b.mof", out: "from-mjs" };\n');
    expect(await plan(".")).toMatchObject({
      configFile: "mofgen.config.mjs",
      targets: [{ out: "from-mjs" }],
    });
  });

  it("--config names the file, skipping the search", async () => {
    write("mofgen.config.json", json({ inputs: "mof/a.mof", out: "default" }));
    write("configs/other.json", json({ inputs: "../mof/b.mof", out: "../other" }));
    expect(await plan(".", { config: "configs/other.json" })).toMatchObject({
      configFile: "configs/other.json",
      targets: [{ files: ["mof/b.mof"], out: "other" }],
    });
  });

  it("lets flags override a single target", async () => {
    write("mofgen.config.json", json({ inputs: "mof/a.mof", out: "gen", int64: "string" }));
    expect(await plan(".", { int64: "number", out: "elsewhere" })).toMatchObject({
      targets: [{ files: ["mof/a.mof"], out: "elsewhere", int64: "number" }],
    });
  });

  it("runs every target; options apply to all, but --out with several targets is a usage error", async () => {
    write(
      "mofgen.config.json",
      json({
        targets: [
          { inputs: "mof/a.mof", out: "gen/a" },
          { inputs: "mof/b.mof", out: "gen/b" },
        ],
      }),
    );
    expect(await plan(".", { int64: "string" })).toMatchObject({
      targets: [
        { files: ["mof/a.mof"], out: "gen/a", int64: "string" },
        { files: ["mof/b.mof"], out: "gen/b", int64: "string" },
      ],
    });
    expect(await plan(".", { out: "x" })).toBe(
      "mofgen.config.json defines 2 targets, so input files, --out, -I and --classes cannot say which one they replace; select one with --target <name> (gen/a, gen/b)",
    );
  });
});

describe("configuration errors exit 2", () => {
  it.each([
    [
      "mofgen.config.json",
      json({ inputs: "mof/a.mof", out: "gen", enumstyle: "union" }),
      "error MOF5102: mofgen.config.json: unknown key 'enumstyle'; did you mean 'enumStyle'?\n\n",
    ],
    [
      "mofgen.config.json",
      json({ inputs: "mof/a.mof", out: 3 }),
      "error MOF5103: mofgen.config.json: 'out' must be a string, not 3\n\n",
    ],
    [
      "mofgen.config.mjs",
      "export const config = {};\n",
      "error MOF5101: cannot read mofgen.config.mjs: it has no default export\n\n",
    ],
  ])("%s %s", async (name, content, stderr) => {
    write(name, content);
    expect(await mofgen(".", "generate")).toEqual({ status: 2, stderr });
  });

  it("invalid JSON exits 2, saying so", async () => {
    write("mofgen.config.json", "{ inputs: 'a' }");
    const result = await mofgen(".", "generate");
    expect(result.status).toBe(2);
    // The rest of the reason is Node's JSON.parse message, which varies between versions.
    expect(result.stderr).toMatch(
      /^error MOF5101: cannot read mofgen\.config\.json: it is not valid JSON \(.+\)\n\n$/,
    );
  });

  it("a missing --config file exits 2", async () => {
    expect(await mofgen(".", "generate", "--config", "nope.json")).toEqual({
      status: 2,
      stderr: "error MOF5101: cannot read nope.json: no such file\n\n",
    });
  });
});
