/**
 * What `mofgen generate` should do, from its flags and the configuration file: one
 * {@link GenerateRequest} per target. Flags override the configuration; with several targets,
 * the flags that name one target's files (inputs, --out, -I, --classes) are a usage error,
 * since it would be unclear which target they replace.
 */
import fs from "node:fs";
import path from "node:path";
import type { ResolvedTarget, TargetConfig } from "../config/config-types.js";
import { type ConfigOrigin, resolveConfig } from "../config/resolve-config.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { EmitOptions, EnumStyle, Int64Mode } from "../emit/emit-options.js";
import type { ResolveOptions } from "../model/resolve-schema.js";
import type { OptionValues } from "./args.js";
import type { UsageError } from "./command.js";
import { type CommonOptions, readCommonOptions } from "./common-options.js";
import { CONFIG_FILE_NAMES, findConfigFile, readConfigFile } from "./find-config.js";
import { resolveInputPaths } from "./input-paths.js";

const int64Modes: readonly Int64Mode[] = ["bigint", "string", "number"];
const enumStyles: readonly EnumStyle[] = ["const", "union"];

/** Everything `mofgen generate` was asked to do for one target, paths resolved, options validated. */
export interface GenerateRequest {
  /** The target's name when the configuration has several (prefixes its messages). */
  readonly label: string | undefined;
  readonly files: readonly string[];
  readonly includeDirs: readonly string[];
  /** Absolute output directory, and as shown in messages (relative to the working directory). */
  readonly outDir: string;
  readonly displayOutDir: string;
  readonly check: boolean;
  readonly force: boolean;
  readonly resolve: ResolveOptions;
  /** Class names or globs to generate (with their dependencies); `undefined`: every class. */
  readonly classes: readonly string[] | undefined;
  /** Absolute directory of template overrides. */
  readonly templatesDir: string | undefined;
  readonly emit: Partial<Omit<EmitOptions, "runtimeSources" | "sourceNames">>;
  readonly common: CommonOptions;
}

export interface GeneratePlan {
  readonly requests: readonly GenerateRequest[];
  /** The configuration file used, absolute (watched under --watch). */
  readonly configFile: string | undefined;
  /** Problems with the configuration; with an error, `requests` is empty (exit 2). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Flags naming one target's files: meaningless when the configuration has several. */
const TARGET_ONLY_KEYS = ["inputs", "out", "include", "classes"] as const;

/** Reads the configuration (from --config, or found upward from `cwd`) and merges the flags in. */
export async function planGenerate(
  values: OptionValues,
  positionals: readonly string[],
  cwd: string,
): Promise<GeneratePlan | UsageError> {
  const flags = readFlagTarget(values, positionals, cwd);
  if ("usageError" in flags) return flags;
  const explicit = values.config;
  const found =
    typeof explicit === "string" ? { file: explicit, shadowed: [] } : findConfigFile(cwd);
  if (found === undefined) {
    const request = readGenerateRequest(values, positionals, cwd);
    return "usageError" in request
      ? request
      : { requests: [request], configFile: undefined, diagnostics: [] };
  }
  const loaded = await readConfigFile(found.file, cwd, found.shadowed);
  const configFile = loaded.origin.file;
  if (loaded.raw === undefined)
    return { requests: [], configFile, diagnostics: loaded.diagnostics };
  const raw = loaded.raw as { targets?: unknown } & Record<string, unknown>;
  let merged: unknown = raw;
  if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
    if (Array.isArray(raw.targets)) {
      const given = TARGET_ONLY_KEYS.filter((key) => flags[key] !== undefined);
      if (given.length > 0 && raw.targets.length > 1) {
        return {
          usageError:
            `${loaded.origin.displayName} defines ${raw.targets.length} targets, so input files, ` +
            "--out, -I and --classes cannot say which one they replace; edit the configuration, " +
            "or name a one-target configuration with --config",
        };
      }
      merged = {
        ...raw,
        targets: raw.targets.map((t: unknown) =>
          typeof t === "object" && t !== null ? { ...t, ...flags } : t,
        ),
      };
    } else {
      merged = { ...raw, ...flags };
    }
  }
  const resolved = resolveConfig(merged, loaded.origin);
  const diagnostics = [...loaded.diagnostics, ...resolved.diagnostics];
  if (resolved.config === undefined) return { requests: [], configFile, diagnostics };
  const several = resolved.config.targets.length > 1;
  const requests: GenerateRequest[] = [];
  for (const target of resolved.config.targets) {
    const request = targetRequest(target, several ? target.name : undefined, values, cwd);
    if ("usageError" in request) return request;
    requests.push(request);
  }
  return { requests, configFile, diagnostics };
}

