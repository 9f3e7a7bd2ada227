import type { CodeInfo } from "./codes.js";

/** MOF5xxx: see codes.ts for the ranges. */
export const configCodes = {
} as const satisfies Record<`MOF5${number}`, CodeInfo>;
