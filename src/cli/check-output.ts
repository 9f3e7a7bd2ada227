import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { driftOf, type OutputDrift } from "../output/output-drift.js";
import { planOutput } from "../output/plan-output.js";
import { errorReason, nodeOutputFs, type OutputFs } from "./output-fs.js";
import { readOutputState } from "./read-output-state.js";

export interface CheckOutputOptions {
  readonly displayDir?: string;
  readonly fs?: OutputFs;
}

export interface CheckOutputResult {
  readonly drift: OutputDrift;
  /** Files already exactly as they would be generated. */
  readonly unchanged: number;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Compares the generated files with what is in `outDir` without writing anything (`--check`).
 * Files mofgen never wrote are ignored unless a generated file would replace them.
 */
export async function checkOutput(
  outDir: string,
  files: ReadonlyMap<string, string>,
  options: CheckOutputOptions = {},
): Promise<CheckOutputResult> {
  const fs = options.fs ?? nodeOutputFs;
  const displayDir = options.displayDir ?? outDir;
  const empty: OutputDrift = { stale: [], missing: [], extra: [] };
  try {
    const kind = await fs.kind(outDir);
    if (kind !== undefined && kind !== "directory") {
      const message = `cannot check '${displayDir}' because it is not a directory`;
      return { drift: empty, unchanged: 0, diagnostics: [makeDiagnostic("MOF5304", message)] };
    }
    const state = await readOutputState(outDir, files.keys(), fs);
    const plan = planOutput(files, state, { mode: "check", force: false, displayDir });
    return {
      drift: driftOf(plan),
      unchanged: plan.unchanged.length,
      diagnostics: plan.diagnostics,
    };
  } catch (error) {
    const message = `cannot read the output directory '${displayDir}': ${errorReason(error)}`;
    return { drift: empty, unchanged: 0, diagnostics: [makeDiagnostic("MOF5305", message)] };
  }
}
