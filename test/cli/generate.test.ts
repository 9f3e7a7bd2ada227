import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliContext } from "../../src/cli/cli-context.js";
import { runCli } from "../../src/cli/run-cli.js";
import { MANIFEST_FILE } from "../../src/output/manifest.js";

let dir: string;

beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-generate-")));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), content);
}

/** Runs `mofgen <args>` in-process in the temp directory; stderr with timings blanked. */
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
  return { status, stdout, stderr: stderr.replace(/\d+\.\d\d s\b/g, "<t> s") };
}

/** Names of the generated .ts files of one class (`<Class>.ts`). */
function outputFiles(): string[] {
  return fs
    .readdirSync(path.join(dir, "out"), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".ts"))
    .sort();
}

const TWO_CLASSES = `
class Sample_Base { [Key] string Id; };
class Sample_Child : Sample_Base { uint64 Size; };
`;
const ONE_CLASS = "class Sample_Base { [Key] string Id; };\n";

describe("mofgen generate", () => {
  it("writes the bindings, then finds everything unchanged on a re-run", async () => {
    write("s.mof", TWO_CLASSES);
    const first = await mofgen("generate", "s.mof", "--out", "out");
    expect(first.status).toBe(0);
    const count = outputFiles().length;
    expect(outputFiles()).toContain("Sample_Child.ts");
    expect(first.stderr).toBe(
      `Generated ${count} files in out: ${count} written, 0 unchanged, 0 removed (<t> s).\n`,
    );
    const again = await mofgen("generate", "s.mof", "--out", "out");
    expect(again.stderr).toBe(
      "out is up to date: no input, option or generator change since it was generated " +
        `(${count} files) (<t> s).\n`,
    );
  });

  it("--check exits 0 when in sync and 1 with a listing when not, writing nothing", async () => {
    write("s.mof", TWO_CLASSES);
    await mofgen("generate", "s.mof", "--out", "out");
    const count = outputFiles().length;
    const inSync = await mofgen("generate", "s.mof", "--out", "out", "--check");
    expect(inSync).toEqual({
      status: 0,
      stdout: "",
      stderr: `out is up to date (${count} files) (<t> s).\n`,
    });

    write("s.mof", ONE_CLASS);
    fs.appendFileSync(path.join(dir, "out/Sample_Base.ts"), "// edited\n");
    const before = fs.readFileSync(path.join(dir, "out/Sample_Base.ts"), "utf8");
    const drift = await mofgen("generate", "s.mof", "--out", "out", "--check");
    expect(drift.status).toBe(1);
    expect(drift.stderr).toContain("stale:   out/Sample_Base.ts\n");
    expect(drift.stderr).toContain(`stale:   out/${MANIFEST_FILE}\n`);
    expect(drift.stderr).toContain("extra:   out/Sample_Child.ts\n");
    expect(drift.stderr).toMatch(
      /out is out of date: \d+ stale, 0 missing, 1 extra; run without --check to update it \(<t> s\)\.\n$/,
    );
    expect(fs.readFileSync(path.join(dir, "out/Sample_Base.ts"), "utf8")).toBe(before);
    expect(outputFiles()).toContain("Sample_Child.ts");
  });

  it("removes the files of a class that no longer exists, and keeps the user's files", async () => {
    write("s.mof", TWO_CLASSES);
    await mofgen("generate", "s.mof", "--out", "out");
    write("out/README.md", "mine");
    write("s.mof", ONE_CLASS);
    const result = await mofgen("generate", "s.mof", "--out", "out");
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/, 1 removed \(<t> s\)\.\n$/);
    expect(outputFiles()).not.toContain("Sample_Child.ts");
    expect(fs.readFileSync(path.join(dir, "out/README.md"), "utf8")).toBe("mine");
  });

  it("refuses to overwrite a file it did not write, unless --force", async () => {
    write("s.mof", ONE_CLASS);
    write("out/Sample_Base.ts", "// hand-written\n");
    const refused = await mofgen("generate", "s.mof", "--out", "out");
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      "error MOF5301: refusing to overwrite 'out/Sample_Base.ts', which was not written by mofgen",
    );
    expect(fs.existsSync(path.join(dir, "out", MANIFEST_FILE))).toBe(false);
    expect(fs.readFileSync(path.join(dir, "out/Sample_Base.ts"), "utf8")).toBe("// hand-written\n");
    const forced = await mofgen("generate", "s.mof", "--out", "out", "--force");
    expect(forced.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, "out/Sample_Base.ts"), "utf8")).not.toBe(
      "// hand-written\n",
    );
  });

  it("writes nothing when the input has errors", async () => {
    write("s.mof", "class Broken { string ; };\n");
    const result = await mofgen("generate", "s.mof", "--out", "out");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error MOF2\d{3}/);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  it.each([
    [["s.mof"], "generate needs an output directory: --out <dir>"],
    [
      ["--out", "out"],
      'generate needs at least one MOF file, or a configuration file (mofgen.config.mjs, mofgen.config.js, mofgen.config.json or a "mofgen" key in package.json)',
    ],
    [
      ["s.mof", "--out", "out", "--int64", "long"],
      "option '--int64' must be one of bigint, string, number, not 'long'",
    ],
    [
      ["s.mof", "--out", "out", "--enum-style", "enum"],
      "option '--enum-style' must be one of const, union, not 'enum'",
    ],
  ])("usage error for %j", async (args, message) => {
    write("s.mof", ONE_CLASS);
    const result = await mofgen("generate", ...args);
    expect(result).toEqual({
      status: 2,
      stdout: "",
      stderr: `mofgen: ${message}\nRun 'mofgen generate --help' for usage.\n`,
    });
  });
});
