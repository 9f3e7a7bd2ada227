/**
 * Which targets a command works on, from its flags and the configuration file: shared by
 * `generate`, `validate` and `inspect`, so all three read the same configuration the same way.
 * Flags override the configuration; `--target` selects targets by name; with several targets
 * selected, the flags that name one target's files (inputs, --out, -I, --classes) are a usage
 * error, since it would be unclear which target they replace.
 */
import path from "node:path";
import { TARGET_KEY_SPECS } from "../config/config-keys.js";
import type { ResolvedTarget, TargetConfig } from "../config/config-types.js";
import { type ConfigOrigin, resolveConfig } from "../config/resolve-config.js";
import { closestMatch } from "../diagnostics/closest-match.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ResolveOptions } from "../model/resolve-schema.js";
import type { OptionDef, OptionValues } from "./args.js";
import type { UsageError } from "./command.js";
import { CONFIG_FILE_NAMES, findConfigFile, readConfigFile } from "./find-config.js";
import { resolveInputPaths } from "./input-paths.js";

/** Options of every command that reads the configuration. */
export const configOptions: readonly OptionDef[] = [
  {
    name: "config",
    short: "c",
    type: "string",
    valueName: "file",
    description: "read this configuration file instead of searching for one",
  },
  {
    name: "target",
    short: "t",
    type: "string",
    multiple: true,
    valueName: "name",
    description: "only the configuration's target of this name (repeatable)",
  },
];

export interface TargetPlan {
  /** The targets to work on, in configuration order, the flags applied. */
  readonly targets: readonly ResolvedTarget[];
  /** The configuration has several targets, so messages name the target they are about. */
  readonly labelled: boolean;
  /** The configuration file used, absolute (watched under --watch). */
  readonly configFile: string | undefined;
  /** The configuration file as messages name it. */
  readonly configName: string | undefined;
  /** Problems with the configuration; with an error, `targets` is empty (exit 2). */
  readonly diagnostics: readonly Diagnostic[];
}

export interface PlanCommand {
  readonly name: string;
  /** Without a configuration file the command needs `--out` (generate). */
  readonly needsOut: boolean;
}

/** One target's MOF inputs, checked to be readable, and how to resolve them. */
export interface TargetInputs {
  readonly files: readonly string[];
  readonly includeDirs: readonly string[];
  readonly resolve: ResolveOptions;
}

/** Flags naming one target's files: meaningless when the configuration has several. */
const TARGET_ONLY_KEYS = ["inputs", "out", "include", "classes"] as const;

/** Reads the configuration (from --config, or found upward from `cwd`) and merges the flags in. */
export async function planTargets(
  values: OptionValues,
  positionals: readonly string[],
  cwd: string,
  command: PlanCommand,
): Promise<TargetPlan | UsageError> {
  const flags = readFlagTarget(values, positionals, cwd);
  if ("usageError" in flags) return flags;
  const names = Array.isArray(values.target) ? values.target.map(String) : [];
  const explicit = values.config;
  const found =
    typeof explicit === "string" ? { file: explicit, shadowed: [] } : findConfigFile(cwd);
  if (found === undefined) {
    if (names.length > 0) {
      return {
        usageError: `--target selects targets of a configuration file, and there is none (${configFileNames})`,
      };
    }
    return planFromFlags(flags, cwd, command);
  }
  const loaded = await readConfigFile(found.file, cwd, found.shadowed);
  const configFile = loaded.origin.file;
  const configName = loaded.origin.displayName;
  const failed = (diagnostics: readonly Diagnostic[]): TargetPlan => ({
    targets: [],
    labelled: false,
    configFile,
    configName,
    diagnostics,
  });
  if (loaded.raw === undefined) return failed(loaded.diagnostics);
  const resolved = resolveConfig(loaded.raw, loaded.origin, { overrides: flags });
  const diagnostics = [...loaded.diagnostics, ...resolved.diagnostics];
  if (resolved.config === undefined) return failed(diagnostics);
  const all = resolved.config.targets;
  const targets = selectTargets(all, names, configName);
  if ("usageError" in targets) return targets;
  const given = TARGET_ONLY_KEYS.filter((key) => flags[key] !== undefined);
  if (given.length > 0 && targets.length > 1) {
    const which =
      names.length > 0
        ? `--target selects ${targets.length} targets`
        : `${configName} defines ${targets.length} targets`;
    return {
      usageError:
        `${which}, so input files, --out, -I and --classes cannot say which one they replace; ` +
        `select one with --target <name> (${targetNames(targets)})`,
    };
  }
  return { targets, labelled: all.length > 1, configFile, configName, diagnostics };
}

