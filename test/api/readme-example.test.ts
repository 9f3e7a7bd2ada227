import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, ensureBuilt } from "../support/built-cli.js";
import { repoRoot } from "../support/fixture-cases.js";
import { readmeExample } from "../support/readme-example.js";

beforeAll(() => {
  ensureBuilt();
}, 180_000);

describe("the README's API example", () => {
  it("runs against the built package and prints what it says", () => {
    const entry = pathToFileURL(path.join(repoRoot, "dist/src/index.js")).href;
    const code = readmeExample().replace(/from "mofgen"/g, `from ${JSON.stringify(entry)}`);
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], {
      env: cleanEnv(),
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Shape_Base\.ts: \d+ lines\nShape_Circle\.ts: \d+ lines\n$/);
  });
});
