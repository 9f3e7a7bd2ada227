import type { CodeInfo } from "./codes.js";

/** MOF2xxx: see codes.ts for the ranges. */
export const syntaxCodes = {
} as const satisfies Record<`MOF2${number}`, CodeInfo>;
