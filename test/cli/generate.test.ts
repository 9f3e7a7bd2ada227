import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliContext } from "../../src/cli/cli-context.js";
import { runCli } from "../../src/cli/run-cli.js";
import { contentHash } from "../../src/output/content-hash.js";
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

describe("mofgen generate re-runs", () => {
  const generated = /^Generated \d+ files in out: (\d+) written, (\d+) unchanged/;
  const upToDate = /^out is up to date: no input, option or generator change/;

  /** Generates `s.mof` (which includes `inc.mof`, looked up in `a/` before `b/`) into out/. */
  async function setUp() {
    write(
      "s.mof",
      '#pragma include ("inc.mof")\nclass Sample_Child : Sample_Base { uint64 Size; };\n',
    );
    write("b/inc.mof", ONE_CLASS);
    fs.mkdirSync(path.join(dir, "a"));
    const first = await mofgen("generate", "-I", "a", "-I", "b", "s.mof", "--out", "out");
    expect(first.stderr).toMatch(generated);
    const again = () => mofgen("generate", "-I", "a", "-I", "b", "s.mof", "--out", "out");
    expect((await again()).stderr).toMatch(upToDate);
    return again;
  }

  it("records every source read, relative to the output directory, misses included", async () => {
    await setUp();
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "out", MANIFEST_FILE), "utf8"));
    const sources = manifest.inputs.sources;
    // The include is looked for beside s.mof, then in a/, then found in b/.
    expect(Object.keys(sources).sort()).toEqual([
      "../a/inc.mof",
      "../b/inc.mof",
      "../inc.mof",
      "../s.mof",
    ]);
    expect([sources["../inc.mof"], sources["../a/inc.mof"]]).toEqual([null, null]);
    expect(sources["../b/inc.mof"]).toBe(contentHash(ONE_CLASS));
  });

  it("regenerates when an included file changes", async () => {
    const again = await setUp();
    write("b/inc.mof", "class Sample_Base { [Key] string Id; string Name; };\n");
    const result = await again();
    expect(result.stderr).toMatch(generated);
    expect(fs.readFileSync(path.join(dir, "out/Sample_Base.ts"), "utf8")).toContain("Name");
  });

  it("regenerates when an include would now be found in an earlier directory", async () => {
    const again = await setUp();
    write("a/inc.mof", "class Sample_Base { [Key] string Other; };\n");
    expect((await again()).stderr).toMatch(generated);
    expect(fs.readFileSync(path.join(dir, "out/Sample_Base.ts"), "utf8")).toContain("Other");
  });

  it("regenerates when an option changes", async () => {
    await setUp();
    const result = await mofgen(..."generate -I a -I b s.mof --out out --int64 string".split(" "));
    expect(result.stderr).toMatch(generated);
    expect(result.stderr).not.toMatch(/ 0 written/);
  });

  it("restores an output file edited by hand, reusing the other formatted files", async () => {
    const again = await setUp();
    const file = path.join(dir, "out/Sample_Child.ts");
    const original = fs.readFileSync(file, "utf8");
    fs.appendFileSync(file, "// edited\n");
    const result = await again();
    expect(result.stderr).toMatch(/: 1 written, \d+ unchanged, 0 removed/);
    expect(fs.readFileSync(file, "utf8")).toBe(original);
    expect((await again()).stderr).toMatch(upToDate);
  });

  it("treats a manifest of the older format as owning its files, and runs in full", async () => {
    const again = await setUp();
    const manifestPath = path.join(dir, "out", MANIFEST_FILE);
    const files = Object.keys(JSON.parse(fs.readFileSync(manifestPath, "utf8")).files);
    fs.writeFileSync(manifestPath, JSON.stringify({ generator: "mofgen", format: 1, files }));
    const result = await again();
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/: 0 written, \d+ unchanged, 0 removed/);
    expect((await again()).stderr).toMatch(upToDate);
  });

  it("runs again in full after a run with warnings, so they are reported again", async () => {
    write("s.mof", '#pragma include ("inc.mof")\n#pragma include ("inc.mof")\n');
    write("inc.mof", ONE_CLASS);
    const run = () => mofgen("generate", "s.mof", "--out", "out");
    const first = await run();
    expect(first.stderr).toContain("warning MOF");
    const again = await run();
    expect(again.stderr).toContain("warning MOF");
    expect(again.stderr).toMatch(/: 0 written, \d+ unchanged, 0 removed/);
  });

  it("--check compares real output, whatever the manifest claims", async () => {
    const again = await setUp();
    // A hand edit whose hash is also written into the manifest fools the shortcut...
    const file = path.join(dir, "out/Sample_Child.ts");
    fs.appendFileSync(file, "// edited\n");
    const manifestPath = path.join(dir, "out", MANIFEST_FILE);
    const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
    manifest.files["Sample_Child.ts"].sha256 = contentHash(fs.readFileSync(file));
    fs.writeFileSync(manifestPath, JSON.stringify(manifest));
    expect((await again()).stderr).toMatch(upToDate);
    // ...but not --check, which generates in full and compares file contents.
    const checked = await mofgen(..."generate -I a -I b s.mof --out out --check".split(" "));
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain("stale:   out/Sample_Child.ts\n");
  });
});
