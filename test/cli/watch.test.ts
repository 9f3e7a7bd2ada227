import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, ensureBuilt } from "../support/built-cli.js";

let mainJs: string;
let dir: string;

beforeAll(() => {
  mainJs = ensureBuilt();
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-watch-")));
}, 180_000);
afterAll(() => {
  if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
});

/** A line that ends one generation: written or found up to date. */
const SUMMARY = /^(?:Generated \d+ files? in gen:|gen is up to date)/gm;

describe("mofgen generate --watch", () => {
  it("regenerates exactly once per change and exits 0 on Ctrl-C", async () => {
    fs.writeFileSync(path.join(dir, "a.mof"), "class T_A { [Key] string Id; };\n");
    fs.writeFileSync(
      path.join(dir, "mofgen.config.json"),
      JSON.stringify({ inputs: "a.mof", out: "gen", format: false }),
    );
    const child = spawn(process.execPath, [mainJs, "generate", "--watch"], {
      cwd: dir,
      env: cleanEnv(),
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const waitFor = async (done: () => boolean, what: string) => {
      const deadline = Date.now() + 30_000;
      while (!done()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const summaries = () => stderr.match(SUMMARY)?.length ?? 0;
    try {
      await waitFor(() => stderr.includes("for changes (Ctrl-C to stop)"), "the first run");
      expect(summaries()).toBe(1);
      fs.appendFileSync(path.join(dir, "a.mof"), "class T_B { [Key] string Id; };\n");
      await waitFor(() => summaries() >= 2, "the regeneration");
      // Debounced: the editor-like several events of one write make one run, not several.
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(summaries()).toBe(2);
      expect(fs.existsSync(path.join(dir, "gen/T_B.ts"))).toBe(true);
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(0);
  }, 90_000);
});
