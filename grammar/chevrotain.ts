/**
 * The one place the grammar loads Chevrotain from.
 *
 * The package entry (`lib/src/api.js`) is several hundred small ES modules (Chevrotain plus
 * lodash-es) and costs about 190 ms to load on a cold start, half the CLI's time budget. The
 * package also ships the same code as one pre-bundled file, `lib/chevrotain.mjs`, which loads in
 * under 10 ms but is not listed in its `exports`; it is located next to the resolved entry. If
 * the layout ever changes, the regular entry is used.
 *
 * Everything that shares token types or grammar objects with the parser (EOF, tokenMatcher,
 * generateCstDts, ...) must come from here: two Chevrotain instances do not recognise each
 * other's objects.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

type Chevrotain = typeof import("chevrotain");

async function loadChevrotain(): Promise<Chevrotain> {
  try {
    const entry = createRequire(import.meta.url).resolve("chevrotain");
    const bundle = join(dirname(entry), "..", "chevrotain.mjs");
    if (existsSync(bundle)) return (await import(pathToFileURL(bundle).href)) as Chevrotain;
  } catch {
    // Fall through to the regular entry point.
  }
  return import("chevrotain");
}

export const chevrotain: Chevrotain = await loadChevrotain();
