/**
 * Finding and reading the configuration file: the I/O half of configuration (validation is
 * src/config/resolve-config.ts). Searched upward from the working directory; in each directory
 * the first of {@link CONFIG_FILE_NAMES} that exists wins, then a package.json with a "mofgen"
 * key. The search stops at the first directory that has one.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ConfigOrigin } from "../config/resolve-config.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";

/** In order of precedence within one directory (package.json#mofgen comes last). */
export const CONFIG_FILE_NAMES = [
  "mofgen.config.mjs",
  "mofgen.config.js",
  "mofgen.config.json",
] as const;

export interface LoadedConfigFile {
  /** The value as written (validated later); absent when the file could not be read. */
  readonly raw: unknown;
  readonly origin: ConfigOrigin & { readonly file: string };
  readonly diagnostics: Diagnostic[];
}

/** The configuration file that applies in `cwd`, if any (with warnings about shadowed ones). */
export function findConfigFile(cwd: string): { file: string; shadowed: string[] } | undefined {
  for (let dir = path.resolve(cwd); ; ) {
    const present = CONFIG_FILE_NAMES.map((name) => path.join(dir, name)).filter(isFile);
    const packageJson = path.join(dir, "package.json");
    if (isFile(packageJson) && hasMofgenKey(packageJson)) present.push(packageJson);
    const [first, ...rest] = present;
    if (first !== undefined) return { file: first, shadowed: rest };
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Reads one configuration file: JSON, an ES module's default export (`.mjs`, or `.js` as the
 * nearest package.json says), or the "mofgen" key when the file is a package.json.
 */
export async function readConfigFile(
  file: string,
  cwd: string,
  shadowed: readonly string[] = [],
): Promise<LoadedConfigFile> {
  const absolute = path.resolve(cwd, file);
  const isPackageJson = path.basename(absolute) === "package.json";
  const relative = path.relative(cwd, absolute) || path.basename(absolute);
  const origin = {
    displayName: isPackageJson ? `${relative}#mofgen` : relative,
    file: absolute,
    baseDir: path.dirname(absolute),
  };
  const diagnostics = shadowed.map((other) =>
    makeDiagnostic(
      "MOF5105",
      `${path.relative(cwd, other)} is ignored: ${relative} in the same directory takes precedence`,
    ),
  );
  const failed = (reason: string): LoadedConfigFile => {
    diagnostics.push(makeDiagnostic("MOF5101", `cannot read ${relative}: ${reason}`));
    return { raw: undefined, origin, diagnostics };
  };
  let text: string;
  try {
    text = fs.readFileSync(absolute, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return failed(code === "ENOENT" ? "no such file" : errorText(error));
  }
  if (/\.(?:mjs|js|cjs)$/.test(absolute)) {
    try {
      // The query makes a changed file (under --watch) load anew instead of from the cache.
      const url = `${pathToFileURL(absolute).href}?mtime=${fs.statSync(absolute).mtimeMs}`;
      const module = (await import(url)) as { default?: unknown };
      if (module.default === undefined) return failed("it has no default export");
      return { raw: await module.default, origin, diagnostics };
    } catch (error) {
      return failed(errorText(error));
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed(`it is not valid JSON (${errorText(error)})`);
  }
  if (!isPackageJson) return { raw: json, origin, diagnostics };
  const raw = (json as { mofgen?: unknown } | null)?.mofgen;
  return raw === undefined ? failed('it has no "mofgen" key') : { raw, origin, diagnostics };
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function hasMofgenKey(packageJson: string): boolean {
  try {
    const json = JSON.parse(fs.readFileSync(packageJson, "utf8")) as unknown;
    return typeof json === "object" && json !== null && "mofgen" in json;
  } catch {
    return false;
  }
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
