import { MANIFEST_FILE } from "./manifest.js";
import { compareOutputPaths } from "./output-path.js";
import type { OutputPlan } from "./plan-output.js";

/** How an output directory differs from what mofgen would write now (`--check`). */
export interface OutputDrift {
  /** Present, but with different content. */
  readonly stale: readonly string[];
  /** Not present at all. */
  readonly missing: readonly string[];
  /** Written by mofgen earlier but no longer part of the output. */
  readonly extra: readonly string[];
}

/** Reads the drift off a plan made in `check` mode; the manifest counts like any other file. */
export function driftOf(plan: OutputPlan): OutputDrift {
  const stale = new Set([...plan.update, ...plan.conflicts]);
  const missing = new Set(plan.create);
  if (plan.manifestChange === "update") stale.add(MANIFEST_FILE);
  if (plan.manifestChange === "create") missing.add(MANIFEST_FILE);
  return {
    stale: [...stale].sort(compareOutputPaths),
    missing: [...missing].sort(compareOutputPaths),
    extra: [...plan.remove],
  };
}

export function isInSync(drift: OutputDrift): boolean {
  return drift.stale.length === 0 && drift.missing.length === 0 && drift.extra.length === 0;
}
