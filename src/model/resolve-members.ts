/**
 * One class's own properties, methods and parameters: qualifiers, types with their target
 * classes, defaults, parameter direction. Inheritance (which member overrides which) is
 * decided by resolve-inheritance.ts, which passes the overridden member in.
 */
import type {
  ArraySpec,
  MethodDeclaration,
  ParameterDeclaration,
  PropertyDeclaration,
  TypeRef,
} from "../ast/ast.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { checkValue, describeType } from "./check-value.js";
import { inheritQualifiers } from "./inherit-qualifiers.js";
import type {
  CimMethod,
  CimParameter,
  CimProperty,
  CimType,
  Qualifiers,
  QualifierValue,
} from "./model.js";
import type { QualifierRegistry } from "./qualifier-registry.js";
import type { QualifiedElement } from "./qualifier-scopes.js";
import type { Report } from "./report.js";
import { resolveQualifiers } from "./resolve-qualifiers.js";

export interface MemberContext {
  /** The class being resolved (canonical spelling). */
  readonly className: string;
  readonly registry: QualifierRegistry;
  /** Canonical spelling of a class by any spelling, or `undefined` when there is none. */
  readonly findClass: (name: string) => string | undefined;
  readonly report: Report;
}

export function resolveProperty(
  declaration: PropertyDeclaration,
  overridden: CimProperty | undefined,
  context: MemberContext,
): CimProperty {
  const type = resolveType(declaration.type, context);
  const element: QualifiedElement = { kind: type.kind === "ref" ? "reference" : "property" };
  const local = resolveLocalQualifiers(declaration.qualifiers, element, context);
  if (overridden !== undefined) checkSameType(declaration, type, overridden, context);
  const defaultValue =
    declaration.default === undefined
      ? overridden?.default
      : checkValue(declaration.default, type, declaration.array, {
          report: context.report,
          subject: `property '${declaration.name.text}'`,
          wrapScalar: false,
        });
  return {
    name: declaration.name.text,
    type,
    array: declaration.array,
    default: defaultValue,
    qualifiers: inheritQualifiers(local, overridden?.qualifiers, context.report),
    origin: context.className,
    overrides: overridden?.origin,
    span: declaration.name.span,
  };
}

export function resolveMethod(
  declaration: MethodDeclaration,
  overridden: CimMethod | undefined,
  context: MemberContext,
): CimMethod {
  const returnType =
    declaration.returnType === undefined ? undefined : resolveType(declaration.returnType, context);
  const local = resolveLocalQualifiers(declaration.qualifiers, { kind: "method" }, context);
  if (overridden !== undefined) checkSameReturnType(declaration, returnType, overridden, context);
  const qualifiers = inheritQualifiers(local, overridden?.qualifiers, context.report);
  const parameters: CimParameter[] = [];
  const seen = new Map<string, ParameterDeclaration>();
  for (const parameter of declaration.parameters) {
    const key = parameter.name.text.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      context.report(
        makeDiagnostic(
          "MOF3204",
          `parameter '${parameter.name.text}' is declared twice in method '${declaration.name.text}'`,
          parameter.name.span,
          [{ message: "first declared here", span: first.name.span }],
        ),
      );
      continue;
    }
    seen.set(key, parameter);
    const inherited = overridden?.parameters.find((p) => p.name.toLowerCase() === key);
    parameters.push(resolveParameter(parameter, inherited, context));
  }
  return {
    name: declaration.name.text,
    returnType,
    parameters,
    qualifiers,
    origin: context.className,
    overrides: overridden?.origin,
    static: qualifiers.get("static")?.value === true,
    span: declaration.name.span,
  };
}

/**
 * Parameter direction. DSP0004 declares `In` with default TRUE and `Out` with default FALSE;
 * mofgen reads an explicit `[Out]` without `In` as output-only, as WMI and CIM practice do
 * (DMTF's own `[OUT]` parameters are never inputs): in = the In value if given, else not Out.
 */
function resolveParameter(
  declaration: ParameterDeclaration,
  inherited: CimParameter | undefined,
  context: MemberContext,
): CimParameter {
  const type = resolveType(declaration.type, context);
  const local = resolveLocalQualifiers(declaration.qualifiers, { kind: "parameter" }, context);
  const qualifiers = inheritQualifiers(
    local,
    local.has("in") || local.has("out")
      ? withoutDirection(inherited?.qualifiers)
      : inherited?.qualifiers,
    context.report,
  );
  const out = qualifiers.get("out")?.value === true;
  const inValue = qualifiers.get("in")?.value;
  return {
    name: declaration.name.text,
    type,
    array: declaration.array,
    qualifiers,
    in: typeof inValue === "boolean" ? inValue : !out,
    out,
    span: declaration.name.span,
  };
}

