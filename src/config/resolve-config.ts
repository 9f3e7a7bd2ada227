/**
 * Validates a configuration as loaded (any JSON-like value) and normalises it, once, into a
 * fully-defaulted {@link ResolvedConfig}. Pure: the caller reads the file and says where it was.
 * Every problem is a diagnostic naming the file and the key; unknown keys are errors with a
 * "did you mean" hint, because a misspelt option silently ignored is a wrong build.
 */
import path from "node:path";
import { closestMatch } from "../diagnostics/closest-match.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { EnumStyle, Int64Mode } from "../emit/emit-options.js";
import { parseLocale } from "../model/locales.js";
import { DEFAULT_NAMESPACE } from "../model/namespaces.js";
import type { ResolvedConfig, ResolvedTarget, TargetConfig } from "./config-types.js";

export interface ConfigOrigin {
  /** Shown in messages, e.g. `mofgen.config.json` or `package.json#mofgen`. */
  readonly displayName: string;
  /** The file, absolute; `undefined` for a configuration built from the command line. */
  readonly file: string | undefined;
  /** Relative paths resolve against this directory. */
  readonly baseDir: string;
}

export interface ConfigResult {
  /** Absent when there are errors. */
  readonly config: ResolvedConfig | undefined;
  readonly diagnostics: Diagnostic[];
}

const INT64_MODES: readonly Int64Mode[] = ["bigint", "string", "number"];
const ENUM_STYLES: readonly EnumStyle[] = ["const", "union"];

/** Every key of a target, in documentation order. */
export const TARGET_KEYS = [
  "name",
  "inputs",
  "include",
  "out",
  "classes",
  "namespace",
  "locale",
  "int64",
  "enumStyle",
  "importExtension",
  "header",
  "templatesDir",
  "format",
] as const satisfies readonly (keyof TargetConfig)[];

const TOP_LEVEL_KEYS: readonly string[] = [...TARGET_KEYS, "targets", "$schema"];

type Raw = Readonly<Record<string, unknown>>;

/** A configuration as loaded → the resolved one, or diagnostics naming each wrong key. */
export function resolveConfig(raw: unknown, origin: ConfigOrigin): ConfigResult {
  const diagnostics: Diagnostic[] = [];
  const where = origin.displayName;
  const fail = (code: "MOF5102" | "MOF5103" | "MOF5104", message: string) =>
    diagnostics.push(makeDiagnostic(code, `${where}: ${message}`));

  if (!isObject(raw)) {
    fail("MOF5103", `the configuration must be an object, not ${describeValue(raw)}`);
    return { config: undefined, diagnostics };
  }
  const suggestedAtTop = checkKeys(raw, TOP_LEVEL_KEYS, "", fail);
  const { targets, $schema: _schema, ...shared } = raw;
  let rawTargets: Raw[];
  let prefixes: string[];
  const suggested: Set<string>[] = [];
  if (targets === undefined) {
    rawTargets = [shared];
    prefixes = [""];
    suggested.push(suggestedAtTop);
  } else if (!Array.isArray(targets) || targets.length === 0) {
    fail(
      "MOF5103",
      `'targets' must be a non-empty array of targets, not ${describeValue(targets)}`,
    );
    return { config: undefined, diagnostics };
  } else {
    rawTargets = [];
    prefixes = [];
    targets.forEach((t: unknown, i) => {
      const prefix = `targets[${i}].`;
      if (!isObject(t)) {
        fail("MOF5103", `'targets[${i}]' must be an object, not ${describeValue(t)}`);
        return;
      }
      suggested.push(new Set([...suggestedAtTop, ...checkKeys(t, TARGET_KEYS, prefix, fail)]));
      rawTargets.push({ ...shared, ...t });
      prefixes.push(prefix);
    });
  }
  const resolved = rawTargets.map((t, i) =>
    resolveTarget(t, prefixes[i] ?? "", origin, fail, suggested[i] ?? new Set()),
  );
  if (diagnostics.some((d) => d.severity === "error")) return { config: undefined, diagnostics };
  return {
    config: { file: origin.file, targets: resolved },
    diagnostics,
  };
}

type Fail = (code: "MOF5102" | "MOF5103" | "MOF5104", message: string) => void;

