import path from "node:path";
import { MANIFEST_FILE, parseManifest } from "../output/manifest.js";
import type { ExistingEntry, OutputState } from "../output/plan-output.js";
import { errorCode, type OutputFs } from "./output-fs.js";

/** Enough parallel reads to hide latency without running out of file handles. */
const READ_CONCURRENCY = 32;

/**
 * Reads what planning needs from an output directory: the previous manifest and the current
 * content of every path mofgen may write or remove. Nothing else in the directory is looked at.
 * Rejects only on unexpected I/O errors (permissions and the like).
 */
export async function readOutputState(
  outDir: string,
  paths: Iterable<string>,
  fs: OutputFs,
): Promise<OutputState> {
  const manifestText = await readIfFile(fs, path.join(outDir, MANIFEST_FILE));
  const wanted = new Set(paths);
  if (manifestText !== undefined) {
    const previous = parseManifest(manifestText);
    if (previous.kind === "valid") for (const file of previous.files) wanted.add(file);
  }
  const list = [...wanted];
  const entries = new Map<string, ExistingEntry>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < list.length) {
      const relative = list[next++]!;
      entries.set(relative, await readEntry(fs, path.join(outDir, ...relative.split("/"))));
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, list.length) }, worker));
  return { manifestText, entries };
}

async function readEntry(fs: OutputFs, file: string): Promise<ExistingEntry> {
  try {
    return { kind: "file", content: await fs.readFile(file) };
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT") return { kind: "absent" };
    // A directory at the path, or a file where a parent directory should be.
    if (code === "EISDIR" || code === "ENOTDIR") return { kind: "other" };
    throw error;
  }
}

async function readIfFile(fs: OutputFs, file: string): Promise<string | undefined> {
  const entry = await readEntry(fs, file);
  return entry.kind === "file" ? entry.content : undefined;
}
