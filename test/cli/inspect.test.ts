import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, mainJs } from "../support/built-cli.js";
import { repoRoot } from "../support/fixture-cases.js";

let dir: string;

beforeAll(() => {
  // The CLI is tested as users run it: the built bin in a fresh process.
  ensureBuilt();
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-inspect-")));
}, 120_000);

afterAll(() => {
  if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
});

function mofgen(args: string[]) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== "NO_COLOR" && k !== "FORCE_COLOR"),
  );
  const result = spawnSync(process.execPath, [mainJs, ...args], {
    cwd: dir,
    env,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: string): string {
  fs.writeFileSync(path.join(dir, name), content);
  return name;
}

describe("mofgen inspect --json", () => {
  it("prints the resolved schema as JSON and exits 0", () => {
    const file = path.join(repoRoot, "fixtures/wmi-amendment/Sample.mof");
    const result = mofgen([
      "inspect",
      "--json",
      file,
      file.replace(/\.mof$/, ".mfl"),
      "--locale",
      "de-DE",
    ]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(["qualifierDeclarations", "classes", "instances"]);
    expect(json.classes.map((c: { name: string }) => c.name)).toEqual([
      "Sample_Element",
      "Sample_Service",
    ]);
    expect(json.classes[0].qualifiers.Description).toBe("Basis jedes Beispielelements.");
    // Only the summary line: stdout stays pure JSON.
    expect(result.stderr).toMatch(/^Found no problems in 2 files \(\d+\.\d\d s\)\.\n$/);
  });

  it("prints diagnostics and no JSON when the schema has errors", () => {
    write("bad.mof", "class A : Missing { };\n");
    const result = mofgen(["inspect", "--json", "bad.mof"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      "bad.mof:1:11 - error MOF3201: superclass 'Missing' of class 'A' is not defined",
    );
  });

  it("is a usage error without --json", () => {
    write("ok.mof", "class A { };\n");
    const result = mofgen(["inspect", "ok.mof"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
  });
});

describe("mofgen validate", () => {
  it("reports schema model errors too", () => {
    write("model.mof", "class A { string P; string p; };\n");
    const result = mofgen(["validate", "model.mof"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "model.mof:1:28 - error MOF3204: 'p' is declared twice in class 'A'",
    );
  });
});
