/** One class → the view of its module: interface, value maps, method types, binding const. */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { CimClass, CimProperty, Schema } from "../model/model.js";
import type { EmitOptions } from "./emit-options.js";
import { escapeJsDocLine } from "./escape-jsdoc.js";
import { quoteString } from "./escape-literal.js";
import { createModuleScope } from "./module-scope.js";
import { memberKey } from "./names.js";
import { expandedArrayLiteral, expandedObjectLiteral } from "./object-literal.js";
import { findClass, type PlanContext } from "./plan-context.js";
import { planHeader } from "./plan-header.js";
import { planJobWrapper, planSharedJobWrapper } from "./plan-job.js";
import { planDoc } from "./plan-jsdoc.js";
import {
  planMethodBinding,
  planMethodTypes,
  planSharedBinding,
  sharedDeclaration,
} from "./plan-method.js";
import { elementType, valueMetaLiteral } from "./plan-types.js";
import { hasValueMap, planValueMap, valueMapOwner } from "./plan-value-map.js";
import { integerText, isFlagSet, qualifier, stringValue } from "./qualifier-values.js";
import { classFileStem, classSymbol, propertyValueMapSymbol } from "./symbol-names.js";
import type {
  ClassFileView,
  JobWrapperView,
  MemberView,
  MethodBindingView,
  ValueMapView,
} from "./view-model.js";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function planClassFile(
  cls: CimClass,
  schema: Schema,
  options: EmitOptions,
  diagnostics: Diagnostic[],
): ClassFileView {
  const scope = createModuleScope(cls.name);
  const ctx: PlanContext = { schema, options, scope, diagnostics };
  const name = classSymbol(cls.name);
  const valueMaps: ValueMapView[] = [];
  const superclass = cls.superclass === undefined ? undefined : findClass(schema, cls.superclass);

  const properties: MemberView[] = [];
  const omitted: string[] = [];
  for (const property of cls.properties) {
    if (!same(property.origin, cls.name)) continue;
    const member = planProperty(cls, property, ctx, valueMaps);
    properties.push(member);
    const overridden = superclass?.properties.find((p) => same(p.name, property.name));
    if (overridden !== undefined && superclass !== undefined) {
      // A scratch scope: the superclass's type is only compared, never imported.
      const scratch = { ...ctx, scope: createModuleScope(cls.name), diagnostics: [] };
      const inherited = planPropertyType(superclass, overridden, scratch);
      const widened = member.optional === "?" && isRequired(overridden);
      if (inherited !== member.type || widened || overridden.name !== property.name) {
        omitted.push(quoteString(overridden.name));
      }
    }
  }

  const methodTypes = cls.methods
    .filter((m) => same(m.origin, cls.name))
    .map((m) => planMethodTypes(cls, m, ctx, valueMaps));
  const methods: MethodBindingView[] = [];
  const jobs: JobWrapperView[] = [];
  for (const method of cls.methods) {
    const declaration = sharedDeclaration(cls, method, ctx);
    let job: JobWrapperView | undefined;
    if (declaration === undefined) {
      const binding = planMethodBinding(cls, method, ctx);
      methods.push(binding);
      job = planJobWrapper(cls, method, binding, ctx);
    } else {
      methods.push(planSharedBinding(cls, declaration, ctx));
      job = planSharedJobWrapper(cls, declaration, ctx);
    }
    if (job !== undefined) jobs.push(job);
  }

  let extendsClause = "";
  if (superclass !== undefined) {
    const superName = classSymbol(superclass.name);
    scope.importType(superclass.name, classFileStem(superclass.name), superName);
    extendsClause =
      omitted.length === 0
        ? ` extends ${superName}`
        : ` extends Omit<${superName}, ${omitted.join(" | ")}>`;
  }

  const facts: string[] = [];
  if (cls.isAbstract) facts.push("Abstract class.");
  if (cls.isAssociation) facts.push("Association.");
  if (cls.isIndication) facts.push("Indication.");
  if (cls.namespace !== "") facts.push(`Namespace: \`${escapeJsDocLine(cls.namespace)}\`.`);
  // Description propagates to subclasses, but a superclass's text does not describe this class.
  const description = qualifier(cls.qualifiers, "Description");
  const summary = description !== undefined && same(description.origin, cls.name) ? undefined : "";
  const doc = planDoc(
    { qualifiers: cls.qualifiers, facts, ...(summary === undefined ? {} : { summary }) },
    ctx,
  );

  const classMetaFields: [string, string][] = [["name", quoteString(cls.name)]];
  if (superclass !== undefined) classMetaFields.push(["superClass", quoteString(superclass.name)]);
  const propertyMetas = cls.properties.map((p) =>
    valueMetaLiteral(p, ctx, isFlagSet(p.qualifiers, "Key") ? [["key", "true"]] : []),
  );
  // `$class` sits at two spaces in the binding const, so its fields at four.
  classMetaFields.push(["properties", expandedArrayLiteral(propertyMetas, 4)]);

  const shadowed = new Set([name, ...valueMaps.map((v) => v.typeName)]);
  for (const i of scope.imports("")) for (const n of i.symbols) shadowed.add(n);
  const global = (n: string) => (shadowed.has(n) ? `globalThis.${n}` : n);
  if (omitted.length > 0 && shadowed.has("Omit")) {
    extendsClause = extendsClause.replace(" extends Omit<", " extends globalThis.Omit<");
  }

  return {
    header: planHeader(options),
    imports: scope.imports(options.importExtension),
    runtimeImport: scope.runtimeImport(options.importExtension),
    schemaImport: scope.schemaImport(options.importExtension),
    doc,
    name,
    extendsClause,
    properties,
    valueMaps,
    methodTypes,
    bindingDoc: {
      lines: [`Runtime metadata and method bindings of {@link ${name}}.`],
    },
    classMeta: expandedObjectLiteral(classMetaFields, 4),
    methods,
    jobs,
    transportType: "$rt.CimTransport",
    promiseType: global("Promise"),
  };
}

