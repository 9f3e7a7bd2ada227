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
  // An index loop and no lowercased copies: this runs for every element, mostly before the JIT
  // has optimized it, when `for...of` allocates an iterator result per qualifier.
  for (let i = 0; i < qualifiers.length; i++) {
    const usage = qualifiers[i]!;
    if (sameNameIgnoringCase(usage.name.text, lowerName)) return usage;
  }
  return undefined;
}

/** `text.toLowerCase() === lowerName` for names of the same length, without the copy for ASCII. */
function sameNameIgnoringCase(text: string, lowerName: string): boolean {
  if (text.length !== lowerName.length) return false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return text.toLowerCase() === lowerName;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lowerName.charCodeAt(i)) return false;
  }
  return true;
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
