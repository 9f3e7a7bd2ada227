import fs from "node:fs/promises";
import path from "node:path";
import type { FormatFile } from "../emit/format-typescript.js";
import { contentHash } from "../output/content-hash.js";
import type { ManifestState } from "../output/manifest.js";

export interface CachingFormatter {
  readonly format: FormatFile;
  /** Output path → content hash of the unformatted render, for the next run's manifest. */
  readonly renders: ReadonlyMap<string, string>;
}

/**
 * Skips the formatter for a file whose unformatted render is the one the previous run recorded,
 * when the same formatter (version and settings) is in use and the file on disk is still exactly
 * what that run wrote: its content is then the formatted text. Anything else goes to `inner`.
 */
export function cachingFormatter(
  inner: FormatFile,
  previous: ManifestState,
  formatter: string,
  outDir: string,
): CachingFormatter {
  const renders = new Map<string, string>();
  const usable = previous.kind === "valid" && previous.inputs?.formatter === formatter;
  const records = previous.kind === "valid" ? previous.records : new Map();
  const format: FormatFile = async (file, source) => {
    const render = contentHash(source);
    renders.set(file, render);
    const record = records.get(file);
    if (usable && record?.render === render && record.sha256 !== undefined) {
      const onDisk = await fs
        .readFile(path.join(outDir, ...file.split("/")), "utf8")
        .catch(() => undefined);
      if (onDisk !== undefined && contentHash(onDisk) === record.sha256) return onDisk;
    }
    return inner(file, source);
  };
  return { format, renders };
}
