/**
 * Qualifier types and qualifier usages.
 *
 * Which qualifier types apply — the rule:
 * - When the compilation unit declares any qualifier (`Qualifier Name : type ...;`), the input
 *   is a self-describing schema (DMTF CIM and anything built like it): only its own
 *   declarations count, in any order within the unit, and a qualifier it does not declare is
 *   an error (MOF3001).
 * - When the unit declares none (Windows MOF never does; mofcomp knows the qualifiers), the
 *   built-in table applies (builtin-qualifiers.ts: the DMTF standard qualifiers as CIM 2.49
 *   declares them plus the WMI ones). A qualifier not in the table is a warning (MOF3002,
 *   once per name); its type is inferred from the value, its scope is `any` and its flavors
 *   are the DSP0004 defaults. Scopes from the table are advisory: a use outside them is a
 *   warning (MOF3009), and `property` covers references, as in WMI.
 * Types taken from the built-in table are reported in the schema with `implicit: true`, and
 * only those actually used.
 */
import type {
  Qualifier,
  QualifierDeclaration,
  ScalarValue,
  Scope,
  Span,
  Value,
} from "../ast/ast.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { builtinQualifiers } from "./builtin-qualifiers.js";
import { checkValue, type ValueContext } from "./check-value.js";
import { applyFlavors, defaultFlavors } from "./flavors.js";
import type { ModelValue, Qualifiers, QualifierType, QualifierValue } from "./model.js";
import { sameValue } from "./same-value.js";

export type Report = (diagnostic: Diagnostic) => void;

/** The element a qualifier list is attached to, for scope checks. */
export type QualifiedElement =
  | { readonly kind: "class"; readonly association: boolean; readonly indication: boolean }
  | { readonly kind: "property" | "reference" | "method" | "parameter" | "instance" };

export interface QualifierRegistry {
  /** True when the unit declares its own qualifiers (strict mode). */
  readonly declaresQualifiers: boolean;
  /**
   * The type of a qualifier usage (`key`: its lowercased name), or `undefined` when it has
   * none (already reported).
   * Built-in and inferred types are recorded as used.
   */
  readonly typeOf: (usage: Qualifier, key: string, report: Report) => QualifierType | undefined;
  /** The type of a qualifier by name, without reporting or inferring (for built-in data). */
  readonly lookup: (name: string) => QualifierType | undefined;
  /** Declared types in declaration order, then implicit ones in order of first use. */
  readonly types: () => ReadonlyMap<string, QualifierType>;
}

export function buildQualifierRegistry(
  declarations: readonly QualifierDeclaration[],
  report: Report,
): QualifierRegistry {
  const declared = new Map<string, QualifierType>();
  for (const declaration of declarations) {
    const type = resolveDeclaration(declaration, report);
    const key = declaration.name.text.toLowerCase();
    const previous = declared.get(key);
    if (previous !== undefined && !sameDefinition(previous, type)) {
      report(
        makeDiagnostic(
          "MOF3007",
          `qualifier '${type.name}' is declared again with a different definition; the last declaration applies`,
          declaration.name.span,
          previous.span === undefined
            ? []
            : [{ message: "first declared here", span: previous.span }],
        ),
      );
    }
    // Re-declaring moves the qualifier to the position of its last declaration.
    declared.delete(key);
    declared.set(key, type);
  }
  const declaresQualifiers = declarations.length > 0;
  const implicit = new Map<string, QualifierType>();

  const lookupKey = (key: string): QualifierType | undefined => {
    if (declaresQualifiers) return declared.get(key);
    const used = implicit.get(key);
    if (used !== undefined) return used;
    const builtin = builtinQualifiers.get(key);
    if (builtin === undefined) return undefined;
    const type: QualifierType = {
      name: builtin.name,
      type: builtin.type,
      array: builtin.array,
      default: builtin.default,
      scopes: builtin.scopes,
      flavors: applyFlavors(defaultFlavors, builtin.flavors),
      implicit: true,
      span: undefined,
    };
    implicit.set(key, type);
    return type;
  };

  const typeOf = (
    usage: Qualifier,
    key: string,
    reportUsage: Report,
  ): QualifierType | undefined => {
    const found = lookupKey(key);
    if (found !== undefined) return found;
    if (declaresQualifiers) {
      reportUsage(
        makeDiagnostic(
          "MOF3001",
          `qualifier '${usage.name.text}' is not declared; declare it with 'Qualifier ${usage.name.text} : <type>, Scope(...);'`,
          usage.name.span,
        ),
      );
      return undefined;
    }
    const inferred = inferType(usage);
    implicit.set(key, inferred);
    reportUsage(
      makeDiagnostic(
        "MOF3002",
        `qualifier '${usage.name.text}' is not a known DMTF or WMI qualifier; assuming type ${inferred.type}${inferred.array === false ? "" : "[]"} (further uses are not reported)`,
        usage.name.span,
      ),
    );
    return inferred;
  };

  return {
    declaresQualifiers,
    typeOf,
    lookup: (name) => lookupKey(name.toLowerCase()),
    types: () => new Map([...declared, ...implicit]),
  };
}

