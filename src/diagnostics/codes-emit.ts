import type { CodeInfo } from "./codes.js";

/** MOF4xxx: see codes.ts for the ranges. */
export const emitCodes = {
} as const satisfies Record<`MOF4${number}`, CodeInfo>;
