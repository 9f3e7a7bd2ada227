import type { CodeInfo } from "./codes.js";

/** MOF5xxx: see codes.ts for the ranges. */
export const configCodes = {
  // MOF53xx: the output directory (writing and --check).
  MOF5301: { severity: "error", title: "Output file not written by mofgen" },
  MOF5302: { severity: "error", title: "Output manifest cannot be used" },
  MOF5303: { severity: "error", title: "Unsafe output path" },
  MOF5304: { severity: "error", title: "Output path blocked" },
  MOF5305: { severity: "error", title: "Output cannot be written" },
} as const satisfies Record<`MOF5${number}`, CodeInfo>;
