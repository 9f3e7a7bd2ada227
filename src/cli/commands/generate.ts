import fs from "node:fs";
import { hasErrors } from "../../diagnostics/diagnostic.js";
import { readTree } from "../../emit/package-assets.js";
import { isInSync, type OutputDrift } from "../../output/output-drift.js";
import type { OptionDef, OptionValues } from "../args.js";
import { checkOutput } from "../check-output.js";
import { type CliContext, type ExitCode, exitCodes } from "../cli-context.js";
import { useColor } from "../color.js";
import type { Command, UsageError } from "../command.js";
import { commonOptions, readCommonOptions } from "../common-options.js";
import { generateInMemory } from "../generate-in-memory.js";
import { type GenerateRequest, planGenerate } from "../generate-plan.js";
import { startIncrementalRun } from "../incremental-run.js";
import { configOptions } from "../plan-targets.js";
import { createProgress } from "../progress.js";
import { reportDiagnostics } from "../report-diagnostics.js";
import { reportPlan } from "../report-plan.js";
import { resolveOptions } from "../resolve-options.js";
import { watchGenerate } from "../watch-generate.js";
import { writeOutput } from "../write-output.js";

export { type GenerateRequest, readGenerateRequest } from "../generate-plan.js";

export const generateOptions: readonly OptionDef[] = [
  {
    name: "out",
    short: "o",
    type: "string",
    valueName: "dir",
    description: "write the bindings into <dir> (required without a configuration file)",
  },
  ...configOptions,
  {
    name: "watch",
    short: "w",
    type: "boolean",
    description:
      "regenerate whenever an input, included file, template or the configuration changes",
  },
  {
    name: "classes",
    type: "string",
    multiple: true,
    valueName: "pattern",
    description: "only this class (name or glob, repeatable) and the classes it needs",
  },
  {
    name: "check",
    type: "boolean",
    description: "write nothing; exit 1 and list stale, missing and extra files if <dir> differs",
  },
  {
    name: "force",
    type: "boolean",
    description: "overwrite files in <dir> that mofgen did not write",
  },
  {
    name: "int64",
    type: "string",
    valueName: "bigint|string|number",
    description: "TypeScript type of uint64/sint64 values (default: bigint)",
  },
  {
    name: "enum-style",
    type: "string",
    valueName: "const|union",
    description:
      "ValueMaps as an `as const` object plus union type, or the union only (default: const)",
  },
  {
    name: "import-extension",
    type: "string",
    valueName: "ext",
    description: "extension of imports between generated files (default: .js)",
  },
  {
    name: "header",
    type: "string",
    valueName: "text",
    description: "extra text under the header comment of every file (e.g. a license notice)",
  },
  {
    name: "templates-dir",
    type: "string",
    valueName: "dir",
    description:
      "templates in <dir> replace built-in ones of the same name (class.hbs, partials/...)",
  },
  { name: "no-format", type: "boolean", description: "skip Prettier (for debugging templates)" },
  ...resolveOptions,
  ...commonOptions,
];

export const generateCommand: Command = {
  name: "generate",
  usage: "mofgen generate [options] [--out <dir> <file.mof>...]",
  description: [
    "Reads the files as one compilation unit (as validate does) and, if there are no errors,",
    "writes one TypeScript module per class plus an index into <dir>. Only changed files are",
    "rewritten; files of classes that no longer exist are removed. mofgen records what it wrote",
    "in <dir>/.mofgen-manifest.json and never overwrites or removes anything else.",
    "",
    "Without input files, the targets of the configuration file are generated: the first of",
    'mofgen.config.mjs, mofgen.config.js, mofgen.config.json or a "mofgen" key in package.json',
    "found in the working directory or above it (or the file named by --config). Options on",
    "the command line override the configuration; input files, --out, -I and --classes only",
    "when it has a single target or --target selects one.",
    "",
    "With --check nothing is written: exit status 1 means <dir> is out of date.",
    "With --watch mofgen keeps running and regenerates after every change; Ctrl-C stops it.",
  ].join("\n"),
  options: generateOptions,
  async run({ values, positionals }, context: CliContext): Promise<ExitCode | UsageError> {
    if (values.watch === true) {
      if (values.check === true) return { usageError: "--watch and --check cannot be combined" };
      return watchGenerate((ctx) => generateOnce(values, positionals, ctx), context);
    }
    return (await generateOnce(values, positionals, context)).status;
  },
};

export interface GenerateRun {
  readonly status: ExitCode | UsageError;
  /** Every file the run depended on (absolute): inputs, included files, templates, configuration. */
  readonly inputs: ReadonlySet<string>;
  /** Template directories, where a template added later replaces a built-in one. */
  readonly templateDirs?: ReadonlySet<string>;
}

