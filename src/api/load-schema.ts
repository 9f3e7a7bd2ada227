import type { CompilationUnit } from "../ast/ast.js";
import { parseMof } from "../ast/parse.js";
import { fsSourceHost } from "../cli/fs-source-host.js";
import { type Diagnostic, hasErrors } from "../diagnostics/diagnostic.js";
import { loadCompilationUnit, type SourceHost } from "../input/load-unit.js";
import { createMemorySourceHost } from "../input/memory-source-host.js";
import type { Schema } from "../model/model.js";
import { resolveSchema } from "../model/resolve-schema.js";

export interface LoadSchemaOptions {
  /** The entry files, compiled in order as one unit (`#pragma include`s are followed). */
  readonly files: readonly string[];
  /** Directories searched for included files after the including file's own. @default [] */
  readonly includeDirs?: readonly string[];
  /**
   * The files' contents by path, instead of the file system. Paths are relative or absolute,
   * `/`-separated; includes resolve against them as on disk. @default the file system
   */
  readonly sources?: ReadonlyMap<string, string | Uint8Array> | Readonly<Record<string, string>>;
  /** Or any other way of reading files. Ignored when `sources` is given. */
  readonly host?: SourceHost;
  /** Namespace before the first `#pragma namespace`. @default "root/cimv2" */
  readonly namespace?: string;
  /** WMI amendment locale to merge (0x409, 1033, ms_409, en-US). @default 0x409 if present */
  readonly locale?: string;
}

export interface LoadedSchema {
  /** Absent when reading or parsing failed (see `diagnostics`). */
  readonly schema: Schema | undefined;
  readonly unit: CompilationUnit;
  /** Every diagnostic, in the objects `formatDiagnostic` prints (and the CLI prints). */
  readonly diagnostics: readonly Diagnostic[];
  /** The text of every file read, by path: what `formatDiagnostic` needs for code frames. */
  readonly sources: ReadonlyMap<string, string>;
}

/** Reads MOF files (from disk or memory) and resolves them into a {@link Schema}. */
export function loadSchema(options: LoadSchemaOptions): LoadedSchema {
  const host =
    options.sources !== undefined
      ? createMemorySourceHost(options.sources)
      : (options.host ?? fsSourceHost);
  const loaded = loadCompilationUnit(options.files, {
    includeDirs: options.includeDirs ?? [],
    host,
    parse: parseMof,
  });
  const { unit } = loaded;
  if (hasErrors(loaded.diagnostics)) {
    return { schema: undefined, unit, diagnostics: loaded.diagnostics, sources: unit.sources };
  }
  const resolved = resolveSchema(unit, {
    ...(options.namespace === undefined ? {} : { defaultNamespace: options.namespace }),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
  return {
    schema: resolved.schema,
    unit,
    diagnostics: [...loaded.diagnostics, ...resolved.diagnostics],
    sources: unit.sources,
  };
}