function resolveDeclaration(declaration: QualifierDeclaration, report: Report): QualifierType {
  const defaultValue =
    declaration.default === undefined
      ? undefined
      : checkValue(
          declaration.default,
          { kind: "primitive", name: declaration.type },
          declaration.array,
          {
            report,
            subject: `the default of qualifier '${declaration.name.text}'`,
            wrapScalar: true,
          },
        );
  return {
    name: declaration.name.text,
    type: declaration.type,
    array: declaration.array,
    default: defaultValue,
    scopes: declaration.scopes,
    flavors: applyFlavors(defaultFlavors, declaration.flavors),
    implicit: false,
    span: declaration.span,
  };
}

function sameDefinition(a: QualifierType, b: QualifierType): boolean {
  return (
    a.type === b.type &&
    a.array === b.array &&
    sameValue(a.default ?? null, b.default ?? null) &&
    a.scopes.length === b.scopes.length &&
    a.scopes.every((scope) => b.scopes.includes(scope)) &&
    JSON.stringify(a.flavors) === JSON.stringify(b.flavors)
  );
}

function inferType(usage: Qualifier): QualifierType {
  const value = usage.value;
  const first = value?.kind === "array" ? value.elements.find((e) => e.kind !== "null") : value;
  return {
    name: usage.name.text,
    type: first === undefined ? (value === undefined ? "boolean" : "string") : inferScalar(first),
    array: value?.kind === "array",
    default: undefined,
    scopes: ["any"],
    flavors: defaultFlavors,
    implicit: true,
    span: undefined,
  };
}

function inferScalar(value: ScalarValue): QualifierType["type"] {
  switch (value.kind) {
    case "integer":
      return value.value > 9223372036854775807n ? "uint64" : "sint64";
    case "real":
      return "real64";
    case "boolean":
      return "boolean";
    case "char16":
      return "char16";
    default:
      return "string";
  }
}

/**
 * DSP0004 scope matching; a class-scoped qualifier is allowed on associations and indications
 * too (they are classes). WMI has no reference scope of its own (a reference is a property),
 * so for built-in qualifier types `property` admits references.
 */
export function scopeAllows(
  scopes: readonly Scope[],
  element: QualifiedElement,
  implicit = false,
): boolean {
  const mask = scopeMask(scopes);
  if (element.kind === "instance" || (mask & SCOPE_BITS.any) !== 0) return true;
  if (implicit && element.kind === "reference" && (mask & SCOPE_BITS.property) !== 0) return true;
  if (element.kind === "class") {
    return (
      (mask & SCOPE_BITS.class) !== 0 ||
      (element.association && (mask & SCOPE_BITS.association) !== 0) ||
      (element.indication && (mask & SCOPE_BITS.indication) !== 0)
    );
  }
  return (mask & SCOPE_BITS[element.kind]) !== 0;
}

const SCOPE_BITS: Readonly<Record<Scope, number>> = {
  class: 1,
  association: 2,
  indication: 4,
  property: 8,
  reference: 16,
  method: 32,
  parameter: 64,
  any: 128,
};

/** Scope lists are shared by every use of a qualifier type, so their bit sets are cached. */
const scopeMasks = new WeakMap<readonly Scope[], number>();

function scopeMask(scopes: readonly Scope[]): number {
  let mask = scopeMasks.get(scopes);
  if (mask === undefined) {
    mask = scopes.reduce((bits, scope) => bits | SCOPE_BITS[scope], 0);
    scopeMasks.set(scopes, mask);
  }
  return mask;
}

function describeElement(element: QualifiedElement): string {
  if (element.kind !== "class") return `a ${element.kind}`;
  if (element.association) return "an association";
  if (element.indication) return "an indication";
  return "a class";
}

/**
 * Resolves the qualifiers written on one element: types, scopes, values and flavors. The
 * result holds only these local values (keyed by lowercased name, in written order); see
 * `inheritQualifiers` for propagation.
 */
