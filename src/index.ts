/**
 * mofgen's programmatic API: the stages the `mofgen` command runs, without its I/O. Every
 * function returns diagnostics (the same objects the command prints) instead of throwing.
 *
 * - {@link parse}: one MOF text → AST.
 * - {@link loadSchema}: MOF files (from disk or memory) → resolved {@link Schema};
 *   {@link resolve}: an already loaded {@link CompilationUnit} → Schema.
 * - {@link generate}: Schema or files → generated TypeScript as an in-memory file map.
 * - {@link formatDiagnostic}: a diagnostic as `file:line:col - error MOFnnnn: ...` + code frame.
 * - {@link defineConfig}: types a `mofgen.config.mjs`.
 */

export { type GenerateOptions, type GenerateResult, generate } from "./api/generate.js";
export { type LoadedSchema, type LoadSchemaOptions, loadSchema } from "./api/load-schema.js";
export type * from "./ast/ast.js";
export { type ParseResult, parseMof as parse } from "./ast/parse.js";
export type { MofgenConfig, TargetConfig } from "./config/config-types.js";
export { defineConfig } from "./config/define-config.js";
export type { DiagnosticCode } from "./diagnostics/codes.js";
export type { Diagnostic, RelatedLocation, Severity } from "./diagnostics/diagnostic.js";
export { hasErrors } from "./diagnostics/diagnostic.js";
export {
  type FormatOptions,
  formatDiagnostic,
  formatSummary,
  sortDiagnostics,
} from "./diagnostics/format-diagnostic.js";
export type { EnumStyle, Int64Mode } from "./emit/emit-options.js";
export { type ClassSelection, selectClasses } from "./emit/select-classes.js";
export type { SourceHost } from "./input/load-unit.js";
export { createMemorySourceHost } from "./input/memory-source-host.js";
export type * from "./model/model.js";
export {
  type ResolveOptions,
  type ResolveResult,
  resolveSchema as resolve,
} from "./model/resolve-schema.js";
