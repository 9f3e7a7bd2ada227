/**
 * Methods: Input/Output types where a method is declared (or overridden), and a typed binding
 * on every class that has the method. An inherited method shares the declaring class's binding
 * where it can (`sharedDeclaration`); otherwise it is bound in full with the declaring class's
 * types.
 */
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { CimClass, CimMethod, CimParameter } from "../model/model.js";
import { escapeJsDocLine } from "./escape-jsdoc.js";
import { quoteString } from "./escape-literal.js";
import { memberKey, objectKey, propertyAccess } from "./names.js";
import { objectLiteral } from "./object-literal.js";
import { findClass, type PlanContext } from "./plan-context.js";
import { memberLink, planDoc } from "./plan-jsdoc.js";
import { elementType, isEmbeddedElement, valueMetaLiteral } from "./plan-types.js";
import { hasValueMap, planValueMap, valueMapOwner } from "./plan-value-map.js";
import { isFlagSet } from "./qualifier-values.js";
import {
  classFileStem,
  classSymbol,
  methodSymbol,
  parameterValueMapSymbol,
} from "./symbol-names.js";
import type {
  FullMethodBindingView,
  MemberView,
  MethodTypesView,
  SharedMethodBindingView,
  ValueMapView,
} from "./view-model.js";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Types of a method declared in `cls` (Input, Output and the value maps they use). */
export function planMethodTypes(
  cls: CimClass,
  method: CimMethod,
  ctx: PlanContext,
  valueMaps: ValueMapView[],
): MethodTypesView {
  const link = `{@link ${classSymbol(cls.name)}.${method.name}}`;
  const returnType = returnValueType(cls, method, ctx, valueMaps, link);
  const inputMembers: MemberView[] = [];
  const outputMembers: MemberView[] = [];
  if (returnType !== undefined) {
    outputMembers.push({
      doc: { lines: ["The method's return code."] },
      key: "ReturnValue",
      optional: "",
      type: returnType,
    });
  }
  for (const parameter of method.parameters) {
    const type = parameterType(cls, method, parameter, ctx, valueMaps, link);
    const doc = planDoc({ qualifiers: parameter.qualifiers }, ctx);
    if (parameter.in) {
      const optional = isFlagSet(parameter.qualifiers, "Required") ? "" : "?";
      inputMembers.push({ doc, key: memberKey(parameter.name), optional, type });
    }
    if (parameter.out) {
      if (same(parameter.name, "ReturnValue") && returnType !== undefined) {
        ctx.diagnostics.push(
          makeDiagnostic(
            "MOF4003",
            `OUT parameter '${parameter.name}' of ${cls.name}.${method.name} collides with the method's return value; it is left out of the output type`,
            parameter.span,
          ),
        );
        continue;
      }
      outputMembers.push({ doc, key: memberKey(parameter.name), optional: "?", type });
    }
  }
  return {
    inputName: methodSymbol(cls.name, method.name, "Input"),
    inputDoc: { lines: [`IN parameters of ${link}.`] },
    inputMembers,
    outputName: methodSymbol(cls.name, method.name, "Output"),
    outputDoc: {
      lines: [
        returnType === undefined
          ? `OUT parameters of ${link} (a \`void\` method: no return code).`
          : `OUT parameters and return code of ${link}.`,
      ],
    },
    outputMembers,
  };
}

function returnValueType(
  cls: CimClass,
  method: CimMethod,
  ctx: PlanContext,
  valueMaps: ValueMapView[],
  link: string,
): string | undefined {
  const type = method.returnType;
  if (type === undefined) return undefined;
  const primitive = type.kind === "primitive" ? type.name : undefined;
  let valueMapType: string | undefined;
  if (hasValueMap(method.qualifiers, primitive) && primitive !== undefined) {
    const owner = valueMapOwner(method.qualifiers, method.origin);
    valueMapType = methodSymbol(owner, method.name, "ReturnValue");
    if (same(owner, cls.name)) {
      valueMaps.push(
        planValueMap(
          {
            qualifiers: method.qualifiers,
            type: primitive,
            typeName: valueMapType,
            summary: `Return codes of ${link}.`,
          },
          ctx,
        ),
      );
    } else {
      ctx.scope.importType(owner, classFileStem(owner), valueMapType);
    }
  }
  return elementType(
    { name: "ReturnValue", type, array: false, qualifiers: method.qualifiers, span: method.span },
    ctx,
    valueMapType,
  );
}

