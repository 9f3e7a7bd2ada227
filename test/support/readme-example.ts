import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "./fixture-cases.js";

/** The code block after the `readme-example` marker in README.md. */
export function readmeExample(): string {
  const readme = fs.readFileSync(path.join(repoRoot, "README.md"), "utf8");
  const match = /<!-- readme-example[^>]*-->\n```js\n([\s\S]*?)\n```/.exec(readme);
  if (match === null) throw new Error("README.md has no readme-example block");
  return match[1]!;
}
