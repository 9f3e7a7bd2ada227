import fs from "node:fs";
import path from "node:path";
import { contentHash } from "../output/content-hash.js";
import { MANIFEST_FILE, type ManifestState, parseManifest } from "../output/manifest.js";
import { fsSourceHost } from "./fs-source-host.js";

/** The output directory's manifest, read before a run (absent when unreadable). */
export function readManifestState(outDir: string): ManifestState {
  try {
    return parseManifest(fs.readFileSync(path.join(outDir, MANIFEST_FILE), "utf8"));
  } catch {
    return { kind: "absent" };
  }
}

/**
 * Whether a run with this fingerprint would change nothing: the previous run had the same
 * fingerprint, every path it read still reads the same (present or absent), and every file it
 * wrote is still exactly as written. A generator that is a function of these inputs (mofgen's
 * output is deterministic by design) would then write the same files and the same manifest.
 * A previous run that reported warnings does not count: they must be reported again.
 */
export function isUpToDate(previous: ManifestState, fingerprint: string, outDir: string): boolean {
  if (previous.kind !== "valid" || previous.inputs?.fingerprint !== fingerprint) return false;
  if (previous.inputs.diagnostics !== 0) return false;
  for (const [source, hash] of previous.inputs.sources) {
    const bytes = fsSourceHost.readFile(path.resolve(outDir, source));
    if ((bytes === undefined ? null : contentHash(bytes)) !== hash) return false;
  }
  for (const [file, record] of previous.records) {
    if (record.sha256 === undefined) return false;
    try {
      const bytes = fs.readFileSync(path.join(outDir, ...file.split("/")));
      if (contentHash(bytes) !== record.sha256) return false;
    } catch {
      return false;
    }
  }
  return true;
}