function parameterType(
  cls: CimClass,
  method: CimMethod,
  parameter: CimParameter,
  ctx: PlanContext,
  valueMaps: ValueMapView[],
  link: string,
): string {
  const primitive = parameter.type.kind === "primitive" ? parameter.type.name : undefined;
  let valueMapType: string | undefined;
  if (hasValueMap(parameter.qualifiers, primitive) && primitive !== undefined) {
    const owner = valueMapOwner(parameter.qualifiers, method.origin);
    valueMapType = parameterValueMapSymbol(owner, method.name, parameter.name);
    if (same(owner, cls.name)) {
      const summary = `Values of parameter ${escapeJsDocLine(parameter.name)} of ${link}.`;
      valueMaps.push(
        planValueMap(
          { qualifiers: parameter.qualifiers, type: primitive, typeName: valueMapType, summary },
          ctx,
        ),
      );
    } else {
      ctx.scope.importType(owner, classFileStem(owner), valueMapType);
    }
  }
  return elementType(parameter, ctx, valueMapType);
}

/** Where a method is declared: the class and the method as that class has it. */
export interface MethodDeclaration {
  readonly cls: CimClass;
  readonly method: CimMethod;
}

/**
 * The declaration whose binding `cls` shares for `method`, or `undefined` when `cls` binds the
 * method in full. `cls` shares the binding of a method it inherits unchanged from a class of its
 * own namespace: the declaring class's metadata is then exactly what `cls` would build (its
 * `className` names the declaring class, and the namespace is the same). Declared and
 * overridden methods, static ones (no target to retype) and methods from another namespace
 * (its metadata names that namespace) keep a full binding.
 */
export function sharedDeclaration(
  cls: CimClass,
  method: CimMethod,
  ctx: PlanContext,
): MethodDeclaration | undefined {
  if (method.static || same(method.origin, cls.name)) return undefined;
  const declaring = findClass(ctx.schema, method.origin);
  if (declaring === undefined || declaring.namespace !== cls.namespace) return undefined;
  const declared = declaring.methods.find(
    (m) => same(m.name, method.name) && same(m.origin, declaring.name),
  );
  return declared === undefined ? undefined : { cls: declaring, method: declared };
}

/**
 * Imports the declaring class's const as a value (a shared member forwards to it through the
 * runtime) and returns its name.
 */
export function importDeclaringClass(declaration: MethodDeclaration, ctx: PlanContext): string {
  const owner = classSymbol(declaration.cls.name);
  ctx.scope.importValue(declaration.cls.name, classFileStem(declaration.cls.name), owner);
  ctx.scope.useRuntimeValue();
  return owner;
}

/**
 * The binding of a method `cls` shares with `declaration`: a forwarder to the declaring class's
 * binding and a getter of its metadata. The subclass module imports the declaring class's const
 * as a value, but reads it only on use (see `inheritedMethod` in the runtime).
 */
export function planSharedBinding(
  cls: CimClass,
  declaration: MethodDeclaration,
  ctx: PlanContext,
): SharedMethodBindingView {
  const owner = importDeclaringClass(declaration, ctx);
  const { name } = declaration.method;
  return {
    shared: true,
    doc: planDoc(
      {
        qualifiers: declaration.method.qualifiers,
        summary: "",
        facts: [`Inherited from ${memberLink(owner, name)}.`],
      },
      ctx,
    ),
    key: objectKey(name),
    targetClass: quoteString(cls.name),
    bindingRef: `${owner}${propertyAccess(name)}`,
    metaRef: `${owner}.$methods${propertyAccess(name)}`,
  };
}

