/** Typed reads of effective qualifier values, by case-insensitive name. */
import type { ModelValue, Qualifiers, QualifierValue } from "../model/model.js";

export function qualifier(qualifiers: Qualifiers, name: string): QualifierValue | undefined {
  return qualifiers.get(name.toLowerCase());
}

export function isFlagSet(qualifiers: Qualifiers, name: string): boolean {
  return qualifier(qualifiers, name)?.value === true;
}

export function stringValue(qualifiers: Qualifiers, name: string): string | undefined {
  const value = qualifier(qualifiers, name)?.value;
  return typeof value === "string" ? value : undefined;
}

/** A string-array qualifier; a scalar string counts as a one-element array. */
export function stringList(qualifiers: Qualifiers, name: string): readonly string[] | undefined {
  const value = qualifier(qualifiers, name)?.value;
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return undefined;
  return (value as readonly ModelValue[]).map((v) => (typeof v === "string" ? v : String(v)));
}

/** An integer-valued qualifier (MaxLen, MinValue, ...) as decimal text. */
export function integerText(qualifiers: Qualifiers, name: string): string | undefined {
  const value = qualifier(qualifiers, name)?.value;
  return typeof value === "bigint" || typeof value === "number" ? String(value) : undefined;
}
