/**
 * Options of the emit stage. Callers pass a partial object; `resolveEmitOptions` fills every
 * default once so the planner never has to ask "was this set?".
 */

/** How CIM `uint64`/`sint64` values are typed (and decoded) in generated code. */
export type Int64Mode = "bigint" | "string" | "number";

/**
 * How ValueMap/Values pairs are emitted.
 * - `const`: an `as const` object of named codes plus a same-name union type (default).
 * - `union`: the union type only (plain literal codes, no runtime object); the value-map
 *   descriptor with `nameOf` and range guards is emitted either way.
 *
 * TypeScript `enum` is deliberately not offered: generated code must satisfy
 * `erasableSyntaxOnly` so it runs under Node's type stripping.
 */
export type EnumStyle = "const" | "union";

export interface EmitOptions {
  /** @default "bigint" */
  readonly int64: Int64Mode;
  /** @default "const" */
  readonly enumStyle: EnumStyle;
  /** Appended to relative import specifiers between generated files. @default ".js" */
  readonly importExtension: string;
  /**
   * The MOF file name(s) named in each file's header. Plain names, never absolute paths, so
   * output does not depend on where the generator ran. @default []
   */
  readonly sourceNames: readonly string[];
  /** Extra text placed under the header line of every file (e.g. a license notice). @default "" */
  readonly header: string;
  /** Run Prettier over every file. `false` is for debugging templates. @default true */
  readonly format: boolean;
  /**
   * The runtime sources copied into `runtime/` of the output, keyed by file name
   * (e.g. `"index.ts"`). `undefined` means the runtime shipped with mofgen (read once from the
   * package by `loadRuntimeSources`). @default undefined
   */
  readonly runtimeSources: ReadonlyMap<string, string> | undefined;
  /**
   * Only these classes (lowercased names, e.g. from `selectClasses`, which adds what they
   * need); `undefined` emits every class of the input. @default undefined
   */
  readonly classes: ReadonlySet<string> | undefined;
  /**
   * Templates replacing built-in ones by path (`class.hbs`, `partials/jsdoc.hbs`); `dir` names
   * where they came from, for messages and the compile cache. @default undefined
   */
  readonly templates: TemplateOverrides | undefined;
}

export interface TemplateOverrides {
  readonly dir: string;
  /** Template path relative to `dir` (forward slashes) → source. */
  readonly files: ReadonlyMap<string, string>;
}

export function resolveEmitOptions(partial: Partial<EmitOptions> = {}): EmitOptions {
  return {
    int64: partial.int64 ?? "bigint",
    enumStyle: partial.enumStyle ?? "const",
    importExtension: partial.importExtension ?? ".js",
    sourceNames: partial.sourceNames ?? [],
    header: partial.header ?? "",
    format: partial.format ?? true,
    runtimeSources: partial.runtimeSources,
    classes: partial.classes,
    templates: partial.templates,
  };
}
