/**
 * CIM type → TypeScript type, and the runtime metadata the codec needs for the same element.
 */
import type { ArraySpec, Span } from "../ast/ast.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { CimType, Qualifiers } from "../model/model.js";
import { quoteString } from "./escape-literal.js";
import { objectLiteral } from "./object-literal.js";
import { findClass, type PlanContext } from "./plan-context.js";
import { isFlagSet, qualifier, stringValue } from "./qualifier-values.js";
import { classFileStem, classSymbol } from "./symbol-names.js";

export interface TypedElement {
  readonly name: string;
  readonly type: CimType;
  readonly array: ArraySpec;
  readonly qualifiers: Qualifiers;
  /** Where the element is declared; diagnostics without a qualifier to point at use it. */
  readonly span?: Span;
}

/** The class named by `EmbeddedInstance("C")` or `object:C`, if it is in the schema. */
function embeddedClassName(element: TypedElement, ctx: PlanContext): string | undefined {
  const named =
    element.type.kind === "object"
      ? element.type.className
      : stringValue(element.qualifiers, "EmbeddedInstance");
  if (named === undefined) return undefined;
  const target = findClass(ctx.schema, named);
  if (target === undefined) {
    // `object:C` has no EmbeddedInstance qualifier to point at.
    const span = qualifier(element.qualifiers, "EmbeddedInstance")?.span ?? element.span;
    ctx.diagnostics.push(
      makeDiagnostic(
        "MOF4010",
        `'${element.name}' embeds class '${named}', which is not in the schema; it is typed as an instance of any class`,
        span,
      ),
    );
  }
  return target?.name;
}

/** Whether an element holds embedded instances (`EmbeddedInstance`, `EmbeddedObject`, `object`). */
export function isEmbeddedElement(element: TypedElement): boolean {
  return (
    element.type.kind === "object" ||
    stringValue(element.qualifiers, "EmbeddedInstance") !== undefined ||
    isFlagSet(element.qualifiers, "EmbeddedObject")
  );
}

/** The TypeScript type of one value (no array), `valueMapType` replacing integer/string codes. */
export function scalarType(
  element: TypedElement,
  ctx: PlanContext,
  valueMapType: string | undefined,
): string {
  const { type } = element;
  if (type.kind === "ref") {
    const target = findClass(ctx.schema, type.className)?.name ?? type.className;
    return `$rt.CimReference<${quoteString(target)}>`;
  }
  if (type.kind === "object" || isEmbeddedElement(element)) {
    const embedded = embeddedClassName(element, ctx);
    if (embedded === undefined) return "$rt.CimEmbeddedInstance";
    const symbol = classSymbol(embedded);
    ctx.scope.importType(embedded, classFileStem(embedded), symbol);
    return `$rt.CimEmbeddedInstance<${symbol}>`;
  }
  if (valueMapType !== undefined) return valueMapType;
  switch (type.name) {
    case "uint64":
    case "sint64":
      return ctx.options.int64;
    case "boolean":
      return "boolean";
    case "string":
    case "char16":
      return "string";
    case "datetime":
      return "$rt.CimDateTime";
    default:
      return "number";
  }
}

export function elementType(
  element: TypedElement,
  ctx: PlanContext,
  valueMapType: string | undefined,
): string {
  const scalar = scalarType(element, ctx, valueMapType);
  return element.array === false ? scalar : `readonly ${scalar}[]`;
}

/** The `CimValueMeta` fields of an element, as `[key, literal]` pairs (without `name`). */
export function valueMetaFields(element: TypedElement, ctx: PlanContext): [string, string][] {
  const fields: [string, string][] = [];
  const { type } = element;
  if (type.kind === "ref") {
    fields.push(["type", quoteString("reference")]);
  } else if (type.kind === "object") {
    fields.push(["type", quoteString("string")]);
  } else {
    fields.push(["type", quoteString(type.name)]);
  }
  if (element.array !== false) fields.push(["array", "true"]);
  if (type.kind === "ref") {
    fields.push([
      "refClass",
      quoteString(findClass(ctx.schema, type.className)?.name ?? type.className),
    ]);
  }
  if (isEmbeddedElement(element)) {
    const named =
      type.kind === "object" ? type.className : stringValue(element.qualifiers, "EmbeddedInstance");
    const target = named === undefined ? undefined : (findClass(ctx.schema, named)?.name ?? named);
    if (target === undefined) fields.push(["embeddedObject", "true"]);
    else fields.push(["embeddedClass", quoteString(target)]);
  }
  return fields;
}

/** `{ name: "X", type: "uint16", ... }` for one element plus extra fields. */
export function valueMetaLiteral(
  element: TypedElement,
  ctx: PlanContext,
  extra: readonly [string, string][] = [],
): string {
  return objectLiteral([
    ["name", quoteString(element.name)],
    ...valueMetaFields(element, ctx),
    ...extra,
  ]);
}
