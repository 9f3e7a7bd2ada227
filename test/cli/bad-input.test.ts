/**
 * Broken input over a previous good output, through the built executable: exit 1, every error
 * with its location and code frame on stderr, no stack trace, and the output directory exactly
 * as it was (no half-written or staged files).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, ensureBuilt } from "../support/built-cli.js";

let mainJs: string;
let dir: string;

function mofgen(...args: string[]) {
  const result = spawnSync(process.execPath, [mainJs, ...args], {
    cwd: dir,
    env: cleanEnv(),
    encoding: "utf8",
  });
  const stderr = result.stderr.replace(/\(\d+\.\d\d s\)/g, "(<t> s)");
  return { status: result.status, stdout: result.stdout, stderr };
}

/** Every entry under `out`, directories included, with a content hash for files. */
function snapshot(): Record<string, string> {
  const root = path.join(dir, "out");
  const entries = fs.readdirSync(root, { recursive: true, withFileTypes: true });
  return Object.fromEntries(
    entries
      .map((e) => {
        const full = path.join(e.parentPath, e.name);
        const hash = e.isFile()
          ? createHash("sha256").update(fs.readFileSync(full)).digest("hex")
          : "directory";
        return [path.relative(root, full).split(path.sep).join("/"), hash] as const;
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

const GOOD = [
  "class Sample_Base { [Key] string Id; };",
  "class Sample_Child : Sample_Base { uint64 Size; };",
  "",
].join("\n");

let before: Record<string, string>;

beforeAll(() => {
  mainJs = ensureBuilt();
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-bad-input-")));
  fs.writeFileSync(path.join(dir, "s.mof"), GOOD);
  const first = mofgen("generate", "s.mof", "--out", "out");
  expect(first.status).toBe(0);
  before = snapshot();
}, 180_000);
afterAll(() => {
  if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
});

function expectCleanFailure(result: ReturnType<typeof mofgen>): void {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe("");
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toMatch(/\b(TypeError|RangeError|ReferenceError|Error):/);
  expect(snapshot()).toEqual(before);
}

describe("mofgen generate on broken input over a previous good output", () => {
  it("the previous output is a real one", () => {
    expect(Object.keys(before)).toContain("Sample_Child.ts");
    expect(Object.keys(before)).toContain(".mofgen-manifest.json");
  });

  it("reports every syntax error of a file with its code frame, and writes nothing", () => {
    fs.writeFileSync(
      path.join(dir, "s.mof"),
      "class Sample_Base { [Key] string ; };\nclass Sample_Child : Sample_Base { uint64 Size = ; };\n",
    );
    const result = mofgen("generate", "s.mof", "--out", "out");
    expectCleanFailure(result);
    expect(result.stderr.split("\n")).toEqual([
      "s.mof:1:34 - error MOF2010: expected a property or method name in the property or method declaration, found ';'",
      "",
      "1 | class Sample_Base { [Key] string ; };",
      "  |                                  ^",
      "",
      "s.mof:2:50 - error MOF2010: expected a value, found ';'",
      "",
      "2 | class Sample_Child : Sample_Base { uint64 Size = ; };",
      "  |                                                  ^",
      "",
      "Found 2 errors in 1 file (<t> s).",
      "",
    ]);
  });

  it("reports every model error of every file, and writes nothing", () => {
    fs.writeFileSync(
      path.join(dir, "s.mof"),
      "class Sample_Base { [Key] string Id; };\nclass Sample_Child : Sample_Bse { uint8 Size = 300; };\n",
    );
    fs.writeFileSync(path.join(dir, "t.mof"), "class Sample_Other : Nope { uint8 X = 256; };\n");
    const result = mofgen("generate", "s.mof", "t.mof", "--out", "out");
    expectCleanFailure(result);
    const headlines = result.stderr.split("\n").filter((line) => / - error /.test(line));
    expect(headlines).toEqual([
      "s.mof:2:22 - error MOF3201: superclass 'Sample_Bse' of class 'Sample_Child' is not defined",
      "s.mof:2:48 - error MOF3102: 300 is out of range for uint8 (0 to 255) in property 'Size'",
      "t.mof:1:22 - error MOF3201: superclass 'Nope' of class 'Sample_Other' is not defined",
      "t.mof:1:39 - error MOF3102: 256 is out of range for uint8 (0 to 255) in property 'X'",
    ]);
    expect(result.stderr).toContain(
      "1 | class Sample_Other : Nope { uint8 X = 256; };\n  |                                       ^~~\n",
    );
    expect(result.stderr).toMatch(/\nFound 4 errors in 2 files \(<t> s\)\.\n$/);
  });

  it("reports a binary file at its NUL with a printable code frame, and writes nothing", () => {
    fs.writeFileSync(path.join(dir, "s.mof"), GOOD);
    fs.writeFileSync(path.join(dir, "t.mof"), "class Sample_Other { string\u0000\u001b[2J X; };\n");
    const result = mofgen("generate", "s.mof", "t.mof", "--out", "out");
    expectCleanFailure(result);
    expect(result.stderr.split("\n")).toEqual([
      "t.mof:1:28 - error MOF1003: NUL byte at byte offset 27; is this a binary file?",
      "",
      "1 | class Sample_Other { string\u2400\u241b[2J X; };",
      "  |                            ^",
      "",
      "Found 1 error in 2 files (<t> s).",
      "",
    ]);
  });

  it("--check on broken input also fails without touching the output", () => {
    fs.writeFileSync(path.join(dir, "s.mof"), "class Sample_Base { [Key] string Id; ");
    const result = mofgen("generate", "s.mof", "--out", "out", "--check");
    expectCleanFailure(result);
    expect(result.stderr).toMatch(/^s\.mof:1:\d+ - error MOF2010: /);
  });
});
