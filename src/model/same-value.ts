import type { ModelValue } from "./model.js";

/** Structural equality of decoded values (a bigint equals a number of the same value). */
export function sameValue(a: ModelValue, b: ModelValue): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((element: ModelValue, index: number) => sameValue(element, b[index] ?? null));
  }
  if (typeof a === "bigint" && typeof b === "number") return Number(a) === b;
  if (typeof a === "number" && typeof b === "bigint") return a === Number(b);
  return a === b;
}
