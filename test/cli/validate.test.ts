import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, mainJs } from "../support/built-cli.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cimSchema = path.resolve(
  repoRoot,
  "../shared/corpora/cim-schema-2.49.0/cim_schema_2.49.0.mof",
);

let dir: string;

beforeAll(() => {
  // The CLI is tested as users run it: the built bin in a fresh process.
  ensureBuilt();
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-cli-")));
}, 120_000);

afterAll(() => {
  if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** Runs the bin in the temp directory with a colour-neutral environment. */
function mofgen(args: string[], env: Record<string, string> = {}, nodeArgs: string[] = []) {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== "NO_COLOR" && k !== "FORCE_COLOR"),
  );
  const result = spawnSync(process.execPath, [...nodeArgs, mainJs, ...args], {
    cwd: dir,
    env: { ...base, ...env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The summary line ends with the elapsed time, which varies. */
const summary = (text: string) => new RegExp(`^${text} \\(\\d+\\.\\d\\d s\\)\\.$`);

describe("mofgen validate", () => {
  it("exits 0 and prints only the summary for a clean file", () => {
    write("clean.mof", "// nothing but a comment\n");
    const result = mofgen(["validate", "clean.mof"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")).toEqual([
      expect.stringMatching(summary("Found no problems in 1 file")),
      "",
    ]);
  });

  it("exits 1 and prints file:line:col, code, message and a code frame for an error", () => {
    write("latin1.mof", new Uint8Array([...Buffer.from("// ok\n// caf"), 0xe9, 0x0a]));
    const result = mofgen(["validate", "latin1.mof"]);
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n")).toEqual([
      "latin1.mof:2:7 - error MOF1002: invalid UTF-8 byte 0xE9 at byte offset 12; the file may be in a legacy encoding such as Latin-1 or Windows-1252, save it as UTF-8",
      "",
      "2 | // caf\uFFFD",
      "  |       ^",
      "",
      expect.stringMatching(summary("Found 1 error in 1 file")),
      "",
    ]);
  });

  it("reports a missing include at the pragma, relative to the working directory", () => {
    write("inc/main.mof", '// first line\n#pragma include("nowhere.mof")\n');
    const result = mofgen(["validate", "inc/main.mof"]);
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n")[0]).toBe(
      `inc/main.mof:2:1 - error MOF1010: cannot find included file 'nowhere.mof'; looked for '${dir}/inc/nowhere.mof'`,
    );
  });

  it("prints what was read with --verbose", () => {
    write("verbose.mof", "class A {};\n");
    const result = mofgen(["validate", "--verbose", "verbose.mof"]);
    expect(result.status).toBe(0);
    expect(result.stderr.split("\n")[0]).toMatch(
      /^files read: 1, characters: 12, declarations: 1, time: \d+ ms$/,
    );
  });

  it("follows -I include directories", () => {
    write("a/main.mof", '#pragma include("lib.mof")\n');
    write("b/lib.mof", "// library\n");
    const result = mofgen(["validate", "-I", "b", "a/main.mof"]);
    expect(result.status).toBe(0);
    expect(result.stderr.split("\n")).toEqual([
      expect.stringMatching(summary("Found no problems in 2 files")),
      "",
    ]);
  });

  it("exits 0 with warnings only, and --quiet hides them", () => {
    write("twice/main.mof", '#pragma include("x.mof")\n#pragma include("x.mof")\n');
    write("twice/x.mof", "// x\n");
    const result = mofgen(["validate", "twice/main.mof"]);
    expect(result.status).toBe(0);
    expect(result.stderr.split("\n")[0]).toBe(
      `twice/main.mof:2:1 - warning MOF1012: '${dir}/twice/x.mof' is already part of this compilation; this include is skipped`,
    );
    expect(result.stderr.trimEnd().split("\n").at(-1)).toMatch(
      summary("Found 0 errors and 1 warning in 2 files"),
    );
    expect(mofgen(["validate", "--quiet", "twice/main.mof"])).toEqual({
      status: 0,
      stdout: "",
      stderr: "",
    });
  });

  it("colours only when forced and never with NO_COLOR or --no-color", () => {
    write("bad.mof", new Uint8Array([0xff]));
    expect(mofgen(["validate", "bad.mof"]).stderr).not.toContain("\u001b[");
    expect(mofgen(["validate", "bad.mof"], { FORCE_COLOR: "1" }).stderr).toContain(
      "\u001b[31merror",
    );
    expect(
      mofgen(["validate", "bad.mof"], { FORCE_COLOR: "1", NO_COLOR: "1" }).stderr,
    ).not.toContain("\u001b[");
    expect(
      mofgen(["validate", "--no-color", "bad.mof"], { FORCE_COLOR: "1" }).stderr,
    ).not.toContain("\u001b[");
  });
});

describe("mofgen usage errors (exit 2)", () => {
  it.each([
    [
      ["validate", "--includ", "x", "a.mof"],
      "mofgen: unknown option '--includ'; did you mean '--include'?\nRun 'mofgen validate --help' for usage.\n",
    ],
    [
      ["valdate", "a.mof"],
      "mofgen: unknown command 'valdate'; did you mean 'validate'?\nRun 'mofgen --help' for usage.\n",
    ],
    [
      ["validate", "missing.mof"],
      "mofgen: cannot read 'missing.mof': no such file or directory\nRun 'mofgen validate --help' for usage.\n",
    ],
    [
      ["validate", "."],
      "mofgen: cannot read '.': it is a directory\nRun 'mofgen validate --help' for usage.\n",
    ],
    [
      ["validate", "-I", "no-such-dir", "clean.mof"],
      "mofgen: cannot use include directory 'no-such-dir': no such file or directory\nRun 'mofgen validate --help' for usage.\n",
    ],
    [
      ["validate", "clean.mof", "-I"],
      "mofgen: option '--include' needs a value, as in --include <dir>\nRun 'mofgen validate --help' for usage.\n",
    ],
    [
      ["validate"],
      "mofgen: validate needs at least one MOF file, or a configuration file (mofgen.config.mjs, mofgen.config.js, mofgen.config.json or a \"mofgen\" key in package.json)\nRun 'mofgen validate --help' for usage.\n",
    ],
  ])("mofgen %j", (args, stderr) => {
    write("clean.mof", "");
    expect(mofgen(args)).toEqual({ status: 2, stdout: "", stderr });
  });

  it("prints the overview on stderr when no command is given", () => {
    const result = mofgen([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Usage: mofgen <command> [options] <file.mof>...");
  });
});

describe("mofgen help, version and internal errors", () => {
  it("prints the overview with --help", () => {
    const result = mofgen(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "Commands:\n  validate  check MOF files and everything they include for errors\n",
    );
    expect(result.stdout).toContain("  3  internal error in mofgen (please report it)\n");
  });

  it("prints the command's options with validate --help", () => {
    const result = mofgen(["validate", "--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: mofgen validate \[options\] \[<file\.mof>\.\.\.\]\n/);
    expect(result.stdout).toContain(
      "  -I, --include <dir>     also look for included files in <dir> (repeatable, searched in order)\n",
    );
  });

  it("prints the version from package.json", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8"));
    expect(mofgen(["--version"])).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("turns an unexpected exception into exit code 3 without a stack trace", () => {
    const breakCwd = 'data:text/javascript,process.cwd=()=>{throw new Error("cwd is gone")}';
    const result = mofgen(["validate", "clean.mof"], {}, ["--import", breakCwd]);
    expect(result).toEqual({
      status: 3,
      stdout: "",
      stderr:
        "mofgen: internal error: cwd is gone\nThis is a bug in mofgen; please report it with the command line and the input that caused it.\n",
    });
  });
});

describe.skipIf(!fs.existsSync(cimSchema))("mofgen validate on the DMTF CIM 2.49 schema", () => {
  it("reads all 1634 files with zero diagnostics", () => {
    const result = mofgen(["validate", cimSchema]);
    expect(result.stderr.split("\n")).toEqual([
      expect.stringMatching(summary("Found no problems in 1634 files")),
      "",
    ]);
    expect(result.status).toBe(0);
  }, 60_000);
});

if (!fs.existsSync(cimSchema)) {
  console.warn(`skipping the CIM 2.49 test: ${cimSchema} not found (../shared is absent)`);
}
