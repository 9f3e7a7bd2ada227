/**
 * Qualifier usages on one element: each usage gets its type from the registry, is checked
 * against the type's scopes and value type, and gets its flavors. Which types apply is decided
 * by qualifier-registry.ts; inheritance by inherit-qualifiers.ts.
 */
import type { Qualifier } from "../ast/ast.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { checkValue, type ValueContext } from "./check-value.js";
import { applyFlavors } from "./flavors.js";
import type { ModelValue, QualifierType, QualifierValue } from "./model.js";
import type { QualifierRegistry } from "./qualifier-registry.js";
import { describeElement, type QualifiedElement, scopeAllows } from "./qualifier-scopes.js";
import type { Report } from "./report.js";

/**
 * Resolves the qualifiers written on one element: types, scopes, values and flavors. The
 * result holds only these local values (keyed by lowercased name, in written order); see
 * `inheritQualifiers` for propagation.
 */
export function resolveQualifiers(
  qualifiers: readonly Qualifier[],
  element: QualifiedElement,
  origin: string,
  registry: QualifierRegistry,
  report: Report,
): Map<string, QualifierValue> {
  const result = new Map<string, QualifierValue>();
  /** The keys so far, to find a name given twice: lists are short, a map would cost more. */
  const keys: string[] = [];
  for (let i = 0; i < qualifiers.length; i++) {
    const usage = qualifiers[i]!;
    const key = usage.name.text.toLowerCase();
    const firstIndex = keys.indexOf(key);
    keys.push(key);
    if (firstIndex >= 0) {
      report(
        makeDiagnostic(
          "MOF3004",
          `qualifier '${usage.name.text}' is given twice on this element`,
          usage.name.span,
          [{ message: "first given here", span: qualifiers[firstIndex]!.name.span }],
        ),
      );
      continue;
    }
    const type = registry.typeOf(usage, key, report);
    if (type === undefined) continue;
    if (!scopeAllows(type.scopes, element, type.implicit)) {
      // Built-in scopes are DSP0004's; Windows MOF is compiled without scope checks and
      // uses some qualifiers more widely (Hyper-V: MAX(4) on an array property), so only a
      // scope the input itself declared is binding.
      report(
        makeDiagnostic(
          type.implicit ? "MOF3009" : "MOF3003",
          `qualifier '${type.name}' is not allowed on ${describeElement(element)}; its scope is ${type.scopes.join(", ")}`,
          usage.name.span,
        ),
      );
      if (!type.implicit) continue;
    }
    const value = usageValue(usage, type, report);
    if (value === undefined) continue;
    result.set(key, {
      name: type.name,
      value,
      flavors: applyFlavors(type.flavors, usage.flavors),
      origin,
      span: usage.span,
    });
  }
  return result;
}

function usageValue(usage: Qualifier, type: QualifierType, report: Report): ModelValue | undefined {
  if (usage.value === undefined) {
    // DSP0004: a boolean qualifier written without a value is TRUE; others take the default.
    return type.type === "boolean" && type.array === false ? true : (type.default ?? null);
  }
  const context: ValueContext = { report, subject: `qualifier '${type.name}'`, wrapScalar: true };
  return checkValue(usage.value, { kind: "primitive", name: type.type }, type.array, context);
}
