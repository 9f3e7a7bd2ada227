import fs from "node:fs";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

/** One entry of fixtures/cases.json. */
export interface FixtureCase {
  readonly name: string;
  readonly inputs: readonly string[];
  readonly include: readonly string[];
  readonly out: string;
  readonly flags: readonly string[];
}

export function readFixtureCases(): readonly FixtureCase[] {
  const text = fs.readFileSync(path.join(repoRoot, "fixtures/cases.json"), "utf8");
  return (JSON.parse(text) as { cases: FixtureCase[] }).cases;
}

/** The `mofgen generate` arguments for a case, exactly as scripts/generate-all.mjs builds them. */
export function generateArgv(c: FixtureCase): string[] {
  return [...c.include.flatMap((dir) => ["-I", dir]), ...c.inputs, "--out", c.out, ...c.flags];
}

/** Every file under `dir` (dotfiles included) as sorted forward-slash relative paths. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .map((relative) => relative.split(path.sep).join("/"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
