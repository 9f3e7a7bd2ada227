import { configCodes } from "./codes-config.js";
import { emitCodes } from "./codes-emit.js";
import { inputCodes } from "./codes-input.js";
import { modelCodes } from "./codes-model.js";
import { syntaxCodes } from "./codes-syntax.js";

/**
 * The registry of every diagnostic mofgen can report. Codes are stable (users grep for them
 * and may promote or silence them); each stage owns a range:
 * MOF1xxx input and includes, MOF2xxx syntax, MOF3xxx schema model, MOF4xxx emit,
 * MOF5xxx configuration and command line.
 */
export const diagnosticCodes = {
  ...inputCodes,
  ...syntaxCodes,
  ...modelCodes,
  ...emitCodes,
  ...configCodes,
} as const;

export type DiagnosticCode = keyof typeof diagnosticCodes;

export interface CodeInfo {
  readonly severity: "error" | "warning";
  /** A short title used in docs and listings. */
  readonly title: string;
}
