/**
 * Typed references: object paths that remember, in the type system only, which class the schema
 * says they point to, so a `REF CIM_ConcreteJob` cannot be passed where a `REF Msvm_ComputerSystem`
 * is expected.
 */
import type { CimKeyValue, CimObjectPath } from "./object-path.js";

declare const referenceTarget: unique symbol;

/**
 * An instance path to an instance of `TClass` (or of a subclass of it).
 *
 * `className` holds the class the path actually names, which is often a subclass of `TClass`
 * (a `REF CIM_ConcreteJob` usually names an `Msvm_ConcreteJob`); the brand records the class the
 * schema declares. The brand exists only in types, so references serialise as plain paths.
 */
export type CimReference<TClass extends string = string> = CimObjectPath & {
  readonly keys: Readonly<Record<string, CimKeyValue>>;
  readonly [referenceTarget]: TClass;
};

/**
 * Creates a reference from its parts, for callers that build paths by hand.
 *
 * @param className - the class the path names
 * @param keys - the key property values (empty for a singleton)
 * @param location - optional namespace and host
 * @returns the reference, typed by `className` unless a wider `TClass` is given explicitly
 */
export function cimReference<TClass extends string>(
  className: TClass,
  keys: Readonly<Record<string, CimKeyValue>>,
  location: { readonly namespace?: string; readonly host?: string } = {},
): CimReference<TClass> {
  return { ...location, className, keys } as CimObjectPath as CimReference<TClass>;
}

/**
 * Brands an instance path as a reference to `TClass`. The runtime cannot check the class
 * hierarchy, so this trusts the caller (normally the generated decoder, which knows the schema).
 *
 * @param path - any object path
 * @returns the same path as a reference, or `undefined` for a class path (no `keys`)
 */
export function toCimReference<TClass extends string>(
  path: CimObjectPath,
): CimReference<TClass> | undefined {
  return path.keys === undefined ? undefined : (path as CimReference<TClass>);
}
