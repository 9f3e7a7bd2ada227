/**
 * Output paths are relative, forward-slash paths inside the output directory. The emitter
 * produces them and the manifest stores them; both are checked here before anything touches
 * the file system, because a manifest is a file users (or a bad merge) can edit, and a path
 * like `../x` listed there must never make mofgen delete something outside its directory.
 */

const WINDOWS_DRIVE = /^[A-Za-z]:/;

/** Why `path` is not a safe output path, or `undefined` when it is. */
export function unsafeOutputPathReason(path: string): string | undefined {
  if (path.length === 0) return "the path is empty";
  if (path.includes("\\")) return "it contains a backslash (output paths use '/')";
  if (path.includes("\0")) return "it contains a NUL character";
  if (path.startsWith("/") || WINDOWS_DRIVE.test(path)) return "it is absolute";
  for (const segment of path.split("/")) {
    if (segment === "") return "it has an empty path segment";
    if (segment === "." || segment === "..") return `it contains a '${segment}' segment`;
  }
  return undefined;
}

/**
 * Orders paths by UTF-16 code units, never by locale, so manifests and listings are identical
 * on every machine.
 */
export function compareOutputPaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