export function resolveQualifiers(
  qualifiers: readonly Qualifier[],
  element: QualifiedElement,
  origin: string,
  registry: QualifierRegistry,
  report: Report,
): Map<string, QualifierValue> {
  const result = new Map<string, QualifierValue>();
  /** Where each name was first given; only needed (and built) when a list has several. */
  const seen = qualifiers.length > 1 ? new Map<string, Span>() : undefined;
  for (const usage of qualifiers) {
    const key = usage.name.text.toLowerCase();
    if (seen !== undefined) {
      const first = seen.get(key);
      if (first !== undefined) {
        report(
          makeDiagnostic(
            "MOF3004",
            `qualifier '${usage.name.text}' is given twice on this element`,
            usage.name.span,
            [{ message: "first given here", span: first }],
          ),
        );
        continue;
      }
      seen.set(key, usage.name.span);
    }
    const type = registry.typeOf(usage, key, report);
    if (type === undefined) continue;
    if (!scopeAllows(type.scopes, element, type.implicit)) {
      // Built-in scopes are DSP0004's; Windows MOF is compiled without scope checks and
      // uses some qualifiers more widely (Hyper-V: MAX(4) on an array property), so only a
      // scope the input itself declared is binding.
      report(
        makeDiagnostic(
          type.implicit ? "MOF3009" : "MOF3003",
          `qualifier '${type.name}' is not allowed on ${describeElement(element)}; its scope is ${type.scopes.join(", ")}`,
          usage.name.span,
        ),
      );
      if (!type.implicit) continue;
    }
    const value = usageValue(usage, type, report);
    if (value === undefined) continue;
    result.set(key, {
      name: type.name,
      value,
      flavors: applyFlavors(type.flavors, usage.flavors),
      origin,
      span: usage.span,
    });
  }
  return result;
}

function usageValue(usage: Qualifier, type: QualifierType, report: Report): ModelValue | undefined {
  if (usage.value === undefined) {
    // DSP0004: a boolean qualifier written without a value is TRUE; others take the default.
    return type.type === "boolean" && type.array === false ? true : (type.default ?? null);
  }
  const context: ValueContext = { report, subject: `qualifier '${type.name}'`, wrapScalar: true };
  return checkValue(usage.value, { kind: "primitive", name: type.type }, type.array, context);
}

/**
 * The effective qualifiers of an element: the inherited values that propagate (ToSubclass),
 * each replaced in place by a local value of the same name, then the other local values.
 * A local value that changes a DisableOverride value is an error (MOF3006); the inherited
 * value then stands.
 */
export function inheritQualifiers(
  local: ReadonlyMap<string, QualifierValue>,
  inherited: Qualifiers | undefined,
  report: Report,
): Qualifiers {
  if (inherited === undefined || inherited.size === 0) return local;
  const result = new Map<string, QualifierValue>();
  for (const [key, parent] of inherited) {
    if (!parent.flavors.toSubclass) continue;
    const own = local.get(key);
    if (own === undefined) {
      result.set(key, parent);
    } else if (!parent.flavors.overridable && !sameValue(parent.value, own.value)) {
      report(
        makeDiagnostic(
          "MOF3006",
          `qualifier '${parent.name}' is DisableOverride in ${parent.origin} and cannot be given a different value`,
          own.span,
          parent.span === undefined ? [] : [{ message: "set here", span: parent.span }],
        ),
      );
      result.set(key, parent);
    } else {
      result.set(key, own);
    }
  }
  for (const [key, own] of local) if (!result.has(key)) result.set(key, own);
  return result;
}

/** Only the qualifiers that propagate to subclasses (the same map when all of them do). */
export function propagating(qualifiers: Qualifiers): Qualifiers {
  for (const value of qualifiers.values()) {
    if (!value.flavors.toSubclass) {
      return new Map([...qualifiers].filter(([, v]) => v.flavors.toSubclass));
    }
  }
  return qualifiers;
}

/**
 * The usage of a qualifier in a raw list (before any resolution); `lowerName` is the
 * lowercased qualifier name.
 */
export function findQualifier(
  qualifiers: readonly Qualifier[],
  lowerName: string,
): Qualifier | undefined {
  for (const usage of qualifiers) {
    const text = usage.name.text;
    // Comparing lengths first keeps this cheap: it runs for every element.
    if (text.length === lowerName.length && text.toLowerCase() === lowerName) return usage;
  }
  return undefined;
}

/** True when a raw qualifier list sets a boolean qualifier (lowercased name) to TRUE. */
export function rawFlag(qualifiers: readonly Qualifier[], lowerName: string): boolean {
  const usage = findQualifier(qualifiers, lowerName);
  if (usage === undefined) return false;
  return usage.value === undefined || (usage.value.kind === "boolean" && usage.value.value);
}

/** The raw value of a qualifier (lowercased name) as written. */
export function rawValue(qualifiers: readonly Qualifier[], lowerName: string): Value | undefined {
  return findQualifier(qualifiers, lowerName)?.value;
}
