import { hasErrors } from "../../diagnostics/diagnostic.js";
import { type CliContext, type ExitCode, exitCodes } from "../cli-context.js";
import { useColor } from "../color.js";
import type { Command, UsageError } from "../command.js";
import { commonOptions, readCommonOptions } from "../common-options.js";
import { loadAndResolve } from "../load-and-resolve.js";
import { configOptions, planTargets, targetInputs } from "../plan-targets.js";
import { reportDiagnostics } from "../report-diagnostics.js";
import { reportPlan } from "../report-plan.js";
import { resolveOptions } from "../resolve-options.js";

export const validateCommand: Command = {
  name: "validate",
  usage: "mofgen validate [options] [<file.mof>...]",
  description: [
    "Reads the files as one compilation unit, in the order given, following #pragma include,",
    "resolves the schema (qualifiers, inheritance, references, instances), and reports every",
    "problem found with its place in the source. Nothing is written.",
    "",
    "Without files, the inputs of the configuration file are validated (as generate finds it,",
    "or --config names it), each target with its own summary line; --target selects targets.",
    "The configuration's include directories, namespace and locale apply to files given too.",
  ].join("\n"),
  options: [...configOptions, ...resolveOptions, ...commonOptions],
  async run({ values, positionals }, context: CliContext): Promise<ExitCode | UsageError> {
    const options = readCommonOptions(values);
    const plan = await planTargets(values, positionals, context.cwd, {
      name: "validate",
      needsOut: false,
    });
    if ("usageError" in plan) return plan;
    if (reportPlan(plan, options, context)) return exitCodes.usage;
    // Every path is checked before anything is read, so a typo stops the run at once.
    const targets = [];
    for (const target of plan.targets) {
      const inputs = targetInputs(target, context.cwd);
      if ("usageError" in inputs) return inputs;
      targets.push({ label: plan.labelled ? target.name : undefined, inputs });
    }
    let status: ExitCode = exitCodes.ok;
    for (const { label, inputs } of targets) {
      const { unit, diagnostics, elapsedMs } = loadAndResolve(
        inputs.files,
        inputs.includeDirs,
        inputs.resolve,
      );
      if (options.verbose) {
        const characters = [...unit.sources.values()].reduce((sum, text) => sum + text.length, 0);
        context.stderr(
          `${label === undefined ? "" : `${label}: `}files read: ${unit.sources.size}, characters: ${characters}, declarations: ${unit.productions.length}, time: ${elapsedMs.toFixed(0)} ms\n`,
        );
      }
      reportDiagnostics(
        diagnostics,
        unit.sources,
        {
          color: useColor(context, options.noColor),
          quiet: options.quiet,
          label,
          files: unit.sources.size,
          elapsedMs,
        },
        context,
      );
      if (hasErrors(diagnostics)) status = exitCodes.inputErrors;
    }
    return status;
  },
};