/**
 * An overriding parameter that writes In or Out restates its whole direction, as WMI and DMTF
 * MOF always do (WMI does not merge parameter qualifiers into overrides): the overridden
 * parameter's In/Out then do not propagate, so `[Out]` over an inherited `[In, Out]` is
 * output-only rather than an In DisableOverride conflict.
 */
function withoutDirection(qualifiers: Qualifiers | undefined): Qualifiers | undefined {
  if (qualifiers === undefined || (!qualifiers.has("in") && !qualifiers.has("out"))) {
    return qualifiers;
  }
  return new Map([...qualifiers].filter(([key]) => key !== "in" && key !== "out"));
}

function resolveLocalQualifiers(
  written: PropertyDeclaration["qualifiers"],
  element: QualifiedElement,
  context: MemberContext,
): Map<string, QualifierValue> {
  const local = resolveQualifiers(
    written,
    element,
    context.className,
    context.registry,
    context.report,
  );
  const embedded = local.get("embeddedinstance");
  if (embedded !== undefined && typeof embedded.value === "string") {
    const target = context.findClass(embedded.value);
    if (target === undefined) {
      context.report(
        makeDiagnostic(
          "MOF3208",
          `class '${embedded.value}' named by EmbeddedInstance is not defined`,
          embedded.span,
        ),
      );
    } else if (target !== embedded.value) {
      local.set("embeddedinstance", { ...embedded, value: target });
    }
  }
  return local;
}

function resolveType(type: TypeRef, context: MemberContext): CimType {
  if (type.kind === "primitive") return { kind: "primitive", name: type.name };
  if (type.kind === "object" && type.className === undefined) {
    return { kind: "object", className: undefined };
  }
  const name = type.className!;
  const target = context.findClass(name.text);
  if (target === undefined) {
    context.report(
      makeDiagnostic(
        "MOF3208",
        type.kind === "ref"
          ? `class '${name.text}' of this reference is not defined`
          : `class '${name.text}' of this embedded object is not defined`,
        name.span,
      ),
    );
  }
  return type.kind === "ref"
    ? { kind: "ref", className: target ?? name.text }
    : { kind: "object", className: target ?? name.text };
}

function sameType(a: CimType, arrayA: ArraySpec, b: CimType, arrayB: ArraySpec): boolean {
  if ((arrayA === false) !== (arrayB === false)) return false;
  if (a.kind !== b.kind) return false;
  // A reference override may narrow the target class, so only the kind must match.
  return a.kind !== "primitive" || (b.kind === "primitive" && a.name === b.name);
}

function checkSameType(
  declaration: PropertyDeclaration,
  type: CimType,
  overridden: CimProperty,
  context: MemberContext,
): void {
  if (sameType(type, declaration.array, overridden.type, overridden.array)) return;
  context.report(
    makeDiagnostic(
      "MOF3207",
      `property '${declaration.name.text}' has type ${describeType(type, declaration.array)} but overrides ${overridden.origin}.${overridden.name} of type ${describeType(overridden.type, overridden.array)}`,
      declaration.type.span,
      [{ message: "overridden property", span: overridden.span }],
    ),
  );
}

function checkSameReturnType(
  declaration: MethodDeclaration,
  returnType: CimType | undefined,
  overridden: CimMethod,
  context: MemberContext,
): void {
  const expected = overridden.returnType;
  if (returnType === undefined || expected === undefined) {
    if (returnType === expected) return;
  } else if (sameType(returnType, false, expected, false)) {
    return;
  }
  const describe = (t: CimType | undefined): string =>
    t === undefined ? "void" : describeType(t, false);
  context.report(
    makeDiagnostic(
      "MOF3207",
      `method '${declaration.name.text}' returns ${describe(returnType)} but overrides ${overridden.origin}.${overridden.name} returning ${describe(expected)}`,
      declaration.returnType?.span ?? declaration.name.span,
      [{ message: "overridden method", span: overridden.span }],
    ),
  );
}
