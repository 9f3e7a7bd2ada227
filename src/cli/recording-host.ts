import type { SourceHost } from "../input/load-unit.js";
import { contentHash } from "../output/content-hash.js";

export interface RecordingHost {
  readonly host: SourceHost;
  /**
   * Every path the input stage asked for → content hash of what it got, or `null` when nothing
   * was there. Misses count: an include found in a later directory would change if a file
   * appeared in an earlier one.
   */
  readonly reads: ReadonlyMap<string, string | null>;
}

/** Wraps a source host to remember what the run read, for the manifest. */
export function recordingHost(base: SourceHost): RecordingHost {
  const reads = new Map<string, string | null>();
  return {
    reads,
    host: {
      readFile(file) {
        const bytes = base.readFile(file);
        reads.set(file, bytes === undefined ? null : contentHash(bytes));
        return bytes;
      },
    },
  };
}
