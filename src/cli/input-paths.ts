import fs from "node:fs";
import path from "node:path";

export type InputPaths =
  | {
      readonly ok: true;
      readonly files: readonly string[];
      readonly includeDirs: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

/**
 * Checks the paths named on the command line before any work starts, so a typo is a usage
 * error (exit 2) with the reason, and hands the input stage absolute forward-slash paths.
 */
export function resolveInputPaths(
  files: readonly string[],
  includeDirs: readonly string[],
  cwd: string,
): InputPaths {
  const resolvedFiles: string[] = [];
  for (const file of files) {
    const absolute = path.resolve(cwd, file);
    const kind = pathKind(absolute);
    if (kind !== "file") return { ok: false, message: `cannot read '${file}': ${describe(kind)}` };
    resolvedFiles.push(toForwardSlashes(absolute));
  }
  const resolvedDirs: string[] = [];
  for (const dir of includeDirs) {
    const absolute = path.resolve(cwd, dir);
    const kind = pathKind(absolute);
    if (kind !== "directory") {
      const reason = kind === "file" ? "it is a file, not a directory" : describe(kind);
      return { ok: false, message: `cannot use include directory '${dir}': ${reason}` };
    }
    resolvedDirs.push(toForwardSlashes(absolute));
  }
  return { ok: true, files: resolvedFiles, includeDirs: resolvedDirs };
}

type PathKind = "file" | "directory" | "missing" | "unreadable" | "other";

function pathKind(absolute: string): PathKind {
  try {
    const stat = fs.statSync(absolute);
    if (stat.isDirectory()) return "directory";
    if (!stat.isFile()) return "other";
    fs.accessSync(absolute, fs.constants.R_OK);
    return "file";
  } catch (error) {
    return (error as { code?: unknown }).code === "ENOENT" ? "missing" : "unreadable";
  }
}

function describe(kind: PathKind): string {
  switch (kind) {
    case "missing":
      return "no such file or directory";
    case "directory":
      return "it is a directory";
    case "unreadable":
      return "permission denied";
    default:
      return "not a regular file";
  }
}

function toForwardSlashes(p: string): string {
  return path.sep === "/" ? p : p.split(path.sep).join("/");
}
