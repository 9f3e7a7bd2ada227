/**
 * What `mofgen generate` should do: one {@link GenerateRequest} per target of the
 * {@link planTargets plan} the configuration and the flags make.
 */
import fs from "node:fs";
import path from "node:path";
import type { ResolvedTarget } from "../config/config-types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { EmitOptions } from "../emit/emit-options.js";
import type { ResolveOptions } from "../model/resolve-schema.js";
import type { OptionValues } from "./args.js";
import type { UsageError } from "./command.js";
import { type CommonOptions, readCommonOptions } from "./common-options.js";
import { type PlanCommand, planCommandLine, planTargets, targetInputs } from "./plan-targets.js";

/** Everything `mofgen generate` was asked to do for one target, paths resolved, options validated. */
export interface GenerateRequest {
  /** The target's name when the configuration has several (prefixes its messages). */
  readonly label: string | undefined;
  readonly files: readonly string[];
  readonly includeDirs: readonly string[];
  /** Absolute output directory, and as shown in messages (relative to the working directory). */
  readonly outDir: string;
  readonly displayOutDir: string;
  readonly check: boolean;
  readonly force: boolean;
  readonly resolve: ResolveOptions;
  /** Class names or globs to generate (with their dependencies); `undefined`: every class. */
  readonly classes: readonly string[] | undefined;
  /** Absolute directory of template overrides. */
  readonly templatesDir: string | undefined;
  readonly emit: Partial<Omit<EmitOptions, "runtimeSources" | "sourceNames">>;
  readonly common: CommonOptions;
}

export interface GeneratePlan {
  readonly requests: readonly GenerateRequest[];
  /** The configuration file used, absolute (watched under --watch). */
  readonly configFile: string | undefined;
  /** Problems with the configuration; with an error, `requests` is empty (exit 2). */
  readonly diagnostics: readonly Diagnostic[];
}

const generate: PlanCommand = { name: "generate", needsOut: true };

/** Reads the configuration (from --config, or found upward from `cwd`) and merges the flags in. */
export async function planGenerate(
  values: OptionValues,
  positionals: readonly string[],
  cwd: string,
): Promise<GeneratePlan | UsageError> {
  const plan = await planTargets(values, positionals, cwd, generate);
  if ("usageError" in plan) return plan;
  const requests: GenerateRequest[] = [];
  for (const target of plan.targets) {
    const request = targetRequest(target, plan.labelled ? target.name : undefined, values, cwd);
    if ("usageError" in request) return request;
    requests.push(request);
  }
  return { requests, configFile: plan.configFile, diagnostics: plan.diagnostics };
}

/**
 * The request from the command line alone (no configuration file). Shared with the golden
 * tests, which drive each fixture case through exactly the flags `npm run generate` uses.
 */
export function readGenerateRequest(
  values: OptionValues,
  positionals: readonly string[],
  cwd: string,
): GenerateRequest | UsageError {
  const plan = planCommandLine(values, positionals, cwd, generate);
  if ("usageError" in plan) return plan;
  const [target] = plan.targets;
  return target === undefined
    ? { usageError: "the command line names no target" }
    : targetRequest(target, undefined, values, cwd);
}

function targetRequest(
  target: ResolvedTarget,
  label: string | undefined,
  values: OptionValues,
  cwd: string,
): GenerateRequest | UsageError {
  const inputs = targetInputs(target, cwd);
  if ("usageError" in inputs) return inputs;
  if (target.templatesDir !== undefined && !isDirectory(target.templatesDir)) {
    return {
      usageError: `cannot use templates directory '${path.relative(cwd, target.templatesDir)}': no such directory`,
    };
  }
  return {
    label,
    files: inputs.files,
    includeDirs: inputs.includeDirs,
    outDir: target.out,
    displayOutDir: path.relative(cwd, target.out).split(path.sep).join("/") || ".",
    check: values.check === true,
    force: values.force === true,
    resolve: inputs.resolve,
    classes: target.classes,
    templatesDir: target.templatesDir,
    emit: {
      int64: target.int64,
      enumStyle: target.enumStyle,
      importExtension: target.importExtension,
      header: target.header,
      format: target.format,
    },
    common: readCommonOptions(values),
  };
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
