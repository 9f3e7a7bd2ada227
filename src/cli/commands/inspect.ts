import { hasErrors } from "../../diagnostics/diagnostic.js";
import { schemaToJson } from "../../model/to-json.js";
import type { OptionDef } from "../args.js";
import { type CliContext, type ExitCode, exitCodes } from "../cli-context.js";
import { useColor } from "../color.js";
import type { Command, UsageError } from "../command.js";
import { commonOptions, readCommonOptions } from "../common-options.js";
import { loadAndResolve } from "../load-and-resolve.js";
import { configOptions, planTargets, targetInputs } from "../plan-targets.js";
import { reportDiagnostics } from "../report-diagnostics.js";
import { reportPlan } from "../report-plan.js";
import { resolveOptions } from "../resolve-options.js";

const inspectOptions: readonly OptionDef[] = [
  {
    name: "json",
    type: "boolean",
    description: "print the resolved schema as JSON on stdout (required for now)",
  },
  ...configOptions,
  ...resolveOptions,
  ...commonOptions,
];

export const inspectCommand: Command = {
  name: "inspect",
  usage: "mofgen inspect [options] --json [<file.mof>...]",
  description: [
    "Reads the files as one compilation unit and prints the resolved schema: every class with",
    "its effective qualifiers and all its properties and methods, inherited ones included, each",
    "with the class it comes from. Problems go to stderr; with errors nothing is printed.",
    "",
    "Without files, the inputs of the configuration file are read (as generate finds it, or",
    "--config names it); when it has several targets, --target names the one to print.",
  ].join("\n"),
  options: inspectOptions,
  async run({ values, positionals }, context: CliContext): Promise<ExitCode | UsageError> {
    const options = readCommonOptions(values);
    if (values.json !== true) return { usageError: "inspect needs --json (the only format)" };
    const plan = await planTargets(values, positionals, context.cwd, {
      name: "inspect",
      needsOut: false,
    });
    if ("usageError" in plan) return plan;
    if (reportPlan(plan, options, context)) return exitCodes.usage;
    const [target, ...more] = plan.targets;
    if (target === undefined) return exitCodes.usage;
    if (more.length > 0) {
      const names = plan.targets.map((t) => t.name).join(", ");
      return {
        usageError: `inspect prints one schema, not ${plan.targets.length}: choose a target of ${plan.configName ?? "the configuration"} with --target <name> (${names})`,
      };
    }
    const inputs = targetInputs(target, context.cwd);
    if ("usageError" in inputs) return inputs;
    const { unit, schema, diagnostics, elapsedMs } = loadAndResolve(
      inputs.files,
      inputs.includeDirs,
      inputs.resolve,
    );
    const failed = hasErrors(diagnostics);
    // Diagnostics and the summary line go to stderr, so stdout is always just the JSON.
    reportDiagnostics(
      diagnostics,
      unit.sources,
      {
        color: useColor(context, options.noColor),
        quiet: options.quiet,
        files: unit.sources.size,
        elapsedMs,
      },
      context,
    );
    if (failed || schema === undefined) return exitCodes.inputErrors;
    context.stdout(`${JSON.stringify(schemaToJson(schema), null, 2)}\n`);
    return exitCodes.ok;
  },
};
