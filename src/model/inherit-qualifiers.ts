/**
 * Qualifier propagation from a class or member to the ones that inherit from it (ToSubclass),
 * and DisableOverride enforcement on the way.
 */
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Qualifiers, QualifierValue } from "./model.js";
import type { Report } from "./report.js";
import { sameValue } from "./same-value.js";

/**
 * The effective qualifiers of an element: the inherited values that propagate (ToSubclass),
 * each replaced in place by a local value of the same name, then the other local values.
 * A local value that changes a DisableOverride value is an error (MOF3006); the inherited
 * value then stands.
 */
export function inheritQualifiers(
  local: ReadonlyMap<string, QualifierValue>,
  inherited: Qualifiers | undefined,
  report: Report,
): Qualifiers {
  if (inherited === undefined || inherited.size === 0) return local;
  const result = new Map<string, QualifierValue>();
  for (const [key, parent] of inherited) {
    if (!parent.flavors.toSubclass) continue;
    const own = local.get(key);
    if (own === undefined) {
      result.set(key, parent);
    } else if (!parent.flavors.overridable && !sameValue(parent.value, own.value)) {
      report(
        makeDiagnostic(
          "MOF3006",
          `qualifier '${parent.name}' is DisableOverride in ${parent.origin} and cannot be given a different value`,
          own.span,
          parent.span === undefined ? [] : [{ message: "set here", span: parent.span }],
        ),
      );
      result.set(key, parent);
    } else {
      result.set(key, own);
    }
  }
  for (const [key, own] of local) if (!result.has(key)) result.set(key, own);
  return result;
}

/** Only the qualifiers that propagate to subclasses (the same map when all of them do). */
export function propagatingQualifiers(qualifiers: Qualifiers): Qualifiers {
  for (const value of qualifiers.values()) {
    if (!value.flavors.toSubclass) {
      return new Map([...qualifiers].filter(([, v]) => v.flavors.toSubclass));
    }
  }
  return qualifiers;
}
