import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { MANIFEST_FILE } from "../output/manifest.js";
import { compareOutputPaths } from "../output/output-path.js";
import { type OutputPlan, planOutput, type RunRecord } from "../output/plan-output.js";
import { createdChain, type EarlyStaging } from "./early-staging.js";
import { errorCode, errorReason, nodeOutputFs, type OutputFs } from "./output-fs.js";
import { readOutputState } from "./read-output-state.js";
import { outputDirectories, sweepStaleStaging } from "./sweep-stale-staging.js";

export interface WriteOutputOptions {
  /** Overwrite files mofgen did not write, and replace an unusable manifest. */
  readonly force?: boolean;
  /** The output directory as the user should see it in messages (defaults to `outDir`). */
  readonly displayDir?: string;
  readonly fs?: OutputFs;
  /** Recorded in the manifest so the next run can skip unchanged work (see `planOutput`). */
  readonly record?: RunRecord | undefined;
  /** Files already staged while the output was generated; those the plan needs are reused. */
  readonly early?: EarlyStaging | undefined;
}

export interface WriteOutputResult {
  /** Files created or replaced. */
  readonly written: number;
  /** Files whose content was already right; they were not touched (mtime preserved). */
  readonly unchanged: number;
  /** Files of an earlier run that are no longer part of the output. */
  readonly removed: number;
  /** Non-empty means the previous output was left as it was (see each message). */
  readonly diagnostics: readonly Diagnostic[];
}

/** A file written next to its target, renamed over it at commit time. */
interface Staged {
  readonly temp: string;
  readonly target: string;
}

let tempCounter = 0;

