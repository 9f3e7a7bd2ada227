import path from "node:path";
import type { Span } from "../ast/ast.js";
import type { Diagnostic, Severity } from "./diagnostic.js";

export interface FormatOptions {
  /** ANSI colours; the caller decides (TTY, NO_COLOR, --no-color). */
  readonly color: boolean;
  /** File paths inside this directory are shown relative to it. */
  readonly cwd?: string;
}

/** Visible width of a tab in a code frame; tabs are expanded so the caret lines up. */
const TAB_WIDTH = 4;
/** Longer source lines are cut to a window of this many characters around the span. */
const MAX_FRAME_WIDTH = 120;
/** How much of the line before the span the window keeps when it has to cut. */
const CONTEXT_BEFORE = 40;

const ansi = {
  reset: "\u001b[0m",
  bold: "\u001b[1m",
  red: "\u001b[31m",
  yellow: "\u001b[33m",
  cyan: "\u001b[36m",
  grey: "\u001b[90m",
} as const;

type Paint = (style: keyof typeof ansi, text: string) => string;

/**
 * One diagnostic in tsc style, without a trailing newline:
 *
 *     path/a.mof:3:7 - error MOF2001: expected a class name, found '{'
 *
 *     3 | class {
 *       |       ^
 *
 * followed by each related location with its own frame, indented.
 */
export function formatDiagnostic(
  d: Diagnostic,
  sources: ReadonlyMap<string, string>,
  options: FormatOptions,
): string {
  const paint: Paint = options.color
    ? (style, text) => ansi[style] + text + ansi.reset
    : (_, t) => t;
  const severityStyle = d.severity === "error" ? "red" : "yellow";
  const label = `${paint(severityStyle, d.severity)} ${paint("grey", d.code)}: ${printable(d.message)}`;
  const lines = [d.span === undefined ? label : `${location(d.span, options, paint)} - ${label}`];
  if (d.span !== undefined) lines.push(...codeFrame(d.span, sources, d.severity, paint, ""));
  for (const related of d.related ?? []) {
    lines.push("", `  ${location(related.span, options, paint)} - ${printable(related.message)}`);
    lines.push(...codeFrame(related.span, sources, undefined, paint, "  "));
  }
  return lines.join("\n");
}

function location(span: Span, options: FormatOptions, paint: Paint): string {
  return `${paint("cyan", displayPath(span.file, options.cwd))}:${paint("yellow", `${span.line}`)}:${paint("yellow", `${span.column}`)}`;
}

function displayPath(file: string, cwd: string | undefined): string {
  if (cwd === undefined) return file;
  const relative = path.posix.relative(cwd.replace(/\\/g, "/"), file);
  const inside = relative !== "" && !relative.startsWith("..") && !path.posix.isAbsolute(relative);
  return inside ? relative : file;
}

/** The span's first line with a line-number gutter and a `^~~~` underline, after a blank line. */
function codeFrame(
  span: Span,
  sources: ReadonlyMap<string, string>,
  severity: Severity | undefined,
  paint: Paint,
  indent: string,
): string[] {
  const text = sources.get(span.file);
  if (text === undefined || text === "") return [];
  const offset = Math.min(Math.max(span.offset, 0), text.length);
  const lineStart = startOfLine(text, offset);
  const lineEnd = endOfLine(text, lineStart);
  const startInLine = Math.min(offset - lineStart, lineEnd - lineStart);
  const endInLine = Math.min(startInLine + Math.max(span.length, 1), lineEnd - lineStart);
  const frame = windowed(text.slice(lineStart, lineEnd), startInLine, endInLine);
  const gutter = `${span.line}`;
  const caretStyle = severity === "warning" ? "yellow" : severity === "error" ? "red" : "cyan";
  const underline = `^${"~".repeat(Math.max(frame.caretEnd - frame.caretStart - 1, 0))}`;
  return [
    "",
    `${indent}${paint("grey", `${gutter} |`)} ${frame.line}`,
    `${indent}${paint("grey", `${" ".repeat(gutter.length)} |`)} ${" ".repeat(frame.caretStart)}${paint(caretStyle, underline)}`,
  ];
}