function isRequired(property: CimProperty): boolean {
  return isFlagSet(property.qualifiers, "Key") || isFlagSet(property.qualifiers, "Required");
}

/** The property's TypeScript type, importing or planning its value map. */
function planPropertyType(
  cls: CimClass,
  property: CimProperty,
  ctx: PlanContext,
  valueMaps?: ValueMapView[],
): string {
  const primitive = property.type.kind === "primitive" ? property.type.name : undefined;
  let valueMapType: string | undefined;
  if (primitive !== undefined && hasValueMap(property.qualifiers, primitive)) {
    const owner = findClass(ctx.schema, valueMapOwner(property.qualifiers, property.origin));
    const ownerName = owner?.name ?? cls.name;
    const spelled =
      owner?.properties.find((p) => same(p.name, property.name))?.name ?? property.name;
    valueMapType = propertyValueMapSymbol(ownerName, spelled);
    if (valueMaps !== undefined && same(ownerName, cls.name)) {
      const summary = `Values of {@link ${classSymbol(cls.name)}.${property.name}}.`;
      valueMaps.push(
        planValueMap(
          { qualifiers: property.qualifiers, type: primitive, typeName: valueMapType, summary },
          ctx,
        ),
      );
    } else {
      ctx.scope.importType(ownerName, classFileStem(ownerName), valueMapType);
    }
  }
  return elementType(property, ctx, valueMapType);
}

function planProperty(
  cls: CimClass,
  property: CimProperty,
  ctx: PlanContext,
  valueMaps: ValueMapView[],
): MemberView {
  const type = planPropertyType(cls, property, ctx, valueMaps);
  const q = property.qualifiers;
  const facts: string[] = [];
  if (isFlagSet(q, "Key")) facts.push("Key property.");
  else if (isFlagSet(q, "Required")) facts.push("Required.");
  if (isFlagSet(q, "Write")) facts.push("Writable.");
  const units = stringValue(q, "PUnit") ?? stringValue(q, "Units");
  if (units !== undefined) facts.push(`Units: ${escapeJsDocLine(units)}.`);
  const min = integerText(q, "MinValue");
  const max = integerText(q, "MaxValue");
  if (min !== undefined) facts.push(`Minimum value: ${min}.`);
  if (max !== undefined) facts.push(`Maximum value: ${max}.`);
  const maxLen = integerText(q, "MaxLen");
  if (maxLen !== undefined) facts.push(`Maximum length: ${maxLen}.`);
  if (property.overrides !== undefined) {
    const over = findClass(ctx.schema, property.overrides);
    if (over !== undefined)
      facts.push(`Overrides the property of {@link ${classSymbol(over.name)}}.`);
  }
  return {
    doc: planDoc({ qualifiers: q, facts }, ctx),
    key: memberKey(property.name),
    optional: isRequired(property) ? "" : "?",
    type,
  };
}
