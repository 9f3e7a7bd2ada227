/**
 * Instances: property values checked against the class, and aliases. An alias (`instance of C
 * as $A`, or a class alias `class C as $A`) may be used anywhere in the unit, also before its
 * definition. Its value is the object path of the aliased instance, built from the instance's
 * key property values in class property order: `Class.Key1="v",Key2=3` (strings, datetimes,
 * char16 and references quoted with `\` and `"` escaped; booleans TRUE/FALSE); `Class` for a
 * class alias or a class without keys.
 */
import type { ClassDeclaration, InstanceDeclaration, Span } from "../ast/ast.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { checkValue, type ValueContext } from "./check-value.js";
import type {
  CimClass,
  CimInstance,
  CimInstanceProperty,
  CimProperty,
  ModelValue,
} from "./model.js";
import type { QualifierRegistry } from "./qualifier-registry.js";
import type { Report } from "./report.js";
import { resolveQualifiers } from "./resolve-qualifiers.js";

export interface InstanceEntry {
  readonly declaration: InstanceDeclaration;
  readonly namespace: string;
}

type AliasTarget =
  | { readonly kind: "instance"; readonly entry: InstanceEntry; readonly span: Span }
  | { readonly kind: "class"; readonly name: string; readonly span: Span };

export function resolveInstances(
  instances: readonly InstanceEntry[],
  classAliases: readonly ClassDeclaration[],
  classes: ReadonlyMap<string, CimClass>,
  registry: QualifierRegistry,
  report: Report,
): CimInstance[] {
  const aliases = collectAliases(instances, classAliases, report);
  const propertyMaps = new Map<CimClass, Map<string, CimProperty>>();
  const propertiesOf = (cimClass: CimClass): Map<string, CimProperty> => {
    let map = propertyMaps.get(cimClass);
    if (map === undefined) {
      map = new Map(cimClass.properties.map((p) => [p.name.toLowerCase(), p]));
      propertyMaps.set(cimClass, map);
    }
    return map;
  };

  const paths = new Map<InstanceEntry, string | undefined>();
  const inProgress = new Set<InstanceEntry>();
  /** Instances whose path depends on itself; `cycle` tells the caller one was met. */
  const cyclic = new Set<InstanceEntry>();
  let cycle = false;
  const silent: Report = () => {};

  /** The object path of an aliased instance, from its key values (undefined if they are wrong). */
  const pathOf = (entry: InstanceEntry): string | undefined => {
    if (cyclic.has(entry) || inProgress.has(entry)) {
      cycle = true;
      return undefined;
    }
    if (paths.has(entry)) return paths.get(entry);
    const cimClass = classes.get(entry.declaration.className.text.toLowerCase());
    if (cimClass === undefined) return undefined;
    const outerCycle = cycle;
    cycle = false;
    inProgress.add(entry);
    const keys: string[] = [];
    let valid = true;
    for (const property of cimClass.properties) {
      if (property.qualifiers.get("key")?.value !== true) continue;
      const key = property.name.toLowerCase();
      const initializer = entry.declaration.properties.find(
        (p) => p.name.text.toLowerCase() === key,
      );
      if (initializer === undefined) continue;
      // Problems in the key values are reported where that instance itself is resolved.
      const value = checkValue(initializer.value, property.type, property.array, {
        report: silent,
        subject: "",
        wrapScalar: false,
        resolveAlias: (name) => aliasPath(name),
      });
      if (value === undefined) valid = false;
      else keys.push(`${property.name}=${formatKeyValue(value)}`);
    }
    inProgress.delete(entry);
    if (cycle) cyclic.add(entry);
    cycle ||= outerCycle;
    const path = !valid
      ? undefined
      : keys.length === 0
        ? cimClass.name
        : `${cimClass.name}.${keys.join(",")}`;
    paths.set(entry, path);
    return path;
  };

  const aliasPath = (name: string): string | undefined => {
    const target = aliases.get(name.toLowerCase());
    if (target === undefined) return undefined;
    if (target.kind === "class") return classes.get(target.name.toLowerCase())?.name ?? target.name;
    return pathOf(target.entry);
  };

  const resolveAlias = (name: string, span: Span): string | undefined => {
    if (!aliases.has(name.toLowerCase())) {
      report(makeDiagnostic("MOF3405", `alias $${name} is not defined`, span));
      return undefined;
    }
    cycle = false;
    const path = aliasPath(name);
    if (path === undefined && cycle) {
      report(
        makeDiagnostic(
          "MOF3407",
          `the object path of $${name} depends on itself through key values`,
          span,
        ),
      );
    }
    return path;
  };

  const result: CimInstance[] = [];
  for (const entry of instances) {
    const instance = resolveInstance(entry, classes, propertiesOf, registry, resolveAlias, report);
    if (instance !== undefined) result.push(instance);
  }
  return result;
}

