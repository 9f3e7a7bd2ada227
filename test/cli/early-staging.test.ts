import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEarlyStaging } from "../../src/cli/early-staging.js";
import { nodeOutputFs, type OutputFs } from "../../src/cli/output-fs.js";
import { tempPathFor, writeOutput } from "../../src/cli/write-output.js";
import { MANIFEST_FILE } from "../../src/output/manifest.js";
import { hashedManifest } from "../support/manifests.js";

let root: string;
let out: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-early-"));
  out = path.join(root, "out");
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const files = (record: Record<string, string>) => new Map(Object.entries(record));

/** Every file under `dir` (relative, sorted), temporary ones included. */
function listing(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** The node file system, counting the files it writes. */
function countingFs(): OutputFs & { writes: string[] } {
  const writes: string[] = [];
  return {
    ...nodeOutputFs,
    writes,
    writeFile: (file, data) => {
      writes.push(path.basename(file));
      return nodeOutputFs.writeFile(file, data);
    },
  };
}

describe("early staging", () => {
  it("stages new files before the writer runs, which renames them instead of writing again", async () => {
    const counting = countingFs();
    const early = createEarlyStaging(out, counting, tempPathFor);
    early.offer("a.ts", "A\n");
    early.offer("sub/b.ts", "B\n");
    const result = await writeOutput(out, files({ "a.ts": "A\n", "sub/b.ts": "B\n" }), {
      fs: counting,
      early,
    });
    await early.discard();
    expect(result).toEqual({ written: 2, unchanged: 0, removed: 0, diagnostics: [] });
    expect(listing(out)).toEqual([MANIFEST_FILE, "a.ts", "sub/b.ts"]);
    expect(fs.readFileSync(path.join(out, "sub/b.ts"), "utf8")).toBe("B\n");
    expect(fs.readFileSync(path.join(out, MANIFEST_FILE), "utf8")).toBe(
      hashedManifest({ "a.ts": "A\n", "sub/b.ts": "B\n" }),
    );
    // Each class file was written once (staged early); the writer only added manifests.
    const written = (name: string) => counting.writes.filter((w) => w.startsWith(`.${name}.`));
    expect(written("a.ts")).toHaveLength(1);
    expect(written("b.ts")).toHaveLength(1);
    expect(counting.writes.filter((w) => !w.startsWith(`.${MANIFEST_FILE}.`))).toHaveLength(2);
  });

  it("leaves existing files to the writer", async () => {
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "a.ts"), "old");
    const early = createEarlyStaging(out, nodeOutputFs, tempPathFor);
    early.offer("a.ts", "new");
    expect(await early.take("a.ts", "new")).toBeUndefined();
    expect(listing(out)).toEqual(["a.ts"]);
  });

  it("hands a staged file over only for exactly its content", async () => {
    const early = createEarlyStaging(out, nodeOutputFs, tempPathFor);
    early.offer("a.ts", "A");
    expect(await early.take("a.ts", "A changed")).toBeUndefined();
    const temp = await early.take("a.ts", "A");
    expect(temp).toMatch(/\.a\.ts\.\d+-\d+\.mofgen-tmp$/);
    expect(fs.readFileSync(temp!, "utf8")).toBe("A");
    expect(await early.take("a.ts", "A")).toBeUndefined();
  });

  it("never stages a path the writer would refuse", async () => {
    const early = createEarlyStaging(path.join(out, "inner"), nodeOutputFs, tempPathFor);
    early.offer("../escape.ts", "X");
    early.offer(MANIFEST_FILE, "{}");
    expect(await early.take("../escape.ts", "X")).toBeUndefined();
    expect(await early.take(MANIFEST_FILE, "{}")).toBeUndefined();
    expect(listing(root)).toEqual([]);
  });

  it("discard deletes what was not taken and the directories staging created", async () => {
    const early = createEarlyStaging(out, nodeOutputFs, tempPathFor);
    early.offer("a.ts", "A");
    early.offer("sub/b.ts", "B");
    await early.discard();
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it("a failed write leaves nothing staged, and the writer writes every file itself", async () => {
    const failing: OutputFs = {
      ...nodeOutputFs,
      writeFile: () => Promise.reject(new Error("injected writeFile failure")),
    };
    const early = createEarlyStaging(out, failing, tempPathFor);
    early.offer("a.ts", "A");
    early.offer("b.ts", "B");
    const result = await writeOutput(out, files({ "a.ts": "A", "b.ts": "B" }), { early });
    await early.discard();
    expect(result.written).toBe(2);
    expect(listing(out)).toEqual([MANIFEST_FILE, "a.ts", "b.ts"]);
  });

  it("a writer that gives up also removes the directory staging created", async () => {
    const early = createEarlyStaging(out, nodeOutputFs, tempPathFor);
    early.offer("a.ts", "A");
    const failing: OutputFs = {
      ...nodeOutputFs,
      writeFile: () => Promise.reject(new Error("injected writeFile failure")),
    };
    const result = await writeOutput(out, files({ "a.ts": "A" }), { fs: failing, early });
    await early.discard();
    expect(result.diagnostics.map((d) => d.code)).toEqual(["MOF5305"]);
    expect(fs.readdirSync(root)).toEqual([]);
  });
});
