import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/fixture-cases.js";
import { readmeBlocks } from "../support/readme-example.js";

const read = (file: string) => fs.readFileSync(path.join(repoRoot, file), "utf8");

/**
 * README code that is not run directly stays true by pointing at a file that is checked:
 * `readme-walkthrough` blocks are the marked region of a test under test/usage (type-checked
 * with the goldens and run by Vitest), `readme-excerpt` blocks are pieces of a committed golden.
 */
describe("README snippets", () => {
  const walkthroughs = readmeBlocks("readme-walkthrough");
  const excerpts = readmeBlocks("readme-excerpt");

  it("has the blocks it is meant to check", () => {
    expect(walkthroughs.length).toBe(1);
    expect(excerpts.length).toBeGreaterThanOrEqual(1);
  });

  it.each(walkthroughs)("walkthrough is the marked region of $file", ({ file, code }) => {
    const region = /\/\/ readme-walkthrough:start\n([\s\S]*?)\n\/\/ readme-walkthrough:end/.exec(
      read(file),
    );
    expect(region).not.toBeNull();
    // The README imports from the generated directory as an SDK at its root would.
    const expected = region![1]!.replaceAll('"../../generated/', '"./generated/');
    expect(code.trimEnd()).toBe(expected.trimEnd());
  });

  it.each(excerpts)("excerpt is verbatim from $file", ({ file, code }) => {
    const source = read(file);
    // `// ...` lines mark elided text; every piece between them is copied verbatim.
    for (const piece of code.split(/\n *\/\/ \.\.\.\n/)) {
      expect(source).toContain(piece);
    }
  });
});
