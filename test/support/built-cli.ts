import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "./fixture-cases.js";

/** The `mofgen` command as package.json's "bin" names it: the bundle of the build. */
export const mainJs = path.join(repoRoot, "dist/cli/main.js");

function newest(dir: string): number {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".ts")) {
      latest = Math.max(latest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return latest;
}

/**
 * The built `mofgen` (dist/), rebuilt first when a source is newer: tests that spawn the CLI
 * run it as users do. `npm test` builds before running, so this is a no-op there.
 */
export function ensureBuilt(): string {
  const built = fs.existsSync(mainJs) ? fs.statSync(mainJs).mtimeMs : 0;
  const sources = Math.max(
    newest(path.join(repoRoot, "src")),
    newest(path.join(repoRoot, "grammar")),
  );
  if (built < sources) {
    // tsc emits even when some file elsewhere has a type error; the tests then show what fails.
    spawnSync(process.execPath, [
      path.join(repoRoot, "node_modules/typescript/bin/tsc"),
      "-p",
      repoRoot,
    ]);
    spawnSync(
      process.execPath,
      [
        path.join(repoRoot, "node_modules/rolldown/bin/cli.mjs"),
        "-c",
        path.join(repoRoot, "rolldown.config.mjs"),
      ],
      { cwd: repoRoot },
    );
  }
  if (!fs.existsSync(mainJs)) throw new Error(`the build did not produce ${mainJs}`);
  return mainJs;
}

/** The environment for a spawned mofgen: no colour or CI settings leaking in from outside. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !["NO_COLOR", "FORCE_COLOR", "CI"].includes(k)),
  );
  return { ...env, ...extra };
}