/** The inputs of a target, relative paths checked as the user wrote them. */
export function targetInputs(target: ResolvedTarget, cwd: string): TargetInputs | UsageError {
  const relative = (p: string) => path.relative(cwd, p) || ".";
  const paths = resolveInputPaths(target.inputs.map(relative), target.include.map(relative), cwd);
  if (!paths.ok) return { usageError: paths.message };
  return {
    files: paths.files,
    includeDirs: paths.includeDirs,
    resolve: {
      defaultNamespace: target.namespace,
      ...(target.locale === undefined ? {} : { locale: target.locale }),
    },
  };
}

const configFileNames = `${CONFIG_FILE_NAMES.join(", ")} or a "mofgen" key in package.json`;

/** The plan from the command line alone, ignoring any configuration file. */
export function planCommandLine(
  values: OptionValues,
  positionals: readonly string[],
  cwd: string,
  command: PlanCommand,
): TargetPlan | UsageError {
  const flags = readFlagTarget(values, positionals, cwd);
  return "usageError" in flags ? flags : planFromFlags(flags, cwd, command);
}

/** No configuration file: the command line is the one target. */
function planFromFlags(
  flags: TargetConfig,
  cwd: string,
  command: PlanCommand,
): TargetPlan | UsageError {
  if (flags.inputs === undefined) {
    return {
      usageError: `${command.name} needs at least one MOF file, or a configuration file (${configFileNames})`,
    };
  }
  if (command.needsOut && flags.out === undefined) {
    return { usageError: `${command.name} needs an output directory: --out <dir>` };
  }
  const origin: ConfigOrigin = { displayName: "command line", file: undefined, baseDir: cwd };
  const resolved = resolveConfig(flags, origin, { optional: ["out"] });
  if (resolved.config === undefined) {
    return { usageError: resolved.diagnostics.map((d) => d.message).join("; ") };
  }
  return {
    targets: resolved.config.targets,
    labelled: false,
    configFile: undefined,
    configName: undefined,
    diagnostics: [],
  };
}

/** The targets `--target` names (all without it), in configuration order. */
function selectTargets(
  all: readonly ResolvedTarget[],
  names: readonly string[],
  configName: string,
): readonly ResolvedTarget[] | UsageError {
  if (names.length === 0) return all;
  const known = all.map((t) => t.name);
  for (const name of names) {
    if (known.includes(name)) continue;
    const suggestion = closestMatch(name, known);
    const hint = suggestion === undefined ? "" : `; did you mean '${suggestion}'?`;
    return {
      usageError: `unknown target '${name}'${hint} (${configName} has ${targetNames(all)})`,
    };
  }
  return all.filter((t) => names.includes(t.name));
}

function targetNames(targets: readonly ResolvedTarget[]): string {
  return targets.map((t) => t.name).join(", ");
}

/** The flags as configuration keys, paths made absolute (so any base directory keeps them). */
function readFlagTarget(
  values: OptionValues,
  positionals: readonly string[],
  cwd: string,
): TargetConfig | UsageError {
  const int64 = choice(values.int64, "int64", TARGET_KEY_SPECS.int64.values);
  if (typeof int64 === "object") return int64;
  const enumStyle = choice(values["enum-style"], "enum-style", TARGET_KEY_SPECS.enumStyle.values);
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
