import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nodeOutputFs, type OutputFs } from "../../src/cli/output-fs.js";
import { writeOutput } from "../../src/cli/write-output.js";
import { MANIFEST_FILE } from "../../src/output/manifest.js";
import { hashedManifest } from "../support/manifests.js";

let root: string;
let out: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-write-"));
  out = path.join(root, "out");
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const files = (record: Record<string, string>) => new Map(Object.entries(record));

/** Every file under `dir` (relative, sorted) with its content. */
function tree(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    result[path.relative(dir, full).split(path.sep).join("/")] = fs.readFileSync(full, "utf8");
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Directories under `dir`, relative and sorted. */
function dirs(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** An fs that fails the n-th call of `method` (1-based) and counts calls. */
function failingFs(method: keyof OutputFs, failAt: number): OutputFs {
  let calls = 0;
  return {
    ...nodeOutputFs,
    [method]: (...args: never[]) => {
      calls += 1;
      if (calls === failAt) return Promise.reject(new Error(`injected ${method} failure`));
      return (nodeOutputFs[method] as (...a: never[]) => Promise<unknown>)(...args);
    },
  };
}

const OLD_MTIME = new Date("2020-01-01T00:00:00Z");

describe("writeOutput", () => {
  it("writes every file and a manifest into a directory it creates", async () => {
    const result = await writeOutput(out, files({ "a.ts": "A\n", "sub/b.ts": "B\n" }));
    expect(result).toEqual({ written: 2, unchanged: 0, removed: 0, diagnostics: [] });
    expect(tree(out)).toEqual({
      [MANIFEST_FILE]: hashedManifest({ "a.ts": "A\n", "sub/b.ts": "B\n" }),
      "a.ts": "A\n",
      "sub/b.ts": "B\n",
    });
  });

  it("does not touch identical files, so their mtime is preserved", async () => {
    await writeOutput(out, files({ "a.ts": "A", "b.ts": "B" }));
    for (const name of ["a.ts", "b.ts", MANIFEST_FILE]) {
      fs.utimesSync(path.join(out, name), OLD_MTIME, OLD_MTIME);
    }
    const result = await writeOutput(out, files({ "a.ts": "A", "b.ts": "B2" }));
    expect(result).toEqual({ written: 1, unchanged: 1, removed: 0, diagnostics: [] });
    expect(fs.statSync(path.join(out, "a.ts")).mtime).toEqual(OLD_MTIME);
    expect(fs.statSync(path.join(out, "b.ts")).mtime).not.toEqual(OLD_MTIME);
    // The manifest records b.ts's new content hash.
    expect(fs.readFileSync(path.join(out, MANIFEST_FILE), "utf8")).toBe(
      hashedManifest({ "a.ts": "A", "b.ts": "B2" }),
    );
    expect(fs.readFileSync(path.join(out, "b.ts"), "utf8")).toBe("B2");
  });

  it("a no-op run touches nothing at all", async () => {
    await writeOutput(out, files({ "a.ts": "A" }));
    fs.utimesSync(path.join(out, "a.ts"), OLD_MTIME, OLD_MTIME);
    const result = await writeOutput(out, files({ "a.ts": "A" }));
    expect(result).toEqual({ written: 0, unchanged: 1, removed: 0, diagnostics: [] });
    expect(fs.statSync(path.join(out, "a.ts")).mtime).toEqual(OLD_MTIME);
  });

  it("removes only files listed in the previous manifest; a user's file survives", async () => {
    await writeOutput(out, files({ "a.ts": "A", "old/gone.ts": "G", "old/also.ts": "G2" }));
    fs.writeFileSync(path.join(out, "notes.md"), "mine");
    fs.writeFileSync(path.join(out, "old", "keep.txt"), "mine too");
    const result = await writeOutput(out, files({ "a.ts": "A" }));
    expect(result).toEqual({ written: 0, unchanged: 1, removed: 2, diagnostics: [] });
    expect(tree(out)).toEqual({
      [MANIFEST_FILE]: hashedManifest({ "a.ts": "A" }),
      "a.ts": "A",
      "notes.md": "mine",
      "old/keep.txt": "mine too",
    });
  });

  it("deletes directories left empty by removals, but not the output directory", async () => {
    await writeOutput(out, files({ "a/b/c.ts": "C" }));
    await writeOutput(out, files({}));
    expect(tree(out)).toEqual({ [MANIFEST_FILE]: hashedManifest({}) });
    expect(dirs(out)).toEqual([]);
  });

  it("refuses to overwrite a file it did not write, and writes nothing", async () => {
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "b.ts"), "hand-written");
    const result = await writeOutput(out, files({ "a.ts": "A", "b.ts": "B" }), {
      displayDir: "gen",
    });
    expect(result.written).toBe(0);
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        "MOF5301",
        "refusing to overwrite 'gen/b.ts', which was not written by mofgen " +
          "(it is not listed in .mofgen-manifest.json); move it away or pass --force",
      ],
    ]);
    expect(tree(out)).toEqual({ "b.ts": "hand-written" });
  });

  it("overwrites a foreign file with force and takes ownership of it", async () => {
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "b.ts"), "hand-written");
    const result = await writeOutput(out, files({ "b.ts": "B" }), { force: true });
    expect(result).toEqual({ written: 1, unchanged: 0, removed: 0, diagnostics: [] });
    expect(tree(out)).toEqual({ [MANIFEST_FILE]: hashedManifest({ "b.ts": "B" }), "b.ts": "B" });
  });

  it("creates each directory once, however many files go into it", async () => {
    let mkdirs = 0;
    const counting: OutputFs = {
      ...nodeOutputFs,
      mkdirp: (dir) => {
        mkdirs += 1;
        return nodeOutputFs.mkdirp(dir);
      },
    };
    const many = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`${i % 2 ? "x" : "y"}/f${i}.ts`, `${i}`]),
    );
    const result = await writeOutput(out, files(many), { fs: counting });
    expect(result.written).toBe(40);
    expect(mkdirs).toBe(3);
    expect(tree(out)).toEqual({ [MANIFEST_FILE]: hashedManifest(many), ...many });
  });

  it("reports an output path that is a file", async () => {
    fs.writeFileSync(out, "");
    const result = await writeOutput(out, files({ "a.ts": "A" }), { displayDir: "gen" });
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["MOF5304", "cannot write into 'gen' because it is not a directory"],
    ]);
  });

  describe("atomicity", () => {
    const previous = { "a.ts": "A1", "b.ts": "B1", "gone.ts": "G" };
    const next = { "a.ts": "A2", "b.ts": "B2", "new/c.ts": "C" };

    async function withPrevious(): Promise<Record<string, string>> {
      await writeOutput(out, files(previous));
      fs.writeFileSync(path.join(out, "user.txt"), "mine");
      return tree(out);
    }

    it.each([1, 2, 3, 4])(
      "a write failing at file %i leaves the previous output intact and no temp files",
      async (failAt) => {
        const before = await withPrevious();
        const result = await writeOutput(out, files(next), {
          fs: failingFs("writeFile", failAt),
        });
        expect(result.written).toBe(0);
        expect(result.diagnostics.map((d) => d.code)).toEqual(["MOF5305"]);
        expect(result.diagnostics[0]?.message).toContain("injected writeFile failure");
        expect(result.diagnostics[0]?.message).toContain("the previous output was left unchanged");
        expect(tree(out)).toEqual(before);
        expect(dirs(out)).toEqual([]);
      },
    );

    it("a failure creating a directory leaves the previous output intact", async () => {
      const before = await withPrevious();
      // The first mkdirp is for the output directory itself; the second for "new/".
      const result = await writeOutput(out, files(next), { fs: failingFs("mkdirp", 2) });
      expect(result.diagnostics.map((d) => d.code)).toEqual(["MOF5305"]);
      expect(tree(out)).toEqual(before);
    });

    it("a commit interrupted after some renames keeps every written file owned", async () => {
      await withPrevious();
      // Rename 1 is the interim manifest, 2 and 3 are a.ts and b.ts; fail on new/c.ts.
      const result = await writeOutput(out, files(next), { fs: failingFs("rename", 4) });
      expect(result.diagnostics.map((d) => d.code)).toEqual(["MOF5305"]);
      expect(result.diagnostics[0]?.message).toContain("run mofgen again to complete it");
      expect(tree(out)).toEqual({
        [MANIFEST_FILE]: hashedManifest({ ...next, "gone.ts": "G" }),
        "a.ts": "A2",
        "b.ts": "B2",
        "gone.ts": "G",
        "user.txt": "mine",
      });
      const rerun = await writeOutput(out, files(next));
      expect(rerun).toEqual({ written: 1, unchanged: 2, removed: 1, diagnostics: [] });
      expect(tree(out)).toEqual({
        [MANIFEST_FILE]: hashedManifest(next),
        "a.ts": "A2",
        "b.ts": "B2",
        "new/c.ts": "C",
        "user.txt": "mine",
      });
    });
  });
});

