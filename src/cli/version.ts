import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * mofgen's version from its package.json, found by walking up from this module: the depth
 * differs between the sources (src/cli) and the build (dist/src/cli).
 */
export function readVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, "package.json");
    if (fs.existsSync(candidate)) {
      const pkg = JSON.parse(fs.readFileSync(candidate, "utf8")) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name === "mofgen" && typeof pkg.version === "string") return pkg.version;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find mofgen's package.json");
    dir = parent;
  }
}
