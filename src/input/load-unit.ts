import path from "node:path";
import type { CompilationUnit, MofDocument, Pragma, Production, Span } from "../ast/ast.js";
import type { Diagnostic, RelatedLocation } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { decodeSource } from "./decode-source.js";

/**
 * The only way the input stage reaches the file system, so it stays pure and testable with an
 * in-memory map. Paths are forward-slash paths as built by the loader.
 */
export interface SourceHost {
  /** The file's bytes, or `undefined` when it does not exist or cannot be read as a file. */
  readFile(path: string): Uint8Array | undefined;
}

/** The parser's signature (src/ast/parse.ts); injected so this stage does not depend on it. */
export type ParseMof = (
  text: string,
  file: string,
) => { readonly document: MofDocument; readonly diagnostics: readonly Diagnostic[] };

export interface LoadOptions {
  /** Searched in order after the including file's own directory. */
  readonly includeDirs: readonly string[];
  readonly host: SourceHost;
  readonly parse: ParseMof;
}

export interface LoadResult {
  readonly unit: CompilationUnit;
  readonly diagnostics: Diagnostic[];
}

/** An entry file, or the include pragma that brought a file in. */
interface Inclusion {
  readonly file: string;
  readonly pragma: Pragma | undefined;
}

/**
 * Reads the entry files as one compilation unit, in the order given, expanding every
 * `#pragma include` in place. Each file (by normalised path) is read and parsed once: a second
 * include of it is skipped with a warning, and an include that closes a cycle is an error.
 */
export function loadCompilationUnit(
  entryFiles: readonly string[],
  options: LoadOptions,
): LoadResult {
  const sources = new Map<string, string>();
  const documents: MofDocument[] = [];
  const productions: Production[] = [];
  const diagnostics: Diagnostic[] = [];
  /** Where each file read so far was first brought in, for the "already included" note. */
  const firstInclusion = new Map<string, Inclusion>();
  /** The files being expanded right now, outermost first: a cycle is a path back into it. */
  const chain: Inclusion[] = [];
  const searchDirs = options.includeDirs.map(normalisePath);

  const load = (inclusion: Inclusion, bytes: Uint8Array | undefined): void => {
    const { file, pragma } = inclusion;
    const cycleStart = chain.findIndex((open) => open.file === file);
    if (cycleStart >= 0) {
      diagnostics.push(cycleDiagnostic(chain.slice(cycleStart), inclusion));
      return;
    }
    const first = firstInclusion.get(file);
    if (first !== undefined) {
      diagnostics.push(repeatDiagnostic(first, inclusion));
      return;
    }
    bytes ??= options.host.readFile(file);
    if (bytes === undefined) {
      diagnostics.push(makeDiagnostic("MOF1001", `cannot read file '${file}'`, pragma?.span));
      return;
    }
    firstInclusion.set(file, inclusion);
    const decoded = decodeSource(bytes, file);
    sources.set(file, decoded.text);
    diagnostics.push(...decoded.diagnostics);
    const parsed = decoded.binary
      ? { document: { file, productions: [] }, diagnostics: [] }
      : options.parse(decoded.text, file);
    documents.push(parsed.document);
    diagnostics.push(...parsed.diagnostics);
    chain.push(inclusion);
    for (const production of parsed.document.productions) {
      if (production.kind === "pragma" && production.name === "include") {
        const found = resolveInclude(production, file);
        if (found !== undefined) load({ file: found.file, pragma: production }, found.bytes);
      } else {
        productions.push(production);
      }
    }
    chain.pop();
  };

  /**
   * Relative to the including file's directory, then to each include directory. A file
   * already read counts as found without reading it again; a new one is read once, here.
   */
  const resolveInclude = (
    pragma: Pragma,
    includingFile: string,
  ): { file: string; bytes: Uint8Array | undefined } | undefined => {
    const [arg, ...extra] = pragma.args;
    if (arg?.kind !== "string" || extra.length > 0 || arg.value.trim() === "") {
      const message = `'#pragma include' takes exactly one string, the path of the file to include, as in #pragma include("CIM_Example.mof")`;
      diagnostics.push(makeDiagnostic("MOF1013", message, pragma.span));
      return undefined;
    }
    const written = normalisePath(arg.value);
    const dirs = isAbsolutePath(written)
      ? [""]
      : [path.posix.dirname(includingFile), ...searchDirs];
    const candidates = [...new Set(dirs.map((dir) => path.posix.join(dir, written)))];
    for (const file of candidates) {
      if (firstInclusion.has(file)) return { file, bytes: undefined };
      const bytes = options.host.readFile(file);
      if (bytes !== undefined) return { file, bytes };
    }
    const places = candidates.map((c) => `'${c}'`).join(", ");
    const message = `cannot find included file '${arg.value}'; looked for ${places}`;
    diagnostics.push(makeDiagnostic("MOF1010", message, pragma.span));
    return undefined;
  };

  for (const entry of entryFiles)
    load({ file: normalisePath(entry), pragma: undefined }, undefined);
  return { unit: { sources, documents, productions }, diagnostics };
}

function cycleDiagnostic(cycle: readonly Inclusion[], closing: Inclusion): Diagnostic {
  const names = [...cycle.map((step) => step.file), closing.file].map((f) => `'${f}'`);
  const related: RelatedLocation[] = cycle.slice(1).flatMap((step) => includedHere(step));
  return makeDiagnostic(
    "MOF1011",
    `include cycle: ${names.join(" includes ")}`,
    closing.pragma?.span,
    related,
  );
}

function repeatDiagnostic(first: Inclusion, again: Inclusion): Diagnostic {
  return makeDiagnostic(
    "MOF1012",
    `'${again.file}' is already part of this compilation; this include is skipped`,
    again.pragma?.span,
    includedHere(first),
  );
}

function includedHere(inclusion: Inclusion): RelatedLocation[] {
  const span: Span | undefined = inclusion.pragma?.span;
  return span === undefined ? [] : [{ message: `'${inclusion.file}' is included here`, span }];
}

/** Windows paths in MOF (`System\CIM_X.mof`, `sub\\x.mof`) become forward-slash paths. */
function normalisePath(p: string): string {
  return path.posix.normalize(p.replace(/\\+/g, "/"));
}

/** Also treats `C:/...` as absolute, so Windows command-line paths work with posix joins. */
function isAbsolutePath(p: string): boolean {
  return path.posix.isAbsolute(p) || /^[A-Za-z]:\//.test(p);
}
