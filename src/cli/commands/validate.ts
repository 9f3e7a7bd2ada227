import { hasErrors } from "../../diagnostics/diagnostic.js";
import { type CliContext, exitCodes } from "../cli-context.js";
import { useColor } from "../color.js";
import type { Command } from "../command.js";
import { commonOptions, readCommonOptions } from "../common-options.js";
import { resolveInputPaths } from "../input-paths.js";
import { loadAndResolve } from "../load-and-resolve.js";
import { reportDiagnostics } from "../report-diagnostics.js";

export const validateCommand: Command = {
  name: "validate",
  usage: "mofgen validate [options] <file.mof>...",
  description: [
    "Reads the files as one compilation unit, in the order given, following #pragma include,",
    "resolves the schema (qualifiers, inheritance, references, instances), and reports every",
    "problem found with its place in the source. Nothing is written.",
  ].join("\n"),
  options: commonOptions,
  run({ values, positionals }, context: CliContext) {
    const options = readCommonOptions(values);
    if (positionals.length === 0) return { usageError: "validate needs at least one MOF file" };
    const paths = resolveInputPaths(positionals, options.includeDirs, context.cwd);
    if (!paths.ok) return { usageError: paths.message };
    const { unit, diagnostics, elapsedMs } = loadAndResolve(paths.files, paths.includeDirs);
    if (options.verbose) {
      const characters = [...unit.sources.values()].reduce((sum, text) => sum + text.length, 0);
      context.stderr(
        `files read: ${unit.sources.size}, characters: ${characters}, declarations: ${unit.productions.length}, time: ${elapsedMs.toFixed(0)} ms\n`,
      );
    }
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
    return hasErrors(diagnostics) ? exitCodes.inputErrors : exitCodes.ok;
  },
};
