/**
 * The runtime generated code imports from `./runtime/`. Its TypeScript sources are copied
 * verbatim into every output, so generated SDKs never depend on mofgen at run time. The
 * package therefore ships `src/runtime/` next to `dist/`.
 */
import { join } from "node:path";
import { packageRoot, readTree } from "./package-assets.js";

let cached: ReadonlyMap<string, string> | undefined;

/** The runtime's `.ts` sources (tests and declaration files excluded), keyed by file name. */
export function loadRuntimeSources(): ReadonlyMap<string, string> {
  if (cached === undefined) {
    const all = readTree(join(packageRoot(), "src", "runtime"), [".ts"]);
    cached = new Map(
      [...all].filter(([name]) => !name.endsWith(".d.ts") && !name.endsWith(".test.ts")),
    );
  }
  return cached;
}
