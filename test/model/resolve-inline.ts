/**
 * Test support: resolves inline MOF through the real loader and parser with an in-memory
 * file system, and prints diagnostics compactly as `CODE line:col`.
 */
import { parseMof } from "../../src/ast/parse.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { loadCompilationUnit } from "../../src/input/load-unit.js";
import type { CimClass, Schema } from "../../src/model/model.js";
import { type ResolveOptions, resolveSchema } from "../../src/model/resolve-schema.js";

export interface InlineResult {
  readonly schema: Schema;
  readonly diagnostics: readonly Diagnostic[];
  /** `CODE line:col` of every model diagnostic, in report order. */
  readonly found: readonly string[];
  readonly cls: (name: string) => CimClass;
}

/**
 * `files` maps file names to MOF text; all are entry files, in order. A string is one file
 * named `test.mof`. Syntax errors throw: they are mistakes in the test, not model outcomes.
 */
export function resolveInline(
  files: string | Record<string, string>,
  options: ResolveOptions = {},
): InlineResult {
  const map = typeof files === "string" ? { "test.mof": files } : files;
  const encoder = new TextEncoder();
  const { unit, diagnostics: loadDiagnostics } = loadCompilationUnit(Object.keys(map), {
    includeDirs: [],
    host: { readFile: (path) => (map[path] === undefined ? undefined : encoder.encode(map[path])) },
    parse: parseMof,
  });
  if (loadDiagnostics.length > 0) {
    throw new Error(`test MOF does not load cleanly: ${JSON.stringify(loadDiagnostics)}`);
  }
  const { schema, diagnostics } = resolveSchema(unit, options);
  return {
    schema,
    diagnostics,
    found: diagnostics.map(at),
    cls: (name) => {
      const found = schema.classes.get(name.toLowerCase());
      if (found === undefined) throw new Error(`no class ${name}`);
      return found;
    },
  };
}

export function at(diagnostic: Diagnostic): string {
  const span = diagnostic.span;
  return span === undefined ? diagnostic.code : `${diagnostic.code} ${span.line}:${span.column}`;
}

/** The effective qualifier values of an element as a plain object (bigint kept). */
export function qualifierValues(element: {
  readonly qualifiers: ReadonlyMap<string, { readonly name: string; readonly value: unknown }>;
}): Record<string, unknown> {
  return Object.fromEntries([...element.qualifiers.values()].map((q) => [q.name, q.value]));
}

/** Qualifier declarations for strict-mode tests. */
export const DECLARATIONS = `
Qualifier Abstract : boolean = false, Scope(class, association, indication), Flavor(EnableOverride, Restricted);
Qualifier Association : boolean = false, Scope(association), Flavor(DisableOverride, ToSubclass);
Qualifier Indication : boolean = false, Scope(class, indication), Flavor(DisableOverride, ToSubclass);
Qualifier Description : string = null, Scope(any), Flavor(EnableOverride, ToSubclass, Translatable);
Qualifier Key : boolean = false, Scope(property, reference), Flavor(DisableOverride, ToSubclass);
Qualifier Override : string = null, Scope(property, reference, method), Flavor(EnableOverride, Restricted);
Qualifier ValueMap : string[], Scope(property, method, parameter);
Qualifier Values : string[], Scope(property, method, parameter), Flavor(EnableOverride, ToSubclass, Translatable);
Qualifier Deprecated : string[], Scope(any), Flavor(EnableOverride, Restricted);
Qualifier In : boolean = true, Scope(parameter), Flavor(DisableOverride, ToSubclass);
Qualifier Out : boolean = false, Scope(parameter), Flavor(DisableOverride, ToSubclass);
Qualifier Static : boolean = false, Scope(property, method), Flavor(DisableOverride, ToSubclass);
Qualifier EmbeddedInstance : string = null, Scope(property, method, parameter);
Qualifier MaxLen : uint32 = null, Scope(property, method, parameter);
Qualifier Units : string = null, Scope(property, method, parameter), Flavor(EnableOverride, ToSubclass, Translatable);
`;

/** Resolves `text` (as test.mof) after a file with DECLARATIONS, so the unit is strict. */
export function resolveStrict(text: string, options: ResolveOptions = {}): InlineResult {
  return resolveInline({ "qualifiers.mof": DECLARATIONS, "test.mof": text }, options);
}
