import type { CodeInfo } from "./codes.js";

/** MOF4xxx: generating TypeScript from the resolved schema. */
export const emitCodes = {
  MOF4001: { severity: "error", title: "Generated names collide" },
  MOF4002: { severity: "warning", title: "Name changed to be valid TypeScript" },
  MOF4003: { severity: "error", title: "OUT parameter collides with the return value" },
  MOF4004: { severity: "error", title: "Generated file names collide" },
  MOF4010: { severity: "warning", title: "Embedded class not in the schema" },
  MOF4011: { severity: "warning", title: "Deprecated replacement not in the schema" },
  MOF4020: { severity: "warning", title: "Malformed ValueMap or Values" },
  MOF4021: { severity: "error", title: "Two values have the same name" },
  MOF4030: { severity: "error", title: "Generated code could not be formatted" },
} as const satisfies Record<`MOF4${number}`, CodeInfo>;
