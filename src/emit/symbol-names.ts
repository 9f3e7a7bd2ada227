/**
 * The exported TypeScript names of everything generated for a schema. One place decides them
 * so that a module and every module importing from it agree.
 */
import { bindingName } from "./names.js";

/** The interface and binding const of a class. */
export function classSymbol(className: string): string {
  return bindingName(className);
}

/** The value-map type of a property: `<Class>_<Property>`. */
export function propertyValueMapSymbol(className: string, propertyName: string): string {
  return bindingName(`${className}_${propertyName}`);
}

/** The value-map type of a parameter: `<Class>_<Method>_<Parameter>`. */
export function parameterValueMapSymbol(
  className: string,
  method: string,
  parameter: string,
): string {
  return bindingName(`${className}_${method}_${parameter}`);
}

/** `<Class>_<Method>_Input`, `_Output` and `_ReturnValue`. */
export function methodSymbol(
  className: string,
  method: string,
  part: "Input" | "Output" | "ReturnValue",
): string {
  return bindingName(`${className}_${method}_${part}`);
}

/** The runtime descriptor (`nameOf`, range guards) that accompanies a value-map type. */
export function valueMapDescriptorSymbol(typeSymbol: string): string {
  return `${typeSymbol}_ValueMap`;
}

/** The file stem (no extension) of a class module. */
export function classFileStem(className: string): string {
  return className;
}
