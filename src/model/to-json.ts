/**
 * The resolved schema as plain JSON data for `mofgen inspect --json`: a stable contract for
 * other tools and tests. Key order is fixed by construction; classes and instances keep
 * Schema order. Values are decoded: bigint becomes a number when it is a safe integer, else a
 * decimal string.
 */
import type { ArraySpec } from "../ast/ast.js";
import { flavorKeywords } from "./flavors.js";
import type {
  CimClass,
  CimInstance,
  CimMethod,
  CimParameter,
  CimProperty,
  CimType,
  ModelValue,
  Qualifiers,
  QualifierType,
  Schema,
} from "./model.js";

export type Json =
  | string
  | number
  | boolean
  | null
  | readonly Json[]
  | { readonly [key: string]: Json };

export function schemaToJson(schema: Schema): Json {
  return {
    qualifierDeclarations: [...schema.qualifierTypes.values()].map(qualifierTypeToJson),
    classes: [...schema.classes.values()].map(classToJson),
    instances: schema.instances.map(instanceToJson),
  };
}

function qualifierTypeToJson(type: QualifierType): Json {
  return {
    name: type.name,
    type: type.type,
    array: type.array,
    default: valueToJson(type.default ?? null),
    scopes: [...type.scopes],
    flavors: flavorKeywords(type.flavors),
    implicit: type.implicit,
  };
}

function classToJson(cimClass: CimClass): Json {
  return {
    name: cimClass.name,
    superclass: cimClass.superclass ?? null,
    namespace: cimClass.namespace,
    qualifiers: qualifiersToJson(cimClass.qualifiers),
    properties: cimClass.properties.map(propertyToJson),
    methods: cimClass.methods.map(methodToJson),
  };
}

function propertyToJson(property: CimProperty): Json {
  return {
    name: property.name,
    ...typeToJson(property.type, property.array),
    default: valueToJson(property.default ?? null),
    origin: property.origin,
    qualifiers: qualifiersToJson(property.qualifiers),
  };
}

function methodToJson(method: CimMethod): Json {
  return {
    name: method.name,
    returnType: method.returnType === undefined ? "void" : typeKeyword(method.returnType),
    parameters: method.parameters.map(parameterToJson),
    origin: method.origin,
    qualifiers: qualifiersToJson(method.qualifiers),
  };
}

function parameterToJson(parameter: CimParameter): Json {
  return {
    name: parameter.name,
    ...typeToJson(parameter.type, parameter.array),
    in: parameter.in,
    out: parameter.out,
    qualifiers: qualifiersToJson(parameter.qualifiers),
  };
}

function instanceToJson(instance: CimInstance): Json {
  const properties: Record<string, Json> = {};
  for (const property of instance.properties)
    properties[property.name] = valueToJson(property.value);
  return {
    className: instance.className,
    namespace: instance.namespace,
    alias: instance.alias ?? null,
    qualifiers: qualifiersToJson(instance.qualifiers),
    properties,
  };
}

function typeToJson(
  type: CimType,
  array: ArraySpec,
): { type: string; refClass: string | null; array: ArraySpec } {
  return {
    type: typeKeyword(type),
    refClass: type.kind === "primitive" ? null : (type.className ?? null),
    array,
  };
}

function typeKeyword(type: CimType): string {
  return type.kind === "primitive" ? type.name : type.kind;
}

function qualifiersToJson(qualifiers: Qualifiers): Json {
  const result: Record<string, Json> = {};
  for (const qualifier of qualifiers.values())
    result[qualifier.name] = valueToJson(qualifier.value);
  return result;
}

export function valueToJson(value: ModelValue): Json {
  if (typeof value === "bigint") {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (Array.isArray(value)) return value.map(valueToJson);
  return value as Json;
}
