/**
 * What a `generate` run's output depends on besides its source files, as one hash: if it and
 * every source read are unchanged, so is the output. It covers the request (options, paths,
 * class selection, template overrides), mofgen itself (its version and the code, templates and
 * runtime it runs with) and the versions of the libraries that shape the output.
 *
 * Paths are made relative to the output directory, so a checkout moved elsewhere (or another
 * machine) still matches.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { packageRoot, readTree } from "../emit/package-assets.js";
import { PRETTIER_OPTIONS, PRETTIER_PLUGINS } from "../emit/prettier-options.js";
import { contentHash } from "../output/content-hash.js";
import { readVersion } from "./version.js";

/** The request fields that do not change what is generated (where and how it is reported). */
const NOT_OUTPUT: ReadonlySet<string> = new Set([
  "label",
  "outDir",
  "displayOutDir",
  "check",
  "force",
  "common",
  "onProgress",
]);

/** Request fields holding absolute paths, stored relative to the output directory. */
const PATH_FIELDS: ReadonlySet<string> = new Set(["files", "includeDirs", "templatesDir"]);

/**
 * @param request - a generate request; every field not known to be output-neutral counts, so a
 *   new option is covered without touching this module
 */
export function runFingerprint(request: object, outDir: string): string {
  const relative = (file: string) => path.relative(outDir, file).split(path.sep).join("/");
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) {
    if (NOT_OUTPUT.has(key) || value === undefined) continue;
    settings[key] = PATH_FIELDS.has(key) ? mapPaths(value, relative) : value;
  }
  const templatesDir = (request as { templatesDir?: unknown }).templatesDir;
  const overrides =
    typeof templatesDir === "string" && fs.existsSync(templatesDir)
      ? treeHash(templatesDir, [".hbs"])
      : null;
  return contentHash(
    stableJson({ settings, overrides, generator: generatorIdentity(), formatter: formatterId() }),
  );
}

/** Prettier's version and settings: formatted files can be reused exactly while this matches. */
export function formatterId(): string {
  return contentHash(
    stableJson({
      prettier: dependencyVersion("prettier"),
      options: PRETTIER_OPTIONS,
      plugins: PRETTIER_PLUGINS,
    }),
  );
}

let generator: string | undefined;

/**
 * mofgen's version plus a hash of the code, templates and runtime it is running with: a
 * development build changes its code without changing its version, and must not be taken for
 * the build that wrote the manifest.
 */
function generatorIdentity(): string {
  if (generator !== undefined) return generator;
  const root = packageRoot();
  const here = fileURLToPath(import.meta.url);
  // The build (dist/: the bundled command or the tsc output) or the TypeScript sources (src/),
  // as the tests run them.
  const fromDist = path.relative(path.join(root, "dist"), here);
  const built = !fromDist.startsWith("..") && !path.isAbsolute(fromDist);
  const code = built
    ? [treeHash(path.join(root, "dist"), [".js"])]
    : [treeHash(path.join(root, "src"), [".ts"]), treeHash(path.join(root, "grammar"), [".ts"])];
  generator = contentHash(
    stableJson({
      mofgen: readVersion(),
      code,
      templates: treeHash(path.join(root, "templates"), [".hbs"]),
      runtime: treeHash(path.join(root, "src", "runtime"), [".ts"]),
      handlebars: dependencyVersion("handlebars"),
      chevrotain: dependencyVersion("chevrotain"),
    }),
  );
  return generator;
}

function treeHash(dir: string, extensions: readonly string[]): string {
  return contentHash(stableJson(readTree(dir, extensions)));
}

function dependencyVersion(name: string): string {
  const require = createRequire(import.meta.url);
  try {
    const file = require.resolve(`${name}/package.json`);
    return (JSON.parse(fs.readFileSync(file, "utf8")) as { version?: string }).version ?? "";
  } catch {
    // Not every package exports its package.json; its entry point's file still identifies it.
    return contentHash(fs.readFileSync(require.resolve(name)));
  }
}

function mapPaths(value: unknown, relative: (file: string) => string): unknown {
  if (typeof value === "string") return relative(value);
  if (Array.isArray(value)) return value.map((v) => mapPaths(v, relative));
  return value;
}

/** JSON with object keys sorted and Maps and Sets as sorted entry lists: equal data, equal text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return [...v].sort(([a], [b]) => (String(a) < String(b) ? -1 : 1));
    if (v instanceof Set) return [...v].map(String).sort();
    if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}
