import type { CodeInfo } from "./codes.js";

/** MOF5xxx: see codes.ts for the ranges. */
export const configCodes = {
  // MOF51xx: the configuration file (mofgen.config.*, package.json#mofgen).
  MOF5101: { severity: "error", title: "Configuration file cannot be read" },
  MOF5102: { severity: "error", title: "Unknown configuration key" },
  MOF5103: { severity: "error", title: "Invalid configuration value" },
  MOF5104: { severity: "error", title: "Required configuration key missing" },
  MOF5105: { severity: "warning", title: "Several configuration files in one directory" },
  // MOF52xx: what the configuration selects: classes and template overrides.
  MOF5201: { severity: "warning", title: "Class pattern matches nothing" },
  MOF5202: { severity: "error", title: "Template override does not compile" },
  MOF5203: { severity: "warning", title: "Template override replaces no built-in template" },
  MOF5204: { severity: "error", title: "Template override failed while rendering" },
  // MOF53xx: the output directory (writing and --check).
  MOF5301: { severity: "error", title: "Output file not written by mofgen" },
  MOF5302: { severity: "error", title: "Output manifest cannot be used" },
  MOF5303: { severity: "error", title: "Unsafe output path" },
  MOF5304: { severity: "error", title: "Output path blocked" },
  MOF5305: { severity: "error", title: "Output cannot be written" },
} as const satisfies Record<`MOF5${number}`, CodeInfo>;
