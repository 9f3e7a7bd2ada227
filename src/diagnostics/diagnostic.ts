import type { Span } from "../ast/ast.js";
import type { DiagnosticCode } from "./codes.js";

export type Severity = "error" | "warning";

/** Related information, e.g. "first defined here". */
export interface RelatedLocation {
  readonly message: string;
  readonly span: Span;
}

/**
 * One problem found in the input. Every stage returns these instead of throwing; the CLI and
 * the programmatic API print or return them unchanged.
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** Plain-language message, one sentence, no trailing period required. */
  readonly message: string;
  /**
   * Where the problem is. Absent only for problems that have no place in a file
   * (e.g. a command-line path that cannot be read).
   */
  readonly span?: Span;
  readonly related?: readonly RelatedLocation[];
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
