/**
 * Where a qualifier may be used: DSP0004 scope matching of a qualifier type's scopes against
 * the element a usage is written on.
 */
import type { Scope } from "../ast/ast.js";

/** The element a qualifier list is attached to, for scope checks. */
export type QualifiedElement =
  | { readonly kind: "class"; readonly association: boolean; readonly indication: boolean }
  | { readonly kind: "property" | "reference" | "method" | "parameter" | "instance" };

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

/**
 * DSP0004 scope matching; a class-scoped qualifier is allowed on associations and indications
 * too (they are classes). WMI has no reference scope of its own (a reference is a property),
 * so for built-in qualifier types `property` admits references.
 */
export function scopeAllows(
  scopes: readonly Scope[],
  element: QualifiedElement,
  implicit: boolean,
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

/** The element as a message names it ("not allowed on an association"). */
export function describeElement(element: QualifiedElement): string {
  if (element.kind !== "class") return `a ${element.kind}`;
  if (element.association) return "an association";
  if (element.indication) return "an indication";
  return "a class";
}
