import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cleanEnv, ensureBuilt } from "../support/built-cli.js";

let mainJs: string;
let root: string;
let dir: string;

beforeAll(() => {
  mainJs = ensureBuilt();
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-watch-")));
}, 180_000);
beforeEach((test) => {
  dir = path.join(root, String(test.task.id));
  fs.mkdirSync(dir);
});
afterAll(() => {
  if (root !== undefined) fs.rmSync(root, { recursive: true, force: true });
});

/** A line that ends one generation: written or found up to date. */
const SUMMARY = /^(?:Generated \d+ files? in gen:|gen is up to date)/gm;

/**
 * Runs `mofgen generate --watch` in `dir` until the first run is done, hands `steps` a way to
 * wait for its stderr, then interrupts it; resolves to the exit status.
 */
async function watching(
  steps: (
    waitFor: (done: (stderr: string) => boolean, what: string) => Promise<string>,
  ) => Promise<void>,
): Promise<number | null> {
  const child = spawn(process.execPath, [mainJs, "generate", "--watch"], {
    cwd: dir,
    env: cleanEnv(),
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const waitFor = async (done: (stderr: string) => boolean, what: string) => {
    const deadline = Date.now() + 30_000;
    while (!done(stderr)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return stderr;
  };
  try {
    await waitFor((text) => text.includes("for changes (Ctrl-C to stop)"), "the first run");
    await steps(waitFor);
  } finally {
    child.kill("SIGINT");
  }
  return exited;
}

const summaries = (stderr: string) => stderr.match(SUMMARY)?.length ?? 0;

describe("mofgen generate --watch", () => {
  it("regenerates exactly once per change and exits 0 on Ctrl-C", async () => {
    fs.writeFileSync(path.join(dir, "a.mof"), "class T_A { [Key] string Id; };\n");
    fs.writeFileSync(
      path.join(dir, "mofgen.config.json"),
      JSON.stringify({ inputs: "a.mof", out: "gen", format: false }),
    );
    const status = await watching(async (waitFor) => {
      expect(summaries(await waitFor(() => true, "nothing"))).toBe(1);
      fs.appendFileSync(path.join(dir, "a.mof"), "class T_B { [Key] string Id; };\n");
      await waitFor((text) => summaries(text) >= 2, "the regeneration");
      // Debounced: the editor-like several events of one write make one run, not several.
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(summaries(await waitFor(() => true, "nothing"))).toBe(2);
      expect(fs.existsSync(path.join(dir, "gen/T_B.ts"))).toBe(true);
    });
    expect(status).toBe(0);
  }, 90_000);

  it("regenerates when a template is added to the templates directory", async () => {
    fs.writeFileSync(path.join(dir, "a.mof"), "class T_A { [Key] string Id; };\n");
    fs.mkdirSync(path.join(dir, "tpl/partials"), { recursive: true });
    fs.writeFileSync(
      path.join(dir, "mofgen.config.json"),
      JSON.stringify({ inputs: "a.mof", out: "gen", templatesDir: "tpl", format: false }),
    );
    const index = () => fs.readFileSync(path.join(dir, "gen/index.ts"), "utf8");
    const status = await watching(async (waitFor) => {
      expect(index()).not.toContain("// custom index");
      fs.writeFileSync(
        path.join(dir, "tpl/index.hbs"),
        "// custom index\n{{#each modules}}\nexport * from {{this}};\n{{/each}}\n",
      );
      await waitFor((text) => summaries(text) >= 2, "the regeneration");
      expect(index()).toMatch(/^\/\/ custom index\n/);
    });
    expect(status).toBe(0);
  }, 90_000);
});
