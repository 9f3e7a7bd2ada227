/**
 * Class selection (the `classes` option): the classes matching the patterns plus their
 * dependency closure, so the generated files compile on their own and nothing else is emitted.
 * A class needs its superclass, the classes its properties, parameters and return values
 * reference (REF) or embed (EmbeddedInstance, EmbeddedObject with `object:C`), and the classes
 * its Deprecated qualifiers name as replacements (the `@deprecated` links point at them).
 */
import { closestMatch } from "../diagnostics/closest-match.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { CimClass, CimType, Qualifiers, Schema } from "../model/model.js";
import { stringList, stringValue } from "./qualifier-values.js";

export interface ClassSelection {
  /** Lowercased names of the selected classes and everything they need. */
  readonly classes: Set<string>;
  readonly diagnostics: Diagnostic[];
}

/**
 * @param patterns - class names or globs (`*` any run of characters, `?` one character),
 *   case-insensitive. Globs match only classes of the input; an exact name may also name one
 *   of the implicit WMI system classes.
 */
export function selectClasses(schema: Schema, patterns: readonly string[]): ClassSelection {
  const diagnostics: Diagnostic[] = [];
  const roots: CimClass[] = [];
  for (const pattern of patterns) {
    const matched = matchPattern(schema, pattern);
    if (matched.length === 0) diagnostics.push(noMatch(schema, pattern));
    roots.push(...matched);
  }
  const classes = new Set<string>();
  const pending = [...roots];
  for (let cls = pending.pop(); cls !== undefined; cls = pending.pop()) {
    const key = cls.name.toLowerCase();
    if (classes.has(key)) continue;
    classes.add(key);
    for (const name of dependencies(cls)) {
      const target = schema.classes.get(name.toLowerCase());
      if (target !== undefined && !classes.has(target.name.toLowerCase())) pending.push(target);
    }
  }
  return { classes, diagnostics };
}

function matchPattern(schema: Schema, pattern: string): CimClass[] {
  if (!/[*?]/.test(pattern)) {
    const cls = schema.classes.get(pattern.toLowerCase());
    return cls === undefined ? [] : [cls];
  }
  const source = [...pattern]
    .map((ch) => (ch === "*" ? ".*" : ch === "?" ? "." : ch.replace(/[\\^$.+()[\]{}|]/g, "\\$&")))
    .join("");
  const regex = new RegExp(`^${source}$`, "iu");
  return [...schema.classes.values()].filter((c) => !c.implicit && regex.test(c.name));
}

function noMatch(schema: Schema, pattern: string): Diagnostic {
  const names = [...schema.classes.values()].filter((c) => !c.implicit).map((c) => c.name);
  const suggestion = /[*?]/.test(pattern) ? undefined : closestMatch(pattern, names);
  const hint = suggestion === undefined ? "" : `; did you mean '${suggestion}'?`;
  return makeDiagnostic("MOF5201", `class pattern '${pattern}' matches no class${hint}`);
}

/** Names of the classes `cls` needs, as written (they may not all exist). */
function* dependencies(cls: CimClass): Generator<string> {
  if (cls.superclass !== undefined) yield cls.superclass;
  yield* replacements(cls.qualifiers);
  for (const property of cls.properties) {
    yield* typeTargets(property.type, property.qualifiers);
    yield* replacements(property.qualifiers);
  }
  for (const method of cls.methods) {
    if (method.returnType !== undefined) yield* typeTargets(method.returnType, method.qualifiers);
    yield* replacements(method.qualifiers);
    for (const parameter of method.parameters) {
      yield* typeTargets(parameter.type, parameter.qualifiers);
      yield* replacements(parameter.qualifiers);
    }
  }
}

function* typeTargets(type: CimType, qualifiers: Qualifiers): Generator<string> {
  if (type.kind !== "primitive" && type.className !== undefined) yield type.className;
  const embedded = stringValue(qualifiers, "EmbeddedInstance");
  if (embedded !== undefined) yield embedded;
}

/** `Class`, `Class.Member` or `Class.Method()` in a Deprecated value: the class part. */
const REPLACEMENT = /^\s*([\p{L}_][\p{L}\p{N}_]*)(?:\.[\p{L}_][\p{L}\p{N}_]*(?:\(\))?)?\s*$/u;

function* replacements(qualifiers: Qualifiers): Generator<string> {
  for (const text of stringList(qualifiers, "Deprecated") ?? []) {
    const name = REPLACEMENT.exec(text)?.[1];
    if (name !== undefined) yield name;
  }
}
