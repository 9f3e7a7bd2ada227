import path from "node:path";
import { hasErrors } from "../../diagnostics/diagnostic.js";
import type { EmitOptions, EnumStyle, Int64Mode } from "../../emit/emit-options.js";
import { isInSync, type OutputDrift } from "../../output/output-drift.js";
import type { OptionDef, OptionValues } from "../args.js";
import { checkOutput } from "../check-output.js";
import { type CliContext, type ExitCode, exitCodes } from "../cli-context.js";
import { useColor } from "../color.js";
import type { Command, UsageError } from "../command.js";
import { type CommonOptions, commonOptions, readCommonOptions } from "../common-options.js";
import { generateInMemory } from "../generate-in-memory.js";
import { resolveInputPaths } from "../input-paths.js";
import { reportDiagnostics } from "../report-diagnostics.js";
import { writeOutput } from "../write-output.js";

const int64Modes: readonly Int64Mode[] = ["bigint", "string", "number"];
const enumStyles: readonly EnumStyle[] = ["const", "union"];

export const generateOptions: readonly OptionDef[] = [
  {
    name: "out",
    short: "o",
    type: "string",
    valueName: "dir",
    description: "write the bindings into <dir> (required)",
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
  { name: "no-format", type: "boolean", description: "skip Prettier (for debugging templates)" },
  ...commonOptions,
];

/** Everything `mofgen generate` was asked to do, with paths resolved and options validated. */
export interface GenerateRequest {
  readonly files: readonly string[];
  readonly includeDirs: readonly string[];
  /** Absolute output directory, and as the user wrote it (for messages). */
  readonly outDir: string;
  readonly displayOutDir: string;
  readonly check: boolean;
  readonly force: boolean;
  readonly emit: Partial<Omit<EmitOptions, "runtimeSources" | "sourceNames">>;
  readonly common: CommonOptions;
}

/**
 * Turns parsed command-line values into a {@link GenerateRequest}. Shared with the golden tests,
 * which drive each fixture case through exactly the flags `npm run generate` uses.
 */
export function readGenerateRequest(
  values: OptionValues,
  positionals: readonly string[],
  cwd: string,
): GenerateRequest | UsageError {
  const common = readCommonOptions(values);
  if (positionals.length === 0) return { usageError: "generate needs at least one MOF file" };
  const out = values.out;
  if (typeof out !== "string" || out === "") {
    return { usageError: "generate needs an output directory: --out <dir>" };
  }
  const int64 = choice(values.int64, "int64", int64Modes);
  if (typeof int64 === "object") return int64;
  const enumStyle = choice(values["enum-style"], "enum-style", enumStyles);
  if (typeof enumStyle === "object") return enumStyle;
  const importExtension = values["import-extension"];
  const header = values.header;
  const paths = resolveInputPaths(positionals, common.includeDirs, cwd);
  if (!paths.ok) return { usageError: paths.message };
  return {
    files: paths.files,
    includeDirs: paths.includeDirs,
    outDir: path.resolve(cwd, out),
    displayOutDir: out,
    check: values.check === true,
    force: values.force === true,
    emit: {
      ...(int64 === undefined ? {} : { int64 }),
      ...(enumStyle === undefined ? {} : { enumStyle }),
      ...(typeof importExtension === "string" ? { importExtension } : {}),
      ...(typeof header === "string" ? { header } : {}),
      ...(values["no-format"] === true ? { format: false } : {}),
    },
    common,
  };
}

function choice<T extends string>(
  value: unknown,
  option: string,
  allowed: readonly T[],
): T | undefined | UsageError {
  if (value === undefined) return undefined;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value))
    return value as T;
  return {
    usageError: `option '--${option}' must be one of ${allowed.join(", ")}, not '${String(value)}'`,
  };
}

export const generateCommand: Command = {
  name: "generate",
  summary: "generate TypeScript bindings from MOF files",
  usage: "mofgen generate [options] --out <dir> <file.mof>...",
  description: [
    "Reads the files as one compilation unit (as validate does) and, if there are no errors,",
    "writes one TypeScript module per class plus an index into <dir>. Only changed files are",
    "rewritten; files of classes that no longer exist are removed. mofgen records what it wrote",
    "in <dir>/.mofgen-manifest.json and never overwrites or removes anything else.",
    "",
    "With --check nothing is written: exit status 1 means <dir> is out of date.",
  ].join("\n"),
  options: generateOptions,
  async run({ values, positionals }, context: CliContext): Promise<ExitCode | UsageError> {
    const request = readGenerateRequest(values, positionals, context.cwd);
    if ("usageError" in request) return request;
    const started = performance.now();
    const generated = await generateInMemory(request);
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
        files: generated.sources.size,
        elapsedMs: performance.now() - started,
      },
      context,
    );
    if (stopped) return exitCodes.inputErrors;

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
        return exitCodes.inputErrors;
      }
      context.stderr(driftListing(checked.drift, request.displayOutDir));
      const seconds = elapsed(started);
      const summary = isInSync(checked.drift)
        ? `${request.displayOutDir} is up to date (${plural(generated.files.size, "file")}) (${seconds}).`
        : `${request.displayOutDir} is out of date: ${checked.drift.stale.length} stale, ` +
          `${checked.drift.missing.length} missing, ${checked.drift.extra.length} extra; ` +
          `run without --check to update it (${seconds}).`;
      context.stderr(`${summary}\n`);
      return isInSync(checked.drift) ? exitCodes.ok : exitCodes.inputErrors;
    }

    const written = await writeOutput(request.outDir, generated.files, {
      ...where,
      force: request.force,
    });
    if (written.diagnostics.length > 0) {
      reportDiagnostics(
        written.diagnostics,
        new Map(),
        { color, quiet: true, files: 0, elapsedMs: 0 },
        context,
      );
      return exitCodes.inputErrors;
    }
    if (!request.common.quiet) {
      context.stderr(
        `Generated ${plural(generated.files.size, "file")} in ${request.displayOutDir}: ` +
          `${written.written} written, ${written.unchanged} unchanged, ${written.removed} removed ` +
          `(${elapsed(started)}).\n`,
      );
    }
    return exitCodes.ok;
  },
};

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

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