/** The full binding of `method` on the const of `cls` (which may have inherited it). */
export function planMethodBinding(
  cls: CimClass,
  method: CimMethod,
  ctx: PlanContext,
): FullMethodBindingView {
  const origin = findClass(ctx.schema, method.origin)?.name ?? method.origin;
  const inputName = methodSymbol(origin, method.name, "Input");
  const outputName = methodSymbol(origin, method.name, "Output");
  const ins = method.parameters.filter((p) => p.in);
  if (ins.length > 0) ctx.scope.importType(origin, classFileStem(origin), inputName);
  ctx.scope.importType(origin, classFileStem(origin), outputName);
  ctx.scope.useRuntimeValue();

  const inputRequired = ins.some((p) => isFlagSet(p.qualifiers, "Required"));
  const params: string[] = [];
  const args: string[] = [];
  if (method.static) {
    args.push("null");
  } else {
    params.push(`target: $rt.CimReference<${quoteString(cls.name)}>`);
    args.push("target");
  }
  if (ins.length > 0) {
    // Optional rather than `= {}`: a parameter named like an Object.prototype member
    // (`constructor`) makes `{}` unassignable to the input type.
    params.push(inputRequired ? `input: ${inputName}` : `input?: ${inputName}`);
    args.push(inputRequired ? "input" : "input ?? {}");
  } else {
    args.push("{}");
  }
  params.push("options: $rt.CimInvokeOptions = {}");
  // Embedded instances decode property by property with the class registry unless the caller
  // passes its own resolver.
  const embeds = method.parameters.some((p) => isEmbeddedElement(p));
  if (embeds) ctx.scope.useSchema();
  const resolver = embeds ? "resolveClass: $schema.resolveClass, " : "";
  args.push(`{ ${resolver}...options, int64: ${quoteString(ctx.options.int64)} }`);

  const declaring = findClass(ctx.schema, origin)?.methods.find((m) => same(m.name, method.name));
  const inherited = !same(origin, cls.name);
  const facts: string[] = [];
  if (method.static) facts.push("Static method: it is invoked on the class, not on an instance.");
  if (inherited) facts.push(`Declared by ${memberLink(classSymbol(origin), method.name)}.`);
  const doc = planDoc(
    {
      qualifiers: inherited && declaring !== undefined ? declaring.qualifiers : method.qualifiers,
      facts,
    },
    ctx,
  );

  return {
    shared: false,
    doc,
    key: objectKey(method.name),
    meta: methodMetaLiteral(cls, method, origin, ctx),
    params: params.map((p) => `, ${p}`).join(""),
    args: args.join(", "),
    outputType: outputName,
    metaRef: `${classSymbol(cls.name)}.$methods${propertyAccess(method.name)}`,
  };
}

function methodMetaLiteral(
  cls: CimClass,
  method: CimMethod,
  origin: string,
  ctx: PlanContext,
): string {
  const fields: [string, string][] = [
    ["className", quoteString(origin)],
    ["name", quoteString(method.name)],
  ];
  if (cls.namespace !== "") fields.push(["namespace", quoteString(cls.namespace)]);
  if (method.static) fields.push(["static", "true"]);
  const returnType = method.returnType;
  const returnName =
    returnType === undefined
      ? "void"
      : returnType.kind === "primitive"
        ? returnType.name
        : returnType.kind === "ref"
          ? "reference"
          : "string";
  fields.push(["returnType", quoteString(returnName)]);
  const parameters = method.parameters.map((p) => {
    const direction: [string, string][] = [];
    if (p.in) direction.push(["in", "true"]);
    if (p.out) direction.push(["out", "true"]);
    return valueMetaLiteral(p, ctx, direction);
  });
  fields.push(["parameters", `[${parameters.join(", ")}]`]);
  return objectLiteral(fields);
}
