import path from "node:path";
import { parseMof } from "../ast/parse.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import type { EmitOptions } from "../emit/emit-options.js";
import { generateFiles } from "../emit/generate-files.js";
import { loadRuntimeSources } from "../emit/runtime-sources.js";
import { loadCompilationUnit } from "../input/load-unit.js";
import { resolveSchema } from "../model/resolve-schema.js";
import { fsSourceHost } from "./fs-source-host.js";

export interface InMemoryRequest {
  /** Absolute forward-slash paths of the entry files, in compile order. */
  readonly files: readonly string[];
  readonly includeDirs: readonly string[];
  readonly emit: Partial<Omit<EmitOptions, "runtimeSources" | "sourceNames">>;
}

export interface InMemoryResult {
  /** Relative forward-slash path → formatted content; empty when any stage reported an error. */
  readonly files: ReadonlyMap<string, string>;
  readonly diagnostics: readonly Diagnostic[];
  /** Every MOF file read, for code frames. */
  readonly sources: ReadonlyMap<string, string>;
}

/**
 * Runs the whole pipeline up to (not including) the file system: load, resolve, emit. Each stage
 * runs only when the ones before it reported no errors, so one mistake is reported once rather
 * than again as its consequences.
 */
export async function generateInMemory(request: InMemoryRequest): Promise<InMemoryResult> {
  const none = new Map<string, string>();
  const loaded = loadCompilationUnit(request.files, {
    includeDirs: request.includeDirs,
    host: fsSourceHost,
    parse: parseMof,
  });
  const sources = loaded.unit.sources;
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  if (hasErrors(diagnostics)) return { files: none, diagnostics, sources };

  const resolved = resolveSchema(loaded.unit, {});
  diagnostics.push(...resolved.diagnostics);
  if (hasErrors(diagnostics)) return { files: none, diagnostics, sources };

  const generated = await generateFiles(resolved.schema, {
    ...request.emit,
    // Plain names only: the output must not depend on where the generator ran.
    sourceNames: request.files.map((file) => path.posix.basename(file)),
    runtimeSources: loadRuntimeSources(),
  });
  diagnostics.push(...generated.diagnostics);
  if (hasErrors(diagnostics)) return { files: none, diagnostics, sources };
  return { files: generated.files, diagnostics, sources };
}
