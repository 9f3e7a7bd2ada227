import fs from "node:fs/promises";

/**
 * The file-system calls the output writer makes. Production code passes {@link nodeOutputFs};
 * tests pass a wrapper that fails at a chosen step, to prove a failed run leaves the previous
 * output intact.
 */
export interface OutputFs {
  /** UTF-8 text of a file; rejects with the Node error code (ENOENT, EISDIR, ...). */
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Recursive mkdir; resolves to the first directory it created, if any. */
  mkdirp(path: string): Promise<string | undefined>;
  /** Removes an empty directory; rejects (ENOTEMPTY, ...) otherwise. */
  rmdir(path: string): Promise<void>;
  /** `undefined` when nothing exists at `path`. */
  kind(path: string): Promise<"file" | "directory" | "other" | undefined>;
  /** Names of the entries of a directory; empty when it does not exist. */
  list(path: string): Promise<readonly string[]>;
}

export const nodeOutputFs: OutputFs = {
  readFile: (path) => fs.readFile(path, "utf8"),
  writeFile: (path, data) => fs.writeFile(path, data, "utf8"),
  rename: (from, to) => fs.rename(from, to),
  unlink: (path) => fs.unlink(path),
  mkdirp: (path) => fs.mkdir(path, { recursive: true }),
  rmdir: (path) => fs.rmdir(path),
  list: async (path) => {
    try {
      return await fs.readdir(path);
    } catch (error) {
      if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return [];
      throw error;
    }
  },
  kind: async (path) => {
    try {
      const stats = await fs.lstat(path);
      return stats.isFile() ? "file" : stats.isDirectory() ? "directory" : "other";
    } catch (error) {
      if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return undefined;
      throw error;
    }
  },
};

/** The Node error code of a rejected fs call (`ENOENT`, ...), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const { code } = error as { code: unknown };
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

/** A short reason for a failed fs call, for diagnostics. */
export function errorReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
