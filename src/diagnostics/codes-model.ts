import type { CodeInfo } from "./codes.js";

/**
 * MOF3xxx: resolving the schema model (qualifiers, values, classes, instances, amendments).
 * 30xx qualifiers, 31xx values, 32xx classes and members, 34xx instances and aliases,
 * 36xx namespaces, amendments and locales, 39xx internal.
 */
export const modelCodes = {
  MOF3001: { severity: "error", title: "Qualifier is not declared" },
  MOF3002: { severity: "warning", title: "Qualifier is not declared; type inferred" },
  MOF3003: { severity: "error", title: "Qualifier not allowed in this scope" },
  MOF3004: { severity: "error", title: "Qualifier given twice on one element" },
  MOF3006: {
    severity: "error",
    title: "DisableOverride qualifier overridden with a different value",
  },
  MOF3007: { severity: "warning", title: "Qualifier redeclared with a different definition" },
  MOF3009: { severity: "warning", title: "Built-in qualifier used outside its DSP0004 scope" },

  MOF3101: { severity: "error", title: "Value does not match the type" },
  MOF3102: { severity: "error", title: "Integer out of range for the type" },
  MOF3103: { severity: "error", title: "Invalid datetime value" },
  MOF3104: { severity: "error", title: "Array value where a scalar is expected, or the reverse" },
  MOF3105: { severity: "error", title: "More array elements than the fixed array size" },

  MOF3201: { severity: "error", title: "Superclass not found" },
  MOF3202: { severity: "error", title: "Inheritance cycle" },
  MOF3203: { severity: "warning", title: "Class defined more than once" },
  MOF3204: { severity: "error", title: "Member declared twice in one class" },
  MOF3205: { severity: "error", title: "Override names no inherited member" },
  MOF3206: { severity: "warning", title: "Inherited member redeclared without Override" },
  MOF3207: { severity: "error", title: "Overriding member changes the type" },
  MOF3208: { severity: "error", title: "Referenced class not found" },

  MOF3401: { severity: "error", title: "Instance of an unknown class" },
  MOF3402: { severity: "error", title: "Instance sets a property the class does not have" },
  MOF3403: { severity: "error", title: "Property set twice in one instance" },
  MOF3404: { severity: "error", title: "Alias defined twice" },
  MOF3405: { severity: "error", title: "Alias not defined" },
  MOF3406: { severity: "warning", title: "Instance of an abstract class" },
  MOF3407: { severity: "error", title: "Alias refers to itself through key values" },

  MOF3601: { severity: "warning", title: "Amendment for a class or member that does not exist" },
  MOF3602: { severity: "warning", title: "Requested locale not recognised" },

  MOF3901: { severity: "error", title: "Internal error while resolving the schema" },
} as const satisfies Record<`MOF3${number}`, CodeInfo>;
