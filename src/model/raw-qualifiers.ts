/**
 * Qualifier lookups on the lists as written in the AST, before types are resolved: for the few
 * decisions that must be made first (class order by EmbeddedInstance, association and
 * indication flags, Override targets, amendment merging).
 */
import type { Qualifier, Value } from "../ast/ast.js";

/**
 * The usage of a qualifier in a raw list (before any resolution); `lowerName` is the
 * lowercased qualifier name.
 */
export function findQualifier(
  qualifiers: readonly Qualifier[],
  lowerName: string,
): Qualifier | undefined {
  for (const usage of qualifiers) {
    const text = usage.name.text;
    // Comparing lengths first keeps this cheap: it runs for every element.
    if (text.length === lowerName.length && text.toLowerCase() === lowerName) return usage;
  }
  return undefined;
}

/** True when a raw qualifier list sets a boolean qualifier (lowercased name) to TRUE. */
export function rawFlag(qualifiers: readonly Qualifier[], lowerName: string): boolean {
  const usage = findQualifier(qualifiers, lowerName);
  if (usage === undefined) return false;
  return usage.value === undefined || (usage.value.kind === "boolean" && usage.value.value);
}

/** The raw value of a qualifier (lowercased name) as written. */
export function rawValue(qualifiers: readonly Qualifier[], lowerName: string): Value | undefined {
  return findQualifier(qualifiers, lowerName)?.value;
}
