import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkOutput } from "../../src/cli/check-output.js";
import { writeOutput } from "../../src/cli/write-output.js";
import { MANIFEST_FILE } from "../../src/output/manifest.js";

let root: string;
let out: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-check-"));
  out = path.join(root, "out");
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const files = (record: Record<string, string>) => new Map(Object.entries(record));

describe("checkOutput", () => {
  it("is in sync right after a write", async () => {
    const generated = files({ "a.ts": "A", "sub/b.ts": "B" });
    await writeOutput(out, generated);
    expect(await checkOutput(out, generated)).toEqual({
      drift: { stale: [], missing: [], extra: [] },
      unchanged: 2,
      diagnostics: [],
    });
  });

  it("lists stale, missing and extra files and writes nothing", async () => {
    await writeOutput(out, files({ "a.ts": "A", "b.ts": "B", "gone.ts": "G" }));
    fs.writeFileSync(path.join(out, "user.ts"), "mine");
    const before = fs.readdirSync(out).sort();
    const result = await checkOutput(out, files({ "a.ts": "A2", "b.ts": "B", "c.ts": "C" }));
    expect(result.drift).toEqual({
      stale: [MANIFEST_FILE, "a.ts"],
      missing: ["c.ts"],
      extra: ["gone.ts"],
    });
    expect(result.unchanged).toBe(1);
    expect(fs.readdirSync(out).sort()).toEqual(before);
    expect(fs.readFileSync(path.join(out, "a.ts"), "utf8")).toBe("A");
  });

  it("reports everything missing when the directory does not exist", async () => {
    const result = await checkOutput(out, files({ "a.ts": "A" }));
    expect(result.drift).toEqual({ stale: [], missing: [MANIFEST_FILE, "a.ts"], extra: [] });
    expect(fs.existsSync(out)).toBe(false);
  });

  it("reports an unusable manifest as an error", async () => {
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, MANIFEST_FILE), "[]");
    const result = await checkOutput(out, files({ "a.ts": "A" }), { displayDir: "gen" });
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        "MOF5302",
        "cannot use 'gen/.mofgen-manifest.json' because it is not a JSON object; mofgen relies " +
          "on it to know which files it owns (delete it, or pass --force to replace it)",
      ],
    ]);
  });

  it("reports an output path that is a file", async () => {
    fs.writeFileSync(out, "");
    const result = await checkOutput(out, files({ "a.ts": "A" }), { displayDir: "gen" });
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["MOF5304", "cannot check 'gen' because it is not a directory"],
    ]);
  });
});
