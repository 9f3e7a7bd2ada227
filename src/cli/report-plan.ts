import { type Diagnostic, hasErrors } from "../diagnostics/diagnostic.js";
import type { CliContext } from "./cli-context.js";
import { useColor } from "./color.js";
import type { CommonOptions } from "./common-options.js";
import { reportDiagnostics } from "./report-diagnostics.js";

/**
 * Prints the configuration's problems (no summary line: the command's own comes later) and,
 * with --verbose, which file it is. Returns true when an error stops the command (exit 2).
 */
export function reportPlan(
  plan: { readonly configFile: string | undefined; readonly diagnostics: readonly Diagnostic[] },
  common: CommonOptions,
  context: CliContext,
): boolean {
  reportDiagnostics(
    plan.diagnostics,
    new Map(),
    {
      color: useColor(context, common.noColor),
      quiet: common.quiet,
      summary: false,
      files: 0,
      elapsedMs: 0,
    },
    context,
  );
  if (hasErrors(plan.diagnostics)) return true;
  if (common.verbose && plan.configFile !== undefined) {
    context.stderr(`Using the configuration in ${plan.configFile}\n`);
  }
  return false;
}
