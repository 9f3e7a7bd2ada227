/**
 * The qualifier types of a compilation unit: which ones apply, and the type of every usage.
 *
 * The rule:
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
import type { Qualifier, QualifierDeclaration, ScalarValue } from "../ast/ast.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { builtinQualifiers } from "./builtin-qualifiers.js";
import { checkValue } from "./check-value.js";
import { applyFlavors, defaultFlavors } from "./flavors.js";
import type { QualifierType } from "./model.js";
import type { Report } from "./report.js";
import { sameValue } from "./same-value.js";

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
    const type = qualifierTypeOfDeclaration(declaration, report);
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

function qualifierTypeOfDeclaration(
  declaration: QualifierDeclaration,
  report: Report,
): QualifierType {
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
