import path from "node:path";
import { parseMof } from "../ast/parse.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import type { EmitOptions } from "../emit/emit-options.js";
import type { FormatFile } from "../emit/format-typescript.js";
import { readTree } from "../emit/package-assets.js";
import { loadRuntimeSources } from "../emit/runtime-sources.js";
import { selectClasses } from "../emit/select-classes.js";
import { loadCompilationUnit, type SourceHost } from "../input/load-unit.js";
import { type ResolveOptions, resolveSchema } from "../model/resolve-schema.js";
import { fsSourceHost } from "./fs-source-host.js";

export interface InMemoryRequest {
  /** Absolute forward-slash paths of the entry files, in compile order. */
  readonly files: readonly string[];
  readonly includeDirs: readonly string[];
  readonly emit: Partial<Omit<EmitOptions, "runtimeSources" | "sourceNames">>;
  readonly resolve?: ResolveOptions;
  /** Class names or globs; only they and what they need are emitted. */
  readonly classes?: readonly string[] | undefined;
  /** Directory of templates overriding built-in ones by path. */
  readonly templatesDir?: string | undefined;
  /** Told of each stage as it starts, for a progress display. */
  readonly onProgress?: (event: GenerateProgress) => void;
  /** Formats each file (default: Prettier in this thread, one file at a time). */
  readonly format?: FormatFile;
  /** Where sources are read from (default: the file system). */
  readonly sourceHost?: SourceHost;
}

export type GenerateProgress =
  | { readonly stage: "read"; readonly files: number }
  | { readonly stage: "resolve" }
  | { readonly stage: "emit"; readonly classes: number };

export interface InMemoryResult {
  /** Relative forward-slash path → formatted content; empty when any stage reported an error. */
  readonly files: ReadonlyMap<string, string>;
  readonly diagnostics: readonly Diagnostic[];
  /** Every MOF file read, for code frames. */
  readonly sources: ReadonlyMap<string, string>;
  /** The template files read from `templatesDir` (absolute paths), e.g. for --watch. */
  readonly templateFiles: readonly string[];
  /** How many classes were emitted; `undefined` when emitting did not start. */
  readonly classCount: number | undefined;
}

/**
 * Runs the whole pipeline up to (not including) the file system: load, resolve, emit. Each stage
 * runs only when the ones before it reported no errors, so one mistake is reported once rather
 * than again as its consequences.
 */
export async function generateInMemory(request: InMemoryRequest): Promise<InMemoryResult> {
  const none = new Map<string, string>();
  const progress = request.onProgress ?? (() => {});
  const templates =
    request.templatesDir === undefined ? undefined : readTree(request.templatesDir, [".hbs"]);
  const templateFiles = [...(templates?.keys() ?? [])].map((f) => `${request.templatesDir}/${f}`);
  let read = 0;
  const host: SourceHost = {
    readFile(file) {
      progress({ stage: "read", files: ++read });
      return (request.sourceHost ?? fsSourceHost).readFile(file);
    },
  };
  const loaded = loadCompilationUnit(request.files, {
    includeDirs: request.includeDirs,
    host,
    parse: parseMof,
  });
  const sources = loaded.unit.sources;
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const stopped = { files: none, diagnostics, sources, templateFiles, classCount: undefined };
  if (hasErrors(diagnostics)) return stopped;

  progress({ stage: "resolve" });
  const resolved = resolveSchema(loaded.unit, request.resolve ?? {});
  diagnostics.push(...resolved.diagnostics);
  if (hasErrors(diagnostics)) return stopped;

  const selection =
    request.classes === undefined ? undefined : selectClasses(resolved.schema, request.classes);
  diagnostics.push(...(selection?.diagnostics ?? []));
  const classCount =
    selection?.classes.size ??
    [...resolved.schema.classes.values()].filter((c) => !c.implicit).length;
  progress({ stage: "emit", classes: classCount });
  // Loaded only here: Handlebars and Prettier are not needed before this point, or at all when
  // the input has errors.
  const { generateFiles } = await import("../emit/generate-files.js");
  const generated = await generateFiles(
    resolved.schema,
    {
      ...request.emit,
      // Plain names only: the output must not depend on where the generator ran.
      sourceNames: request.files.map((file) => path.posix.basename(file)),
      runtimeSources: loadRuntimeSources(),
      ...(selection === undefined ? {} : { classes: selection.classes }),
      ...(templates === undefined || request.templatesDir === undefined
        ? {}
        : { templates: { dir: request.templatesDir, files: templates } }),
    },
    request.format,
  );
  diagnostics.push(...generated.diagnostics);
  if (hasErrors(diagnostics)) return { ...stopped, classCount };
  return { files: generated.files, diagnostics, sources, templateFiles, classCount };
}
