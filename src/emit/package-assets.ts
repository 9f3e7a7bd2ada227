/**
 * Files that ship inside the mofgen package (templates, runtime sources). They are part of the
 * program, like its code, so reading them is not input I/O; each is read once and cached.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareCodePoints } from "./names.js";

let root: string | undefined;

/** The package root: the nearest ancestor holding both package.json and templates/. */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "templates"))) {
      root = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error("mofgen is installed incompletely: its templates/ directory is missing");
    dir = parent;
  }
}

/** Every file with one of `extensions` under `dir` (recursively), keyed by `/`-separated relative path. */
export function readTree(dir: string, extensions: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string) => {
    const entries = readdirSync(join(dir, sub), { withFileTypes: true })
      .map((e) => ({ name: e.name, isDir: e.isDirectory() }))
      .sort((a, b) => compareCodePoints(a.name, b.name));
    for (const entry of entries) {
      const rel = sub === "" ? entry.name : `${sub}/${entry.name}`;
      if (entry.isDir) walk(rel);
      else if (extensions.some((ext) => entry.name.endsWith(ext))) {
        files.set(rel, readFileSync(join(dir, rel), "utf8").replace(/\r\n?/g, "\n"));
      }
    }
  };
  walk("");
  return files;
}
