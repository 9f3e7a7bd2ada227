import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCommandLine } from "../src/cli/args.js";
import { generateOptions, readGenerateRequest } from "../src/cli/commands/generate.js";
import { generateInMemory, type InMemoryResult } from "../src/cli/generate-in-memory.js";
import { contentHash } from "../src/output/content-hash.js";
import { MANIFEST_FILE, parseManifest } from "../src/output/manifest.js";
import {
  type FixtureCase,
  generateArgv,
  listFiles,
  readFixtureCases,
  repoRoot,
} from "./support/fixture-cases.js";

/**
 * Every fixture case, generated in memory through the same flags `npm run generate` passes,
 * must equal the committed files under generated/<case>/ byte for byte. Locally `vitest -u`
 * (or `npm run generate`) updates them; with CI=true Vitest never writes, so drift fails.
 */
async function generateCase(c: FixtureCase): Promise<InMemoryResult | string> {
  const parsed = parseCommandLine(generateArgv(c), generateOptions);
  if (!parsed.ok) return parsed.message;
  const request = readGenerateRequest(parsed.values, parsed.positionals, repoRoot);
  if ("usageError" in request) return request.usageError;
  return generateInMemory(request);
}

const cases = await Promise.all(
  readFixtureCases().map(async (c) => ({ c, result: await generateCase(c) })),
);

describe.each(cases)("golden case $c.name", ({ c, result }) => {
  const outDir = path.join(repoRoot, c.out);
  const files = typeof result === "string" ? new Map<string, string>() : result.files;
  // A failed generation must not write (locally) or compare an empty set of goldens.
  const failed = files.size === 0;

  it("generates without errors", () => {
    const errors =
      typeof result === "string"
        ? result
        : result.diagnostics.filter((d) => d.severity === "error");
    expect(errors).toEqual([]);
    expect(files.size).toBeGreaterThan(0);
  });

  it.each([...files.keys()])("%s matches the committed file", async (file) => {
    await expect(files.get(file)).toMatchFileSnapshot(path.join(outDir, file));
  });

  // The files it owns and their hashes; what it records about the run's inputs is a cache
  // (it names the generator build, too), which `--check` does not compare either.
  it.skipIf(failed)("has the committed manifest", () => {
    const committed = parseManifest(fs.readFileSync(path.join(outDir, MANIFEST_FILE), "utf8"));
    const hashes =
      committed.kind === "valid"
        ? new Map([...committed.records].map(([file, record]) => [file, record.sha256]))
        : committed;
    expect(hashes).toEqual(new Map([...files].map(([file, text]) => [file, contentHash(text)])));
  });

  it.skipIf(failed)("has no committed files beyond the generated ones", () => {
    const extra = listFiles(outDir).filter((file) => file !== MANIFEST_FILE && !files.has(file));
    // Missing files already fail above; a leftover file means `npm run generate` was not run.
    expect(extra).toEqual([]);
  });
});
