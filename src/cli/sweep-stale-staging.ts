import path from "node:path";
import { errorCode, type OutputFs } from "./output-fs.js";

/** The name `tempPathFor` gives a staging file: `.<name>.<pid>-<n>.mofgen-tmp`. */
const STAGING_NAME = /^\..+\.(\d+)-\d+\.mofgen-tmp$/;

/** Whether a process with this id is running on this machine. */
export function processIsRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return errorCode(error) === "EPERM";
  }
}

/**
 * Deletes staging files that a killed run left behind in the output directories. They are
 * mofgen's own by their name, and only those of processes that are gone are touched: a live
 * run's staging files are about to be renamed into place, and deleting them would break its
 * commit. Best effort: a directory that cannot be listed is skipped.
 *
 * @returns how many files were deleted
 */
export async function sweepStaleStaging(
  dirs: Iterable<string>,
  fs: OutputFs,
  isRunning: (pid: number) => boolean = processIsRunning,
): Promise<number> {
  let deleted = 0;
  for (const dir of dirs) {
    const names = await fs.list(dir).catch(() => [] as readonly string[]);
    for (const name of names) {
      const pid = STAGING_NAME.exec(name)?.[1];
      if (pid === undefined || isRunning(Number(pid))) continue;
      await fs.unlink(path.join(dir, name)).then(
        () => deleted++,
        () => undefined,
      );
    }
  }
  return deleted;
}

/** The output directory and every directory below it that holds a generated file. */
export function outputDirectories(outDir: string, files: Iterable<string>): Set<string> {
  const dirs = new Set([outDir]);
  for (const relative of files) dirs.add(path.dirname(path.join(outDir, ...relative.split("/"))));
  return dirs;
}
