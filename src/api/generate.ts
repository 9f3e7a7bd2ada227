import { type Diagnostic, hasErrors } from "../diagnostics/diagnostic.js";
import type { EnumStyle, Int64Mode } from "../emit/emit-options.js";
import { generateFiles } from "../emit/generate-files.js";
import { selectClasses } from "../emit/select-classes.js";
import type { Schema } from "../model/model.js";
import { type LoadSchemaOptions, loadSchema } from "./load-schema.js";

export interface GenerateOptions {
  /** Only these classes (names or globs, case-insensitive) and the classes they need. @default every class */
  readonly classes?: readonly string[];
  /** TypeScript type of uint64/sint64 values. @default "bigint" */
  readonly int64?: Int64Mode;
  /** `as const` object plus union type, or the union only. @default "const" */
  readonly enumStyle?: EnumStyle;
  /** Extension of imports between generated files. @default ".js" */
  readonly importExtension?: string;
  /** Extra text under the header comment of every file. @default "" */
  readonly header?: string;
  /** Run Prettier over every file. @default true */
  readonly format?: boolean;
  /** MOF file names shown in each file's header. @default the input's file names, else none */
  readonly sourceNames?: readonly string[];
  /**
   * Templates replacing built-in ones by path (`class.hbs`, `partials/jsdoc.hbs`) → source.
   * @default none
   */
  readonly templates?: ReadonlyMap<string, string>;
}

export interface GenerateResult {
  /** Relative `/`-separated path → content; empty when there are errors. */
  readonly files: ReadonlyMap<string, string>;
  readonly diagnostics: readonly Diagnostic[];
  /** The MOF text read (empty for a Schema input), for `formatDiagnostic` code frames. */
  readonly sources: ReadonlyMap<string, string>;
}

/**
 * TypeScript bindings, in memory: from a resolved {@link Schema}, or from MOF files (read
 * from disk or from `sources`) as {@link loadSchema} takes them. Nothing is written.
 */
export async function generate(
  input: Schema | LoadSchemaOptions,
  options: GenerateOptions = {},
): Promise<GenerateResult> {
  const none = new Map<string, string>();
  let schema: Schema;
  let sources: ReadonlyMap<string, string> = new Map();
  const diagnostics: Diagnostic[] = [];
  let sourceNames = options.sourceNames ?? [];
  if ("classes" in input && input.classes instanceof Map) {
    schema = input as Schema;
  } else {
    const loaded = loadSchema(input as LoadSchemaOptions);
    diagnostics.push(...loaded.diagnostics);
    sources = loaded.sources;
    if (loaded.schema === undefined || hasErrors(diagnostics)) {
      return { files: none, diagnostics, sources };
    }
    schema = loaded.schema;
    sourceNames = options.sourceNames ?? (input as LoadSchemaOptions).files.map(baseName);
  }
  const selection =
    options.classes === undefined ? undefined : selectClasses(schema, options.classes);
  diagnostics.push(...(selection?.diagnostics ?? []));
  const generated = await generateFiles(schema, {
    sourceNames,
    ...(options.int64 === undefined ? {} : { int64: options.int64 }),
    ...(options.enumStyle === undefined ? {} : { enumStyle: options.enumStyle }),
    ...(options.importExtension === undefined ? {} : { importExtension: options.importExtension }),
    ...(options.header === undefined ? {} : { header: options.header }),
    ...(options.format === undefined ? {} : { format: options.format }),
    ...(selection === undefined ? {} : { classes: selection.classes }),
    ...(options.templates === undefined
      ? {}
      : { templates: { dir: "templates", files: options.templates } }),
  });
  diagnostics.push(...generated.diagnostics);
  return { files: hasErrors(diagnostics) ? none : generated.files, diagnostics, sources };
}

function baseName(file: string): string {
  return file.slice(file.replace(/\\/g, "/").lastIndexOf("/") + 1);
}
