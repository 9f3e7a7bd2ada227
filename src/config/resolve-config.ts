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
import { parseLocale } from "../model/locales.js";
import {
  type KeySpec,
  TARGET_KEY_SPECS,
  TARGET_KEYS,
  type TargetKey,
  TOP_LEVEL_ONLY_KEYS,
} from "./config-keys.js";
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

export interface ResolveConfigOptions {
  /**
   * Keys that replace every target's (the command line's options). Target names are taken
   * before they apply, so `--out` does not rename the target `--target` selects.
   */
  readonly overrides?: TargetConfig;
  /** Required keys that may be missing this time (`validate` from the command line: `out`). */
  readonly optional?: readonly TargetKey[];
}

const TOP_LEVEL_KEYS: readonly string[] = [...TARGET_KEYS, ...Object.keys(TOP_LEVEL_ONLY_KEYS)];

type Raw = Readonly<Record<string, unknown>>;

/** A configuration as loaded → the resolved one, or diagnostics naming each wrong key. */
export function resolveConfig(
  raw: unknown,
  origin: ConfigOrigin,
  options: ResolveConfigOptions = {},
): ConfigResult {
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
  const optional = new Set<string>(options.optional ?? []);
  const resolved = rawTargets.map((t, i) =>
    resolveTarget({ ...t, ...options.overrides }, prefixes[i] ?? "", origin, fail, {
      excused: new Set([...(suggested[i] ?? []), ...optional]),
      writtenOut: typeof t.out === "string" ? t.out : undefined,
    }),
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

/** One target's keys, checked against {@link TARGET_KEY_SPECS}, defaults applied. */
function resolveTarget(
  raw: Raw,
  prefix: string,
  origin: ConfigOrigin,
  fail: Fail,
  context: {
    /** Required keys whose absence is not reported (misspelt, or not needed). */
    readonly excused: ReadonlySet<string>;
    /** `out` as the configuration has it, before overrides: the default name. */
    readonly writtenOut: string | undefined;
  },
): ResolvedTarget {
  const { excused } = context;
  const { read } = createReader(raw, prefix, fail);
  for (const key of TARGET_KEYS) {
    const spec: KeySpec = TARGET_KEY_SPECS[key];
    if (spec.required !== undefined && raw[key] === undefined && !excused.has(key)) {
      fail("MOF5104", `'${prefix}${key}' is required: ${spec.required}`);
    }
  }
  const toPath = (p: string) => toForwardSlashes(path.resolve(origin.baseDir, p));
  const locale = read("locale");
  if (locale !== undefined && parseLocale(locale) === undefined) {
    fail(
      "MOF5103",
      `'${prefix}locale' is not a locale mofgen knows: '${locale}' (use 0x409, 1033, ms_409 or en-US)`,
    );
  }
  const out = read("out");
  const templatesDir = read("templatesDir");
  return {
    name: read("name") ?? context.writtenOut ?? "",
    inputs: (read("inputs") ?? []).map(toPath),
    include: (read("include") ?? []).map(toPath),
    out: out === undefined ? "" : toPath(out),
    classes: read("classes"),
    namespace: read("namespace") ?? TARGET_KEY_SPECS.namespace.default,
    locale,
    int64: read("int64") ?? TARGET_KEY_SPECS.int64.default,
    enumStyle: read("enumStyle") ?? TARGET_KEY_SPECS.enumStyle.default,
    importExtension: read("importExtension") ?? TARGET_KEY_SPECS.importExtension.default,
    header: read("header") ?? TARGET_KEY_SPECS.header.default,
    templatesDir: templatesDir === undefined ? undefined : toPath(templatesDir),
    format: read("format") ?? TARGET_KEY_SPECS.format.default,
  };
}

/** The type a key's value has once checked. */
type KeyValue<S> = S extends { readonly kind: "string" }
  ? string
  : S extends { readonly kind: "boolean" }
    ? boolean
    : S extends { readonly kind: "strings" }
      ? string[]
      : S extends { readonly kind: "choice"; readonly values: readonly (infer V)[] }
        ? V
        : never;

function createReader(raw: Raw, prefix: string, fail: Fail) {
  const wrong = (key: string, expected: string, hint = "") =>
    fail("MOF5103", `'${prefix}${key}' must be ${expected}, not ${describeValue(raw[key])}${hint}`);
  /** The value of `key` if it has the kind its spec says; otherwise reports it. */
  function check(key: TargetKey): unknown {
    const value = raw[key];
    if (value === undefined) return undefined;
    const spec: KeySpec = TARGET_KEY_SPECS[key];
    switch (spec.kind) {
      case "string":
        if (typeof value === "string") return value;
        wrong(key, "a string");
        return undefined;
      case "boolean":
        if (typeof value === "boolean") return value;
        wrong(key, "true or false");
        return undefined;
      case "strings": {
        let list: string[] | undefined;
        if (spec.single && typeof value === "string") list = [value];
        else if (Array.isArray(value) && value.every((v) => typeof v === "string"))
          list = [...value];
        if (list === undefined) {
          wrong(key, spec.single ? "a string or an array of strings" : "an array of strings");
        } else if (list.length === 0 && spec.item !== undefined) {
          const omit = spec.required === undefined ? `; omit it for every ${spec.item}` : "";
          fail("MOF5103", `'${prefix}${key}' must name at least one ${spec.item}${omit}`);
        }
        return list;
      }
      case "choice": {
        if (spec.values.includes(value as string)) return value;
        const suggestion = typeof value === "string" ? closestMatch(value, spec.values) : undefined;
        const hint = suggestion === undefined ? "" : `; did you mean "${suggestion}"?`;
        wrong(key, `one of ${spec.values.map((a) => `"${a}"`).join(", ")}`, hint);
        return undefined;
      }
    }
  }
  return {
    read: <K extends TargetKey>(key: K) =>
      check(key) as KeyValue<(typeof TARGET_KEY_SPECS)[K]> | undefined,
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
