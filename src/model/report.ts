import type { Diagnostic } from "../diagnostics/diagnostic.js";

/**
 * Where a model stage sends its problems. Stages only report; resolve-schema.ts collects, so a
 * stage can also run with a sink that ignores them (the implicit WMI system classes do).
 */
export type Report = (diagnostic: Diagnostic) => void;
