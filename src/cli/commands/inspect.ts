import { hasErrors } from "../../diagnostics/diagnostic.js";
import { schemaToJson } from "../../model/to-json.js";
import type { OptionDef } from "../args.js";
import { type CliContext, exitCodes } from "../cli-context.js";
import { useColor } from "../color.js";
import type { Command } from "../command.js";
import { commonOptions, readCommonOptions } from "../common-options.js";
import { resolveInputPaths } from "../input-paths.js";
import { loadAndResolve } from "../load-and-resolve.js";
import { reportDiagnostics } from "../report-diagnostics.js";
import { resolveOptions } from "../resolve-options.js";

const inspectOptions: readonly OptionDef[] = [
  {
    name: "json",
    type: "boolean",
    description: "print the resolved schema as JSON on stdout (required for now)",
  },
  ...resolveOptions,
  ...commonOptions,
];

export const inspectCommand: Command = {
  name: "inspect",
  usage: "mofgen inspect [options] --json <file.mof>...",
  description: [
    "Reads the files as one compilation unit and prints the resolved schema: every class with",
    "its effective qualifiers and all its properties and methods, inherited ones included, each",
    "with the class it comes from. Problems go to stderr; with errors nothing is printed.",
  ].join("\n"),
  options: inspectOptions,
  run({ values, positionals }, context: CliContext) {
    const options = readCommonOptions(values);
    if (values.json !== true) return { usageError: "inspect needs --json (the only format)" };
    if (positionals.length === 0) return { usageError: "inspect needs at least one MOF file" };
    const paths = resolveInputPaths(positionals, options.includeDirs, context.cwd);
    if (!paths.ok) return { usageError: paths.message };
    const { unit, schema, diagnostics, elapsedMs } = loadAndResolve(
      paths.files,
      paths.includeDirs,
      {
        ...(typeof values.locale === "string" ? { locale: values.locale } : {}),
        ...(typeof values.namespace === "string" ? { defaultNamespace: values.namespace } : {}),
      },
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
