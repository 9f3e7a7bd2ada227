import type { CompilationUnit } from "../ast/ast.js";
import { parseMof } from "../ast/parse.js";
import { type Diagnostic, hasErrors } from "../diagnostics/diagnostic.js";
import { loadCompilationUnit } from "../input/load-unit.js";
import type { Schema } from "../model/model.js";
import { type ResolveOptions, resolveSchema } from "../model/resolve-schema.js";
import { fsSourceHost } from "./fs-source-host.js";

export interface LoadedSchema {
  readonly unit: CompilationUnit;
  /** Absent when reading or parsing failed: a partial unit would only add follow-on errors. */
  readonly schema: Schema | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly elapsedMs: number;
}

/** Reads the entry files as one unit and resolves it, for the commands that need the model. */
export function loadAndResolve(
  files: readonly string[],
  includeDirs: readonly string[],
  options: ResolveOptions = {},
): LoadedSchema {
  const started = performance.now();
  const loaded = loadCompilationUnit(files, { includeDirs, host: fsSourceHost, parse: parseMof });
  if (hasErrors(loaded.diagnostics)) {
    const elapsedMs = performance.now() - started;
    return { unit: loaded.unit, schema: undefined, diagnostics: loaded.diagnostics, elapsedMs };
  }
  const resolved = resolveSchema(loaded.unit, options);
  return {
    unit: loaded.unit,
    schema: resolved.schema,
    diagnostics: [...loaded.diagnostics, ...resolved.diagnostics],
    elapsedMs: performance.now() - started,
  };
}
