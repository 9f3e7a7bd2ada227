/**
 * The work-saving around one `generate` run: the "nothing changed" check before it, Prettier in
 * a worker pool (with formatted files reused when their render is unchanged) during it, and the
 * record for the manifest after it.
 */
import path from "node:path";
import type { FormatFile } from "../emit/format-typescript.js";
import type { SourceHost } from "../input/load-unit.js";
import type { RunRecord } from "../output/plan-output.js";
import { createEarlyStaging, type EarlyStaging } from "./early-staging.js";
import { cachingFormatter } from "./format-cache.js";
import { createFormatPool, defaultPoolSize } from "./format-pool.js";
import { fsSourceHost } from "./fs-source-host.js";
import { nodeOutputFs } from "./output-fs.js";
import { recordingHost } from "./recording-host.js";
import { formatterId, runFingerprint } from "./run-fingerprint.js";
import { isUpToDate, readManifestState } from "./up-to-date.js";
import { tempPathFor } from "./write-output.js";

export interface RunRequest {
  readonly outDir: string;
  readonly check: boolean;
  readonly emit: { readonly format?: boolean };
}

export interface IncrementalRun {
  /** True when the output is known to be current: the run can stop here. */
  readonly upToDate: boolean;
  /** When up to date: how many files the output has, and every file it was generated from. */
  readonly files: number;
  readonly inputs: readonly string[];
  /**
   * New files staged as soon as they are formatted, for the writer; `undefined` with `--check`.
   * Whoever started the run discards what the writer did not take.
   */
  readonly early: EarlyStaging | undefined;
  /** For `generateInMemory`. */
  readonly hooks: { readonly format?: FormatFile; readonly sourceHost: SourceHost };
  /** For the manifest, once generation succeeded with `diagnostics` warnings. */
  record(diagnostics: number): RunRecord;
  /** Stops the format workers; call as soon as generation is over. */
  close(): Promise<void>;
}

/**
 * `--check` takes no shortcut and reuses nothing: it must compare what mofgen generates now
 * with the directory, and the shortcuts rest on the manifest's own account of that directory.
 */
export async function startIncrementalRun(
  request: RunRequest,
  env: Readonly<Record<string, string | undefined>>,
): Promise<IncrementalRun> {
  const { outDir } = request;
  const previous = request.check ? ({ kind: "absent" } as const) : readManifestState(outDir);
  const fingerprint = runFingerprint(request, outDir);
  const formatter = formatterId();
  const recording = recordingHost(fsSourceHost);
  const upToDate = isUpToDate(previous, fingerprint, outDir);

  // Started before parsing, so the workers load Prettier while the main thread parses.
  const formatting = !upToDate && request.emit.format !== false;
  const size = formatting ? defaultPoolSize(env) : 0;
  const pool = size > 0 ? createFormatPool(size) : undefined;
  const inner: FormatFile =
    pool?.format ??
    (formatting
      ? (await import("../emit/format-typescript.js")).serialFormatter()
      : async (_file, source) => source);
  const cache = cachingFormatter(inner, previous, formatter, outDir);
  const early =
    upToDate || request.check ? undefined : createEarlyStaging(outDir, nodeOutputFs, tempPathFor);
  const format: FormatFile = async (file, source) => {
    const text = await cache.format(file, source);
    early?.offer(file, text);
    return text;
  };

  function inputs(diagnostics: number) {
    const relative = (file: string) => path.relative(outDir, file).split(path.sep).join("/");
    const sources = new Map([...recording.reads].map(([file, hash]) => [relative(file), hash]));
    return { fingerprint, formatter, diagnostics, sources };
  }
  const known = previous.kind === "valid" ? previous : undefined;
  return {
    upToDate,
    files: known?.records.size ?? 0,
    inputs: [...(known?.inputs?.sources ?? [])]
      .filter(([, hash]) => hash !== null)
      .map(([file]) => path.resolve(outDir, file).split(path.sep).join("/")),
    early,
    hooks: { sourceHost: recording.host, format },
    record: (diagnostics) => ({ renders: cache.renders, inputs: inputs(diagnostics) }),
    close: async () => pool?.close(),
  };
}
