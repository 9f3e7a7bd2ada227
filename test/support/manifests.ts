import { contentHash } from "../../src/output/content-hash.js";
import { type FileRecord, type RunInputs, renderManifest } from "../../src/output/manifest.js";

/** The manifest a run writes for these files (path → content), optionally with its inputs. */
export function hashedManifest(files: Record<string, string>, inputs?: RunInputs): string {
  const records = new Map<string, FileRecord>(
    Object.entries(files).map(([path, content]) => [path, { sha256: contentHash(content) }]),
  );
  return renderManifest({ files: records, inputs });
}
