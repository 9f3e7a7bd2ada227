import path from "node:path";
import { MANIFEST_FILE } from "../output/manifest.js";
import { unsafeOutputPathReason } from "../output/output-path.js";
import type { OutputFs } from "./output-fs.js";

/**
 * Staging of new output files while the rest is still being formatted. Creating a file is the
 * expensive part of writing on many file systems (about 0.75 ms each on an ext4 virtual disk,
 * over a second for the CIM 2.49 output), and once formatting is over nothing else is left to
 * overlap with it. The writer still decides everything: it takes a staged file only when its
 * plan creates that path with exactly the staged content, so early staging never changes what
 * is written, only when the temporary file came to be. Nothing is renamed into place here.
 */
export interface EarlyStaging {
  /**
   * Stages `content` for the relative path `file` in the background if nothing exists there yet
   * (existing files are left to the writer, which may find them unchanged). Best effort: a
   * failure only means the writer stages the file itself.
   */
  offer(file: string, content: string): void;
  /**
   * Waits for staging in flight and hands the temporary file of `file` to the caller (who then
   * renames or deletes it), if exactly `content` was staged for it.
   */
  take(file: string, content: string): Promise<string | undefined>;
  /** Directories that staging created (the writer removes them if it gives up). */
  readonly createdDirs: readonly string[];
  /** Deletes the temporary files not taken, and created directories left empty. */
  discard(): Promise<void>;
}

/** Staging requests in flight: enough to keep the file system busy, not the main thread. */
const STAGING_CONCURRENCY = 4;

/** Where a file is staged: beside its target, so the final rename stays on one file system. */
export type TempPathFor = (target: string) => string;

export function createEarlyStaging(
  outDir: string,
  fs: OutputFs,
  tempPathFor: TempPathFor,
): EarlyStaging {
  const staged = new Map<string, { readonly temp: string; readonly content: string }>();
  const createdDirs: string[] = [];
  const madeDirs = new Map<string, Promise<void>>();
  const waiting: (() => Promise<void>)[] = [];
  let running = 0;
  let failed = false;
  let idle: Promise<void> = Promise.resolve();
  let markIdle = () => {};

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

  const stage = async (file: string, content: string) => {
    // The writer refuses such paths; staging must not write there first.
    if (file === MANIFEST_FILE || unsafeOutputPathReason(file) !== undefined) return;
    const target = path.join(outDir, ...file.split("/"));
    if ((await fs.kind(target)) !== undefined) return;
    await makeDir(path.dirname(target));
    const temp = tempPathFor(target);
    // Recorded before writing, so that a write failing half-way is still deleted.
    staged.set(file, { temp, content });
    await fs.writeFile(temp, content);
  };

  const pump = () => {
    while (running < STAGING_CONCURRENCY && waiting.length > 0) {
      const task = waiting.shift()!;
      running++;
      void task()
        .catch(() => {
          // The writer stages whatever is missing; nothing more is staged early after a failure.
          failed = true;
        })
        .finally(() => {
          running--;
          pump();
        });
    }
    if (running === 0 && waiting.length === 0) markIdle();
  };

  const settled = () => (running === 0 && waiting.length === 0 ? Promise.resolve() : idle);

  return {
    offer(file, content) {
      if (failed) return;
      if (running === 0 && waiting.length === 0)
        idle = new Promise((resolve) => (markIdle = resolve));
      waiting.push(() => (failed ? Promise.resolve() : stage(file, content)));
      pump();
    },
    async take(file, content) {
      await settled();
      const entry = staged.get(file);
      if (failed || entry === undefined || entry.content !== content) return undefined;
      staged.delete(file);
      return entry.temp;
    },
    createdDirs,
    async discard() {
      await settled();
      for (const { temp } of staged.values()) await fs.unlink(temp).catch(() => undefined);
      staged.clear();
      for (const dir of [...createdDirs].sort((a, b) => b.length - a.length)) {
        await fs.rmdir(dir).catch(() => undefined);
      }
    },
  };
}

/**
 * The directories a recursive mkdir of `dir` created, given the topmost one it reports: `dir`
 * itself and each parent up to that one.
 */
export function createdChain(dir: string, topmost: string): string[] {
  const chain: string[] = [];
  const top = path.resolve(topmost);
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    chain.push(current);
    if (current === top || current === path.dirname(current)) return chain;
  }
}