/** One `mofgen generate`: every target of the plan, in order; the worst exit status wins. */
export async function generateOnce(
  values: OptionValues,
  positionals: readonly string[],
  context: CliContext,
): Promise<GenerateRun> {
  const plan = await planGenerate(values, positionals, context.cwd);
  if ("usageError" in plan) return { status: plan, inputs: new Set() };
  const inputs = new Set(plan.configFile === undefined ? [] : [plan.configFile]);
  if (reportPlan(plan, readCommonOptions(values), context)) {
    return { status: exitCodes.usage, inputs };
  }
  let status: ExitCode = exitCodes.ok;
  const templateDirs = new Set<string>();
  for (const request of plan.requests) {
    if (request.templatesDir !== undefined) templateDirs.add(request.templatesDir);
    const result = await generateTarget(request, context);
    for (const file of result.inputs) inputs.add(file);
    // Also when the run was skipped as up to date, which does not read the templates.
    for (const file of templateFiles(request.templatesDir)) inputs.add(file);
    status = Math.max(status, result.status) as ExitCode;
  }
  return { status, inputs, templateDirs };
}

async function generateTarget(
  request: GenerateRequest,
  context: CliContext,
): Promise<{ status: ExitCode; inputs: readonly string[] }> {
  const started = performance.now();
  const prefix = request.label === undefined ? "" : `${request.label}: `;
  const progress = createProgress(context, request.common.quiet, request.label ?? "");
  const run = await startIncrementalRun(request, context.env);
  if (run.upToDate) {
    if (!request.common.quiet) {
      context.stderr(
        `${prefix}${request.displayOutDir} is up to date: no input, option or generator ` +
          `change since it was generated (${plural(run.files, "file")}) (${elapsed(started)}).\n`,
      );
    }
    return { status: exitCodes.ok, inputs: run.inputs };
  }
  // Files staged while formatting and not taken by the writer (errors, --check, unchanged).
  try {
    const generated = await generateInMemory({
      ...request,
      onProgress: progress.update,
      ...run.hooks,
    }).finally(() => run.close());
    progress.clear();
    const inputs = [...request.files, ...generated.sources.keys(), ...generated.templateFiles];
    const color = useColor(context, request.common.noColor);
    const stopped = hasErrors(generated.diagnostics);
    reportDiagnostics(
      generated.diagnostics,
      generated.sources,
      {
        color,
        // On success the output summary below is the final line; the counts of problems
        // found are only worth their own line when they stop the run.
        quiet: request.common.quiet || (!stopped && generated.diagnostics.length === 0),
        label: request.label,
        files: generated.sources.size,
        elapsedMs: performance.now() - started,
      },
      context,
    );
    if (stopped) return { status: exitCodes.inputErrors, inputs };
    if (request.common.verbose) {
      const characters = [...generated.sources.values()].reduce((sum, t) => sum + t.length, 0);
      context.stderr(
        `${prefix}read ${plural(generated.sources.size, "file")} (${characters} characters), ` +
          `emitted ${plural(generated.classCount ?? 0, "class", "classes")} ` +
          `in ${elapsed(started)}\n`,
      );
    }

    const where = { displayDir: request.displayOutDir };
    if (request.check) {
      const checked = await checkOutput(request.outDir, generated.files, where);
      if (checked.diagnostics.length > 0) {
        reportDiagnostics(
          checked.diagnostics,
          new Map(),
          { color, quiet: true, files: 0, elapsedMs: 0 },
          context,
        );
        return { status: exitCodes.inputErrors, inputs };
      }
      context.stderr(driftListing(checked.drift, request.displayOutDir));
      const seconds = elapsed(started);
      const summary = isInSync(checked.drift)
        ? `${request.displayOutDir} is up to date (${plural(generated.files.size, "file")}) (${seconds}).`
        : `${request.displayOutDir} is out of date: ${checked.drift.stale.length} stale, ` +
          `${checked.drift.missing.length} missing, ${checked.drift.extra.length} extra; ` +
          `run without --check to update it (${seconds}).`;
      context.stderr(`${prefix}${summary}\n`);
      return { status: isInSync(checked.drift) ? exitCodes.ok : exitCodes.inputErrors, inputs };
    }

    const written = await writeOutput(request.outDir, generated.files, {
      ...where,
      force: request.force,
      record: run.record(generated.diagnostics.length),
      early: run.early,
    });
    if (written.diagnostics.length > 0) {
      reportDiagnostics(
        written.diagnostics,
        new Map(),
        { color, quiet: true, files: 0, elapsedMs: 0 },
        context,
      );
      return { status: exitCodes.inputErrors, inputs };
    }
    if (!request.common.quiet) {
      context.stderr(
        `${prefix}Generated ${plural(generated.files.size, "file")} in ${request.displayOutDir}: ` +
          `${written.written} written, ${written.unchanged} unchanged, ${written.removed} removed ` +
          `(${elapsed(started)}).\n`,
      );
    }
    return { status: exitCodes.ok, inputs };
  } finally {
    await run.early?.discard();
  }
}

function templateFiles(dir: string | undefined): string[] {
  if (dir === undefined || !fs.existsSync(dir)) return [];
  return [...readTree(dir, [".hbs"]).keys()].map((file) => `${dir}/${file}`);
}

function driftListing(drift: OutputDrift, dir: string): string {
  const lines = [
    ...drift.stale.map((p) => `stale:   ${dir}/${p}`),
    ...drift.missing.map((p) => `missing: ${dir}/${p}`),
    ...drift.extra.map((p) => `extra:   ${dir}/${p}`),
  ];
  return lines.map((line) => `${line}\n`).join("");
}

function elapsed(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(2)} s`;
}

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