/** Reports unknown keys; returns the keys suggested instead (their absence is no news then). */
function checkKeys(raw: Raw, known: readonly string[], prefix: string, fail: Fail): Set<string> {
  const suggested = new Set<string>();
  for (const key of Object.keys(raw)) {
    if (known.includes(key)) continue;
    const suggestion = closestMatch(key, known);
    if (suggestion !== undefined) suggested.add(suggestion);
    const hint = suggestion === undefined ? "" : `; did you mean '${prefix}${suggestion}'?`;
    fail("MOF5102", `unknown key '${prefix}${key}'${hint}`);
  }
  return suggested;
}

function resolveTarget(
  raw: Raw,
  prefix: string,
  origin: ConfigOrigin,
  fail: Fail,
  misspelt: ReadonlySet<string>,
): ResolvedTarget {
  const read = createReader(raw, prefix, fail);
  const toPath = (p: string) => toForwardSlashes(path.resolve(origin.baseDir, p));
  const inputs = read.stringList("inputs", true);
  const out = read.string("out");
  if (inputs === undefined) {
    if (raw.inputs === undefined && !misspelt.has("inputs"))
      fail("MOF5104", `'${prefix}inputs' is required: the MOF files`);
  } else if (inputs.length === 0) fail("MOF5103", `'${prefix}inputs' must name at least one file`);
  if (raw.out === undefined && !misspelt.has("out")) {
    fail("MOF5104", `'${prefix}out' is required: the output directory`);
  }
  const classes = read.stringList("classes", false);
  if (classes?.length === 0) {
    fail("MOF5103", `'${prefix}classes' must name at least one class; omit it for every class`);
  }
  const locale = read.string("locale");
  if (locale !== undefined && parseLocale(locale) === undefined) {
    fail(
      "MOF5103",
      `'${prefix}locale' is not a locale mofgen knows: '${locale}' (use 0x409, 1033, ms_409 or en-US)`,
    );
  }
  const templatesDir = read.string("templatesDir");
  const resolved = {
    inputs: (inputs ?? []).map(toPath),
    include: (read.stringList("include", false) ?? []).map(toPath),
    out: out === undefined ? "" : toPath(out),
    classes,
    namespace: read.string("namespace") ?? DEFAULT_NAMESPACE,
    locale,
    int64: read.choice("int64", INT64_MODES) ?? "bigint",
    enumStyle: read.choice("enumStyle", ENUM_STYLES) ?? "const",
    importExtension: read.string("importExtension") ?? ".js",
    header: read.string("header") ?? "",
    templatesDir: templatesDir === undefined ? undefined : toPath(templatesDir),
    format: read.boolean("format") ?? true,
  };
  return { name: read.string("name") ?? out ?? "", ...resolved };
}

function createReader(raw: Raw, prefix: string, fail: Fail) {
  const wrong = (key: string, expected: string, hint = "") =>
    fail("MOF5103", `'${prefix}${key}' must be ${expected}, not ${describeValue(raw[key])}${hint}`);
  return {
    string(key: string): string | undefined {
      const value = raw[key];
      if (value === undefined || typeof value === "string") return value;
      wrong(key, "a string");
      return undefined;
    },
    boolean(key: string): boolean | undefined {
      const value = raw[key];
      if (value === undefined || typeof value === "boolean") return value;
      wrong(key, "true or false");
      return undefined;
    },
    /** A list of strings; with `single`, one string stands for a list of one. */
    stringList(key: string, single: boolean): string[] | undefined {
      const value = raw[key];
      if (value === undefined) return undefined;
      if (single && typeof value === "string") return [value];
      if (Array.isArray(value) && value.every((v) => typeof v === "string")) return [...value];
      wrong(key, single ? "a string or an array of strings" : "an array of strings");
      return undefined;
    },
    choice<T extends string>(key: string, allowed: readonly T[]): T | undefined {
      const value = raw[key];
      if (value === undefined) return undefined;
      if ((allowed as readonly unknown[]).includes(value)) return value as T;
      const suggestion =
        typeof value === "string" ? closestMatch(value, allowed as readonly string[]) : undefined;
      const hint = suggestion === undefined ? "" : `; did you mean "${suggestion}"?`;
      wrong(key, `one of ${allowed.map((a) => `"${a}"`).join(", ")}`, hint);
      return undefined;
    },
  };
}

function isObject(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object") return "an object";
  return typeof value === "number" || typeof value === "boolean" ? String(value) : typeof value;
}

function toForwardSlashes(p: string): string {
  return path.sep === "/" ? p : p.split(path.sep).join("/");
}
