import path from "node:path";
import type { SourceHost } from "./load-unit.js";

/**
 * A {@link SourceHost} over in-memory files (path → text or bytes), for running mofgen without
 * a file system: in a browser, a test, or on MOF fetched from elsewhere. Paths are compared
 * after normalisation (`\` → `/`, `./` and `..` resolved), as the loader builds them.
 */
export function createMemorySourceHost(
  files: ReadonlyMap<string, string | Uint8Array> | Readonly<Record<string, string | Uint8Array>>,
): SourceHost {
  const entries = files instanceof Map ? [...files] : Object.entries(files);
  const normalised = new Map(entries.map(([file, content]) => [normalise(file), content]));
  const encoder = new TextEncoder();
  return {
    readFile(file) {
      const content = normalised.get(normalise(file));
      return typeof content === "string" ? encoder.encode(content) : content;
    },
  };
}

function normalise(file: string): string {
  return path.posix.normalize(file.replace(/\\+/g, "/"));
}
