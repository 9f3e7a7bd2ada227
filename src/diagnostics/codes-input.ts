import type { CodeInfo } from "./codes.js";

/** MOF1xxx: reading files, decoding bytes, resolving includes. */
export const inputCodes = {
  MOF1001: { severity: "error", title: "File cannot be read" },
  MOF1002: { severity: "error", title: "Invalid UTF-8 byte sequence" },
  MOF1003: { severity: "error", title: "NUL byte in source" },
  MOF1004: { severity: "error", title: "Invalid UTF-16 sequence" },
  MOF1010: { severity: "error", title: "Included file not found" },
  MOF1011: { severity: "error", title: "Include cycle" },
  MOF1012: { severity: "warning", title: "File included more than once" },
  MOF1013: { severity: "error", title: "Include pragma without a file path" },
} as const satisfies Record<`MOF1${number}`, CodeInfo>;