/**
 * The request from the command line alone (no configuration file). Shared with the golden
 * tests, which drive each fixture case through exactly the flags `npm run generate` uses.
 */
export function readGenerateRequest(
  values: OptionValues,
  positionals: readonly string[],
  cwd: string,
): GenerateRequest | UsageError {
  if (positionals.length === 0) {
    return {
      usageError: `generate needs at least one MOF file, or a configuration file (${CONFIG_FILE_NAMES.join(", ")} or a "mofgen" key in package.json)`,
    };
  }
  const out = values.out;
  if (typeof out !== "string" || out === "") {
    return { usageError: "generate needs an output directory: --out <dir>" };
  }
  const flags = readFlagTarget(values, positionals, cwd);
  if ("usageError" in flags) return flags;
  const origin: ConfigOrigin = { displayName: "command line", file: undefined, baseDir: cwd };
  const resolved = resolveConfig(flags, origin);
  const target = resolved.config?.targets[0];
  if (target === undefined) {
    return { usageError: resolved.diagnostics.map((d) => d.message).join("; ") };
  }
  return targetRequest(target, undefined, values, cwd);
}

/** The flags as configuration keys, paths made absolute (so any base directory keeps them). */
function readFlagTarget(
  values: OptionValues,
  positionals: readonly string[],
  cwd: string,
): TargetConfig | UsageError {
  const int64 = choice(values.int64, "int64", int64Modes);
  if (typeof int64 === "object") return int64;
  const enumStyle = choice(values["enum-style"], "enum-style", enumStyles);
  if (typeof enumStyle === "object") return enumStyle;
  const absolute = (p: string) => path.resolve(cwd, p);
  const strings = (key: string) => {
    const value = values[key];
    return Array.isArray(value) ? value.map(String) : undefined;
  };
  const text = (key: string) => {
    const value = values[key];
    return typeof value === "string" ? value : undefined;
  };
  const include = strings("include");
  const out = text("out");
  const templatesDir = text("templates-dir");
  const entries: [keyof TargetConfig, unknown][] = [
    ["inputs", positionals.length === 0 ? undefined : positionals.map(absolute)],
    ["include", include?.map(absolute)],
    ["out", out === undefined || out === "" ? undefined : absolute(out)],
    ["classes", strings("classes")],
    ["namespace", text("namespace")],
    ["locale", text("locale")],
    ["int64", int64],
    ["enumStyle", enumStyle],
    ["importExtension", text("import-extension")],
    ["header", text("header")],
    ["templatesDir", templatesDir === undefined ? undefined : absolute(templatesDir)],
    ["format", values["no-format"] === true ? false : undefined],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined)) as TargetConfig;
}

function targetRequest(
  target: ResolvedTarget,
  label: string | undefined,
  values: OptionValues,
  cwd: string,
): GenerateRequest | UsageError {
  // Relative again, so a path that cannot be read is named as the user wrote it.
  const relative = (p: string) => path.relative(cwd, p) || ".";
  const paths = resolveInputPaths(target.inputs.map(relative), target.include.map(relative), cwd);
  if (!paths.ok) return { usageError: paths.message };
  if (target.templatesDir !== undefined && !isDirectory(target.templatesDir)) {
    return {
      usageError: `cannot use templates directory '${path.relative(cwd, target.templatesDir)}': no such directory`,
    };
  }
  return {
    label,
    files: paths.files,
    includeDirs: paths.includeDirs,
    outDir: target.out,
    displayOutDir: path.relative(cwd, target.out).split(path.sep).join("/") || ".",
    check: values.check === true,
    force: values.force === true,
    resolve: {
      defaultNamespace: target.namespace,
      ...(target.locale === undefined ? {} : { locale: target.locale }),
    },
    classes: target.classes,
    templatesDir: target.templatesDir,
    emit: {
      int64: target.int64,
      enumStyle: target.enumStyle,
      importExtension: target.importExtension,
      header: target.header,
      format: target.format,
    },
    common: readCommonOptions(values),
  };
}

function choice<T extends string>(
  value: unknown,
  option: string,
  allowed: readonly T[],
): T | undefined | UsageError {
  if (value === undefined) return undefined;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value))
    return value as T;
  return {
    usageError: `option '--${option}' must be one of ${allowed.join(", ")}, not '${String(value)}'`,
  };
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
