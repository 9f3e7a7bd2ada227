import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, ensureBuilt } from "../support/built-cli.js";
import { repoRoot } from "../support/fixture-cases.js";

let mainJs: string;
let dir: string;

beforeAll(() => {
  mainJs = ensureBuilt();
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-cli-")));
  fs.writeFileSync(path.join(dir, "ok.mof"), "class T_Ok { [Key] string Id; };\n");
  fs.writeFileSync(path.join(dir, "bad.mof"), "class T_Bad { string ; };\n");
}, 180_000);
afterAll(() => {
  if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
});

function mofgen(...args: string[]) {
  const result = spawnSync(process.execPath, [mainJs, ...args], {
    cwd: dir,
    env: cleanEnv(),
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the mofgen executable", () => {
  it("--help lists the commands and exits 0", () => {
    const result = mofgen("--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^mofgen: typed TypeScript bindings/);
    for (const command of ["validate", "generate", "inspect"]) {
      expect(result.stdout).toMatch(new RegExp(`^ {2}${command} `, "m"));
    }
  });

  it("<command> --help shows that command's options, including the configuration ones", () => {
    const result = mofgen("generate", "--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: mofgen generate /);
    for (const option of [
      "--config <file>",
      "--watch",
      "--classes <pattern>",
      "--templates-dir <dir>",
      "--quiet",
      "--verbose",
    ]) {
      expect(result.stdout).toContain(option);
    }
  });

  it("--version prints the package version", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8"));
    expect(mofgen("--version")).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  it.each([
    [["generate", "--wach"], "unknown option '--wach'; did you mean '--watch'?", "generate"],
    [
      ["generate", "--clases", "X"],
      "unknown option '--clases'; did you mean '--classes'?",
      "generate",
    ],
    [["genrate"], "unknown command 'genrate'; did you mean 'generate'?", undefined],
    [["generate", "--watch", "--check"], "--watch and --check cannot be combined", "generate"],
  ])("%j is a usage error (exit 2) with a hint", (args, message, command) => {
    const help = command === undefined ? "mofgen --help" : `mofgen ${command} --help`;
    expect(mofgen(...args)).toEqual({
      status: 2,
      stdout: "",
      stderr: `mofgen: ${message}\nRun '${help}' for usage.\n`,
    });
  });

  it("exit 1 for errors in the input, with a summary line", () => {
    const result = mofgen("generate", "bad.mof", "--out", "out-bad");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error MOF2\d{3}/);
    expect(result.stderr).toMatch(/\nFound 1 error in 1 file \(\d+\.\d\d s\)\.\n$/);
  });

  it("every command ends with one summary line; --quiet drops it", () => {
    const summary = /\n?[^\n]*\(\d+\.\d\d s\)\.\n$/;
    expect(mofgen("validate", "ok.mof").stderr).toMatch(
      /^Found no problems in 1 file \(\d+\.\d\d s\)\.\n$/,
    );
    const inspect = mofgen("inspect", "--json", "ok.mof");
    expect(inspect.status).toBe(0);
    expect(inspect.stderr).toMatch(/^Found no problems in 1 file \(\d+\.\d\d s\)\.\n$/);
    const generate = mofgen("generate", "ok.mof", "--out", "out-ok");
    expect(generate.stderr).toMatch(
      /^Generated \d+ files in out-ok: \d+ written, 0 unchanged, 0 removed \(\d+\.\d\d s\)\.\n$/,
    );
    expect(generate.stderr).toMatch(summary);
    for (const args of [
      ["validate", "ok.mof"],
      ["inspect", "--json", "ok.mof"],
      ["generate", "ok.mof", "--out", "out-q"],
    ]) {
      expect(mofgen(...args, "--quiet").stderr).toBe("");
    }
  });

  it("--verbose says what was read", () => {
    const result = mofgen("generate", "ok.mof", "--out", "out-verbose", "--verbose");
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /^read 1 file \(\d+ characters\), emitted 1 class in \d+\.\d\d s\n/,
    );
  });
});