/** Line breaks are LF, CRLF or a lone CR, as in the lexer. */
function startOfLine(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    // A CR followed by LF can only be this line's own CRLF (the LF would be seen first).
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      return i + 1;
    }
  }
  return 0;
}

function endOfLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/**
 * Expands tabs and, for very long lines, keeps a window around the span marked with `…`.
 * `start`/`end` are UTF-16 offsets in the raw line; the result's caret positions are columns
 * in the displayed line.
 */
function windowed(
  raw: string,
  start: number,
  end: number,
): { line: string; caretStart: number; caretEnd: number } {
  let line = "";
  let caretStart = 0;
  let caretEnd = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i === start) caretStart = line.length;
    if (i === end) caretEnd = line.length;
    if (i === raw.length) break;
    const c = raw[i]!;
    line += c === "\t" ? " ".repeat(TAB_WIDTH - (line.length % TAB_WIDTH)) : visible(c);
  }
  caretEnd = Math.max(caretEnd, caretStart + 1);
  if (line.length <= MAX_FRAME_WIDTH) return { line, caretStart, caretEnd };
  const from = Math.max(0, Math.min(caretStart - CONTEXT_BEFORE, line.length - MAX_FRAME_WIDTH));
  const to = from + MAX_FRAME_WIDTH;
  const lead = from > 0 ? "…" : "";
  const trail = to < line.length ? "…" : "";
  return {
    line: lead + line.slice(from, to) + trail,
    caretStart: caretStart - from + lead.length,
    caretEnd: Math.min(caretEnd, to) - from + lead.length,
  };
}

/** Messages quote MOF text (names, string values): one line, whatever that text holds. */
function printable(message: string): string {
  let out = "";
  for (const c of message) out += visible(c);
  return out;
}

/**
 * Control characters from the file (a NUL, an ESC that would restyle the terminal) are shown
 * as their one-column Unicode pictures (U+2400 block), or U+FFFD for C1 controls.
 */
function visible(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  if (code >= 0x80 && code <= 0x9f) return "\ufffd";
  return c;
}

/** Stable order for printing: by file in compile order (span-less first), then by offset. */
export function sortDiagnostics(
  diagnostics: readonly Diagnostic[],
  fileOrder: Iterable<string>,
): Diagnostic[] {
  const rank = new Map<string, number>();
  for (const file of fileOrder) if (!rank.has(file)) rank.set(file, rank.size);
  const fileRank = (d: Diagnostic): number =>
    d.span === undefined ? -1 : (rank.get(d.span.file) ?? rank.size);
  return diagnostics
    .map((d, index) => ({ d, index }))
    .sort(
      (a, b) =>
        fileRank(a.d) - fileRank(b.d) ||
        compareText(a.d.span?.file ?? "", b.d.span?.file ?? "") ||
        (a.d.span?.offset ?? 0) - (b.d.span?.offset ?? 0) ||
        a.index - b.index,
    )
    .map(({ d }) => d);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface SummaryExtra {
  /** How many files were read. */
  readonly files: number;
  readonly elapsedMs?: number;
}

/** "Found 2 errors and 1 warning in 3 files (0.41 s)." */
export function formatSummary(diagnostics: readonly Diagnostic[], extra: SummaryExtra): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const found =
    errors === 0 && warnings === 0
      ? "no problems"
      : [plural(errors, "error"), ...(warnings > 0 ? [plural(warnings, "warning")] : [])].join(
          " and ",
        );
  const time = extra.elapsedMs === undefined ? "" : ` (${(extra.elapsedMs / 1000).toFixed(2)} s)`;
  return `Found ${found} in ${plural(extra.files, "file")}${time}.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
