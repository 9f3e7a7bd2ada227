import type { Diagnostic } from "../diagnostics/diagnostic.js";
import {
  formatDiagnostic,
  formatSummary,
  sortDiagnostics,
} from "../diagnostics/format-diagnostic.js";
import type { CliContext } from "./cli-context.js";

export interface ReportOptions {
  readonly color: boolean;
  /** Errors only, and no summary line. */
  readonly quiet: boolean;
  /** `false`: no summary line. */
  readonly summary?: boolean;
  /** The target the diagnostics are about, when there are several: starts the summary line. */
  readonly label?: string | undefined;
  /** How many files were read, for the summary. */
  readonly files: number;
  readonly elapsedMs: number;
}

/** Prints diagnostics in compile order with code frames, then the summary line, on stderr. */
export function reportDiagnostics(
  diagnostics: readonly Diagnostic[],
  sources: ReadonlyMap<string, string>,
  options: ReportOptions,
  context: CliContext,
): void {
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === "error") : diagnostics;
  const format = { color: options.color, cwd: context.cwd.replace(/\\/g, "/") };
  for (const d of sortDiagnostics(shown, sources.keys())) {
    context.stderr(`${formatDiagnostic(d, sources, format)}\n\n`);
  }
  if (!options.quiet && options.summary !== false) {
    const prefix = options.label === undefined ? "" : `${options.label}: `;
    context.stderr(
      `${prefix}${formatSummary(diagnostics, { files: options.files, elapsedMs: options.elapsedMs })}\n`,
    );
  }
}
