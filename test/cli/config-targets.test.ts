import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliContext } from "../../src/cli/cli-context.js";
import { planGenerate } from "../../src/cli/generate-plan.js";
import { runCli } from "../../src/cli/run-cli.js";

let dir: string;

beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-targets-")));
  write("mof/a.mof", "class Sample_A { [Key] string Id; };\n");
  write("mof/b.mof", "class Sample_B { [Key] string Id; };\n");
  write("mof/broken.mof", "class Sample_C { string Id };\n");
  // Found only through an include directory of the configuration.
  write("inc/base.mof", "class Sample_Base { [Key] string Id; };\n");
  write(
    "mof/uses-include.mof",
    '#pragma include ("base.mof")\nclass Sample_D : Sample_Base { };\n',
  );
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), content);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** `mofgen <args>` in the temp directory; elapsed times in summaries become `T`. */
async function mofgen(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const context: CliContext = {
    cwd: dir,
    env: {},
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stderrIsTTY: false,
  };
  const status = await runCli(args, context);
  return { status, stdout, stderr: stderr.replace(/\(\d+\.\d\d s\)/g, "(T)") };
}

const twoTargets = {
  namespace: "root/sample",
  targets: [
    { name: "alpha", inputs: "mof/a.mof", out: "gen/a" },
    { name: "beta", inputs: "mof/b.mof", out: "gen/b" },
  ],
};

describe("validate reads the configuration", () => {
  it("without files validates the configuration's inputs", async () => {
    write(
      "mofgen.config.json",
      json({ inputs: "mof/uses-include.mof", include: ["inc"], out: "g" }),
    );
    expect(await mofgen("validate")).toEqual({
      status: 0,
      stdout: "",
      stderr: "Found no problems in 2 files (T).\n",
    });
  });

  it("validates every target, each with its own summary line; the worst status wins", async () => {
    write(
      "mofgen.config.json",
      json({
        targets: [...twoTargets.targets, { name: "gamma", inputs: "mof/broken.mof", out: "c" }],
      }),
    );
    const result = await mofgen("validate", "--quiet");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^mof\/broken\.mof:1:\d+ - error MOF2\d{3}: /);
    expect(result.stderr).not.toContain("Found");
    const all = await mofgen("validate");
    expect(all.stderr.split("\n").filter((line) => /^\w+: Found /.test(line))).toEqual([
      "alpha: Found no problems in 1 file (T).",
      "beta: Found no problems in 1 file (T).",
      "gamma: Found 1 error in 1 file (T).",
    ]);
  });

  it("--target selects targets by name, in configuration order", async () => {
    write("mofgen.config.json", json(twoTargets));
    expect(await mofgen("validate", "--target", "beta", "-t", "alpha")).toEqual({
      status: 0,
      stdout: "",
      stderr: "alpha: Found no problems in 1 file (T).\nbeta: Found no problems in 1 file (T).\n",
    });
    expect(await mofgen("validate", "--target", "beta")).toMatchObject({
      status: 0,
      stderr: "beta: Found no problems in 1 file (T).\n",
    });
  });

  it("files given replace the inputs; the configuration's include directories still apply", async () => {
    write("mofgen.config.json", json({ inputs: "mof/a.mof", include: ["inc"], out: "g" }));
    expect(await mofgen("validate", "mof/uses-include.mof")).toMatchObject({
      status: 0,
      stderr: "Found no problems in 2 files (T).\n",
    });
  });

  it("--config names the configuration", async () => {
    write("configs/broken.json", json({ inputs: "../mof/broken.mof", out: "../g" }));
    const result = await mofgen("validate", "--config", "configs/broken.json");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Found 1 error in 1 file \(T\)\.\n$/);
  });

  it("a configuration error exits 2, and a shadowed configuration file is a warning", async () => {
    write("mofgen.config.json", json({ inputs: "mof/a.mof", out: "g", int64: "long" }));
    expect(await mofgen("validate")).toEqual({
      status: 2,
      stdout: "",
      stderr: `error MOF5103: mofgen.config.json: 'int64' must be one of "bigint", "string", "number", not "long"\n\n`,
    });
    write("mofgen.config.json", json({ inputs: "mof/a.mof", out: "g" }));
    write("package.json", json({ mofgen: { inputs: "mof/b.mof", out: "g" } }));
    expect(await mofgen("validate")).toEqual({
      status: 0,
      stdout: "",
      stderr:
        "warning MOF5105: package.json is ignored: mofgen.config.json in the same directory takes precedence\n\n" +
        "Found no problems in 1 file (T).\n",
    });
  });
});