function collectAliases(
  instances: readonly InstanceEntry[],
  classAliases: readonly ClassDeclaration[],
  report: Report,
): Map<string, AliasTarget> {
  const aliases = new Map<string, AliasTarget>();
  const add = (name: { text: string; span: Span }, target: AliasTarget): void => {
    const key = name.text.toLowerCase();
    const first = aliases.get(key);
    if (first !== undefined) {
      report(
        makeDiagnostic("MOF3404", `alias $${name.text} is already defined`, name.span, [
          { message: "first defined here", span: first.span },
        ]),
      );
      return;
    }
    aliases.set(key, target);
  };
  for (const declaration of classAliases) {
    if (declaration.alias !== undefined) {
      add(declaration.alias, {
        kind: "class",
        name: declaration.name.text,
        span: declaration.alias.span,
      });
    }
  }
  for (const entry of instances) {
    const alias = entry.declaration.alias;
    if (alias !== undefined) add(alias, { kind: "instance", entry, span: alias.span });
  }
  return aliases;
}

function resolveInstance(
  entry: InstanceEntry,
  classes: ReadonlyMap<string, CimClass>,
  propertiesOf: (cimClass: CimClass) => Map<string, CimProperty>,
  registry: QualifierRegistry,
  resolveAlias: (name: string, span: Span) => string | undefined,
  report: Report,
): CimInstance | undefined {
  const { declaration } = entry;
  const cimClass = classes.get(declaration.className.text.toLowerCase());
  if (cimClass === undefined) {
    report(
      makeDiagnostic(
        "MOF3401",
        `instance of class '${declaration.className.text}', which is not defined`,
        declaration.className.span,
      ),
    );
    return undefined;
  }
  if (cimClass.isAbstract) {
    report(
      makeDiagnostic(
        "MOF3406",
        `instance of abstract class '${cimClass.name}'`,
        declaration.className.span,
      ),
    );
  }
  const properties: CimInstanceProperty[] = [];
  const seen = new Map<string, Span>();
  const byName = propertiesOf(cimClass);
  for (const initializer of declaration.properties) {
    const key = initializer.name.text.toLowerCase();
    const property = byName.get(key);
    if (property === undefined) {
      report(
        makeDiagnostic(
          "MOF3402",
          `class '${cimClass.name}' has no property '${initializer.name.text}'`,
          initializer.name.span,
        ),
      );
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      report(
        makeDiagnostic(
          "MOF3403",
          `property '${property.name}' is set twice in this instance`,
          initializer.name.span,
          [{ message: "first set here", span: first }],
        ),
      );
      continue;
    }
    seen.set(key, initializer.name.span);
    const context: ValueContext = {
      report,
      subject: `property '${property.name}'`,
      wrapScalar: false,
      resolveAlias,
    };
    const value = checkValue(initializer.value, property.type, property.array, context);
    if (value === undefined) continue;
    const qualifiers = resolveQualifiers(
      initializer.qualifiers,
      { kind: property.type.kind === "ref" ? "reference" : "property" },
      cimClass.name,
      registry,
      report,
    );
    properties.push({ name: property.name, value, qualifiers, span: initializer.span });
  }
  return {
    className: cimClass.name,
    namespace: entry.namespace,
    alias: declaration.alias?.text,
    qualifiers: resolveQualifiers(
      declaration.qualifiers,
      { kind: "instance" },
      cimClass.name,
      registry,
      report,
    ),
    properties,
    span: declaration.span,
  };
}

function formatKeyValue(value: ModelValue): string {
  if (typeof value === "string") return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value === null) return "NULL";
  if (Array.isArray(value)) return `{${value.map(formatKeyValue).join(",")}}`;
  return String(value);
}