/** A fresh temporary path beside `target`, for staging it. */
export function tempPathFor(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${++tempCounter}.mofgen-tmp`,
  );
}

/**
 * Writes the generated files into `outDir`. The only place mofgen writes generated output.
 *
 * Every changed file is first written to a temporary file beside its target; only when all of
 * them exist are they renamed into place, so a run that fails before that point (an error, a
 * full disk) leaves the previous output exactly as it was. Identical files are not rewritten,
 * files listed in the previous manifest but no longer generated are deleted, and nothing that
 * mofgen did not write is ever overwritten (unless `force`) or deleted.
 *
 * Callers must not call this when upstream stages reported errors.
 */
export async function writeOutput(
  outDir: string,
  files: ReadonlyMap<string, string>,
  options: WriteOutputOptions = {},
): Promise<WriteOutputResult> {
  const fs = options.fs ?? nodeOutputFs;
  const displayDir = options.displayDir ?? outDir;
  const fail = (message: string): WriteOutputResult => ({
    written: 0,
    unchanged: 0,
    removed: 0,
    diagnostics: [makeDiagnostic("MOF5305", message)],
  });

  const outKind = await fs.kind(outDir).catch(() => undefined);
  if (outKind !== undefined && outKind !== "directory") {
    return {
      written: 0,
      unchanged: 0,
      removed: 0,
      diagnostics: [
        makeDiagnostic(
          "MOF5304",
          `cannot write into '${displayDir}' because it is not a directory`,
        ),
      ],
    };
  }

  let plan: OutputPlan;
  try {
    const state = await readOutputState(outDir, files.keys(), fs);
    plan = planOutput(files, state, {
      mode: "write",
      force: options.force ?? false,
      displayDir,
      record: options.record,
    });
  } catch (error) {
    return fail(`cannot read the output directory '${displayDir}': ${errorReason(error)}`);
  }
  const counts = {
    written: plan.create.length + plan.update.length,
    unchanged: plan.unchanged.length,
    removed: plan.remove.length,
  };
  if (plan.diagnostics.length > 0) {
    return { written: 0, unchanged: 0, removed: 0, diagnostics: plan.diagnostics };
  }
  if (counts.written === 0 && counts.removed === 0 && plan.manifestChange === "unchanged") {
    await sweepStaleStaging(outputDirectories(outDir, files.keys()), fs);
    return { ...counts, diagnostics: [] };
  }

  const target = (relative: string) => path.join(outDir, ...relative.split("/"));
  const manifestPath = target(MANIFEST_FILE);

  // Phase 1: stage everything. Any failure here undoes the staging and leaves the old output.
  const staged: Staged[] = [];
  const createdDirs: string[] = [];
  const madeDirs = new Map<string, Promise<void>>();
  // Once per directory, not once per file: most files share a handful of directories.
  const makeDir = (dir: string): Promise<void> => {
    let made = madeDirs.get(dir);
    if (made === undefined) {
      made = fs.mkdirp(dir).then((topmost) => {
        if (topmost !== undefined) createdDirs.push(...createdChain(dir, topmost));
      });
      madeDirs.set(dir, made);
    }
    return made;
  };
  const stage = async (file: string, content: string, relative?: string): Promise<Staged> => {
    await makeDir(path.dirname(file));
    const early = relative === undefined ? undefined : await options.early?.take(relative, content);
    const entry = { temp: early ?? tempPathFor(file), target: file };
    if (early === undefined) await fs.writeFile(entry.temp, content);
    staged.push(entry);
    return entry;
  };
  let interim: Staged | undefined;
  let manifest: Staged | undefined;
  try {
    await makeDir(outDir);
    const changed = [...plan.create, ...plan.update].sort(compareOutputPaths);
    await inParallel(changed, (relative) =>
      stage(target(relative), files.get(relative)!, relative),
    );
    if (plan.interimManifest !== undefined) {
      interim = await stage(manifestPath, plan.interimManifest);
    }
    if (plan.manifestChange !== "unchanged") manifest = await stage(manifestPath, plan.manifest);
  } catch (error) {
    await discard(fs, staged, [...createdDirs, ...(options.early?.createdDirs ?? [])]);
    return fail(
      `cannot write the output in '${displayDir}' (${errorReason(error)}); ` +
        "the previous output was left unchanged",
    );
  }

  // Phase 2: commit. Renames replace files atomically one by one; the interim manifest already
  // lists every file being created, so an interruption here never orphans one.
  const pending = new Set(staged);
  try {
    if (interim !== undefined) {
      await fs.rename(interim.temp, interim.target);
      pending.delete(interim);
    }
    // In path order (staging finished in any order), so a failure is reproducible.
    const renames = staged
      .filter((entry) => entry !== interim && entry !== manifest)
      .sort((a, b) => compareOutputPaths(a.target, b.target));
    await inParallel(renames, async (entry) => {
      await fs.rename(entry.temp, entry.target);
      pending.delete(entry);
    });
    for (const relative of plan.remove) await removeFile(fs, outDir, target(relative));
    if (manifest !== undefined) {
      await fs.rename(manifest.temp, manifest.target);
      pending.delete(manifest);
    }
  } catch (error) {
    await discard(fs, [...pending], []);
    return fail(
      `writing the output in '${displayDir}' failed part-way (${errorReason(error)}); ` +
        "run mofgen again to complete it",
    );
  }
  await sweepStaleStaging(outputDirectories(outDir, files.keys()), fs);
  return { ...counts, diagnostics: [] };
}

/** Enough operations in flight to hide file-system latency without exhausting file handles. */
const IO_CONCURRENCY = 16;

/**
 * Runs `task` over `items` with bounded concurrency; rejects with the first failure once the
 * tasks already started have settled (so nothing is left running behind the caller's cleanup).
 */
async function inParallel<T>(items: readonly T[], task: (item: T) => Promise<unknown>) {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (failure === undefined && next < items.length) {
      const item = items[next++]!;
      await task(item).catch((error: unknown) => {
        failure ??= { error };
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(IO_CONCURRENCY, items.length) }, lane));
  if (failure !== undefined) throw failure.error;
}

/** Deletes a file and then any directories the deletion left empty, up to `outDir`. */
async function removeFile(fs: OutputFs, outDir: string, file: string): Promise<void> {
  try {
    await fs.unlink(file);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
  const root = path.resolve(outDir);
  for (let dir = path.dirname(path.resolve(file)); dir !== root && dir.startsWith(root); ) {
    try {
      await fs.rmdir(dir);
    } catch {
      return; // Not empty (a user's file, or other output): keep it and its parents.
    }
    dir = path.dirname(dir);
  }
}

/** Best-effort undo of staging: temp files first, then the directories made for them. */
async function discard(fs: OutputFs, staged: readonly Staged[], createdDirs: readonly string[]) {
  for (const entry of staged) await fs.unlink(entry.temp).catch(() => undefined);
  for (const dir of [...createdDirs].sort((a, b) => b.length - a.length)) {
    await fs.rmdir(dir).catch(() => undefined);
  }
}
