import type { CodeInfo } from "./codes.js";

/** MOF3xxx: see codes.ts for the ranges. */
export const modelCodes = {
} as const satisfies Record<`MOF3${number}`, CodeInfo>;
