import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "./fixture-cases.js";

function readme(): string {
  return fs.readFileSync(path.join(repoRoot, "README.md"), "utf8");
}

/** The code block after the `readme-example` marker in README.md. */
export function readmeExample(): string {
  const match = /<!-- readme-example[^>]*-->\n```js\n([\s\S]*?)\n```/.exec(readme());
  if (match === null) throw new Error("README.md has no readme-example block");
  return match[1]!;
}

/** A marked code block of README.md: what follows `<!-- <kind>: <file> -->`. */
export interface ReadmeBlock {
  /** The repository-relative file the marker names. */
  readonly file: string;
  readonly code: string;
}

/** Every code block after a `<!-- <kind>: <file> -->` marker, in README order. */
export function readmeBlocks(kind: string): ReadmeBlock[] {
  const marker = new RegExp(`<!-- ${kind}: (\\S+) -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\``, "g");
  return [...readme().matchAll(marker)].map((m) => ({ file: m[1]!, code: m[2]! }));
}