describe("--target", () => {
  it("an unknown name exits 2 with a suggestion and the names there are", async () => {
    write("mofgen.config.json", json(twoTargets));
    for (const command of [["validate"], ["inspect", "--json"], ["generate"]]) {
      expect(await mofgen(...command, "--target", "alpa")).toEqual({
        status: 2,
        stdout: "",
        stderr: `mofgen: unknown target 'alpa'; did you mean 'alpha'? (mofgen.config.json has alpha, beta)\nRun 'mofgen ${command[0]} --help' for usage.\n`,
      });
    }
  });

  it("names a target by its out directory when it has no name", async () => {
    write("mofgen.config.json", json({ targets: [{ inputs: "mof/a.mof", out: "gen/a" }] }));
    expect((await mofgen("validate", "--target", "gen/a")).status).toBe(0);
  });

  it("needs a configuration file", async () => {
    expect((await mofgen("validate", "--target", "alpha", "mof/a.mof")).stderr).toMatch(
      /^mofgen: --target selects targets of a configuration file, and there is none \(mofgen\.config\.mjs, /,
    );
  });

  it("selects what generate runs, and lets --out and files replace the one selected", async () => {
    write("mofgen.config.json", json(twoTargets));
    const plan = async (values: Record<string, string | string[]>, files: string[] = []) => {
      const result = await planGenerate(values, files, dir);
      if ("usageError" in result) return result.usageError;
      return result.requests.map((r) => [
        r.label,
        r.files.map((f) => path.relative(dir, f)),
        r.displayOutDir,
      ]);
    };
    expect(await plan({ target: ["beta"] })).toEqual([["beta", ["mof/b.mof"], "gen/b"]]);
    expect(await plan({ target: ["beta"], out: "elsewhere" }, ["mof/a.mof"])).toEqual([
      ["beta", ["mof/a.mof"], "elsewhere"],
    ]);
    expect(await plan({ target: ["alpha", "beta"], out: "x" })).toBe(
      "--target selects 2 targets, so input files, --out, -I and --classes cannot say which one they replace; select one with --target <name> (alpha, beta)",
    );
  });
});

describe("inspect reads the configuration", () => {
  it("prints the schema of the configuration's inputs with its namespace", async () => {
    write("mofgen.config.json", json({ inputs: "mof/a.mof", namespace: "root/sample", out: "g" }));
    const result = await mofgen("inspect", "--json", "--quiet");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"namespace": "root/sample"');
    expect(result.stdout).toContain('"name": "Sample_A"');
  });

  it("with several targets needs --target", async () => {
    write("mofgen.config.json", json(twoTargets));
    expect(await mofgen("inspect", "--json")).toEqual({
      status: 2,
      stdout: "",
      stderr:
        "mofgen: inspect prints one schema, not 2: choose a target of mofgen.config.json with --target <name> (alpha, beta)\nRun 'mofgen inspect --help' for usage.\n",
    });
    const beta = await mofgen("inspect", "--json", "--target", "beta");
    expect(beta.status).toBe(0);
    expect(beta.stdout).toContain('"name": "Sample_B"');
    expect(beta.stdout).not.toContain('"name": "Sample_A"');
    expect(beta.stderr).toBe("Found no problems in 1 file (T).\n");
  });
});
