/**
 * Checks a literal value from the AST against a CIM type and decodes it into a ModelValue.
 * Used for qualifier values and defaults, property defaults and instance property values.
 */
import type { ArraySpec, CimPrimitive, ScalarValue, Span, Value } from "../ast/ast.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { datetimeProblem } from "./datetime.js";
import type { CimType, ModelValue } from "./model.js";

export interface ValueContext {
  readonly report: (diagnostic: Diagnostic) => void;
  /** What the value belongs to, for messages: "qualifier 'ValueMap'", "property 'Name'". */
  readonly subject: string;
  /** A scalar given for an array type becomes a one-element array (qualifier values). */
  readonly wrapScalar: boolean;
  /**
   * Resolves `$Alias` to the aliased object's path; `undefined` when it cannot (the resolver
   * reports why). Absent where aliases are not allowed.
   */
  readonly resolveAlias?: (name: string, span: Span) => string | undefined;
}

const INTEGER_RANGES: Readonly<Partial<Record<CimPrimitive, readonly [bigint, bigint]>>> = {
  uint8: [0n, 255n],
  sint8: [-128n, 127n],
  uint16: [0n, 65535n],
  sint16: [-32768n, 32767n],
  uint32: [0n, 4294967295n],
  sint32: [-2147483648n, 2147483647n],
  uint64: [0n, 18446744073709551615n],
  sint64: [-9223372036854775808n, 9223372036854775807n],
};

export function isIntegerType(type: CimPrimitive): boolean {
  return INTEGER_RANGES[type] !== undefined;
}

/** The inclusive range of an integer type, or `undefined` for the other types. */
export function integerRange(type: CimPrimitive): readonly [bigint, bigint] | undefined {
  return INTEGER_RANGES[type];
}

/** The decoded value, or `undefined` when it does not fit (the problems are reported). */
export function checkValue(
  value: Value,
  type: CimType,
  array: ArraySpec,
  context: ValueContext,
): ModelValue | undefined {
  if (value.kind === "array") {
    if (array === false) {
      context.report(
        makeDiagnostic(
          "MOF3104",
          `${context.subject} is a scalar of type ${describeType(type, array)}, found an array value`,
          value.span,
        ),
      );
      return undefined;
    }
    return checkElements(value.elements, value.span, type, array, context);
  }
  if (array !== false && value.kind !== "null") {
    if (context.wrapScalar) return checkElements([value], value.span, type, array, context);
    context.report(
      makeDiagnostic(
        "MOF3104",
        `${context.subject} is an array of type ${describeType(type, array)}, found a scalar value; write it in braces`,
        value.span,
      ),
    );
    return undefined;
  }
  return checkScalar(value, type, context);
}

function checkElements(
  elements: readonly ScalarValue[],
  span: Span,
  type: CimType,
  array: true | number,
  context: ValueContext,
): ModelValue | undefined {
  let valid = true;
  const result: ModelValue[] = [];
  for (let i = 0; i < elements.length; i++) {
    const decoded = checkScalar(elements[i]!, type, context);
    if (decoded === undefined) valid = false;
    else result.push(decoded);
  }
  if (typeof array === "number" && elements.length > array) {
    context.report(
      makeDiagnostic(
        "MOF3105",
        `${context.subject} holds at most ${array} elements, found ${elements.length}`,
        span,
      ),
    );
    valid = false;
  }
  return valid ? result : undefined;
}

function checkScalar(
  value: ScalarValue,
  type: CimType,
  context: ValueContext,
): ModelValue | undefined {
  if (value.kind === "null") return null;
  if (value.kind === "alias") {
    if (type.kind === "primitive" || context.resolveAlias === undefined) {
      return mismatch(value, type, context);
    }
    return context.resolveAlias(value.name, value.span);
  }
  if (type.kind !== "primitive") {
    // An object path (REF) or an embedded object given as text.
    return value.kind === "string" ? value.value : mismatch(value, type, context);
  }
  const primitive = type.name;
  const range = INTEGER_RANGES[primitive];
  if (range !== undefined) {
    if (value.kind !== "integer") return mismatch(value, type, context);
    const [min, max] = range;
    if (value.value < min || value.value > max) {
      context.report(
        makeDiagnostic(
          "MOF3102",
          `${value.value} is out of range for ${primitive} (${min} to ${max}) in ${context.subject}`,
          value.span,
        ),
      );
      return undefined;
    }
    return value.value;
  }
  switch (primitive) {
    case "real32":
    case "real64":
      if (value.kind === "real") return value.value;
      // DSP0004 has no integer-to-real rule, but real MOF writes `real32 x = 0`.
      if (value.kind === "integer") return Number(value.value);
      return mismatch(value, type, context);
    case "char16":
      if (value.kind === "char16") return value.value;
      // DSP0004 charValue admits an integer code point.
      if (value.kind === "integer" && value.value >= 0n && value.value <= 0xffffn) {
        return String.fromCharCode(Number(value.value));
      }
      return mismatch(value, type, context);
    case "string":
      return value.kind === "string" ? value.value : mismatch(value, type, context);
    case "boolean":
      return value.kind === "boolean" ? value.value : mismatch(value, type, context);
    case "datetime": {
      if (value.kind !== "string") return mismatch(value, type, context);
      const problem = datetimeProblem(value.value);
      if (problem === undefined) return value.value;
      context.report(
        makeDiagnostic(
          "MOF3103",
          `"${value.value}" is not a CIM datetime in ${context.subject}: ${problem}`,
          value.span,
        ),
      );
      return undefined;
    }
    default:
      return mismatch(value, type, context);
  }
}

function mismatch(value: ScalarValue, type: CimType, context: ValueContext): undefined {
  context.report(
    makeDiagnostic(
      "MOF3101",
      `${context.subject} has type ${describeType(type, false)}, found ${describeValue(value)}`,
      value.span,
    ),
  );
  return undefined;
}

export function describeType(type: CimType, array: ArraySpec): string {
  const base =
    type.kind === "primitive"
      ? type.name
      : type.kind === "ref"
        ? `${type.className} REF`
        : type.className === undefined
          ? "object"
          : `object:${type.className}`;
  if (array === false) return base;
  return array === true ? `${base}[]` : `${base}[${array}]`;
}

function describeValue(value: ScalarValue): string {
  switch (value.kind) {
    case "integer":
      return `the integer ${value.value}`;
    case "real":
      return `the real number ${value.value}`;
    case "string": {
      const text = value.value.length > 40 ? `${value.value.slice(0, 40)}...` : value.value;
      return `the string "${text}"`;
    }
    case "char16":
      return `the char16 '${value.value}'`;
    case "boolean":
      return `the boolean ${value.value ? "TRUE" : "FALSE"}`;
    case "null":
      return "NULL";
    case "alias":
      return `the alias $${value.name}`;
  }
}