describe("staging files a killed run left behind", () => {
  // Above Linux's largest possible pid, so no process can have it.
  const deadPid = 99_999_999;

  it("are deleted by the next run; a live process's and a user's look-alike are kept", async () => {
    await writeOutput(out, files({ "a.ts": "A\n", "sub/b.ts": "B\n" }));
    const stale = [`.a.ts.${deadPid}-1.mofgen-tmp`, `sub/.b.ts.${deadPid}-7.mofgen-tmp`];
    const kept = [`.a.ts.${process.ppid}-2.mofgen-tmp`, "notes.mofgen-tmp"];
    for (const name of [...stale, ...kept]) fs.writeFileSync(path.join(out, name), "x");

    const result = await writeOutput(out, files({ "a.ts": "A2\n", "sub/b.ts": "B\n" }));
    expect(result.diagnostics).toEqual([]);
    for (const name of stale) expect(fs.existsSync(path.join(out, name))).toBe(false);
    for (const name of kept) expect(fs.existsSync(path.join(out, name))).toBe(true);
  });

  it("are deleted by a run that has nothing else to write", async () => {
    await writeOutput(out, files({ "a.ts": "A\n" }));
    const stale = path.join(out, `.a.ts.${deadPid}-3.mofgen-tmp`);
    fs.writeFileSync(stale, "x");
    const result = await writeOutput(out, files({ "a.ts": "A\n" }));
    expect(result).toEqual({ written: 0, unchanged: 1, removed: 0, diagnostics: [] });
    expect(fs.existsSync(stale)).toBe(false);
  });
});
