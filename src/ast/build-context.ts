/**
 * What every CST → AST builder shares: the span factory and diagnostic list of the file, and
 * the token accessors that make a partial CST safe to read.
 *
 * After error recovery the CST may lack any child, and recovery-inserted tokens have no
 * position; builders read tokens only through `first`/`last` and `lexed` (or `firstLexed`), so
 * a missing or invented token is always `undefined` and never a bogus span.
 */
import type { IToken } from "chevrotain";
import type { DiagnosticCode } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Name, Span } from "./ast.js";
import type { LiteralIssue } from "./literals.js";
import type { SpanFactory } from "./source-spans.js";

export interface BuildContext {
  readonly spans: SpanFactory;
  readonly diagnostics: Diagnostic[];
}

/** The token if the lexer produced it (recovery-inserted tokens have a NaN offset). */
export function lexed(token: IToken | undefined): IToken | undefined {
  return token !== undefined && !Number.isNaN(token.startOffset) ? token : undefined;
}

export function first<T>(items: readonly T[] | undefined): T | undefined {
  return items?.[0];
}

export function last<T>(items: readonly T[] | undefined): T | undefined {
  return items?.[items.length - 1];
}

/**
 * The first of up to four candidate tokens that the lexer produced. Separate parameters rather
 * than an array: this runs for every node of every file, and the arrays were a good part of
 * what building the AST allocated.
 */
export function firstLexed(
  a: IToken | undefined,
  b?: IToken,
  c?: IToken,
  d?: IToken,
): IToken | undefined {
  return lexed(a) ?? lexed(b) ?? lexed(c) ?? lexed(d);
}

/**
 * The span from `start` to the end of `end` (or of `start` when `end` is missing). Callers pick
 * both with `firstLexed`, listing fallbacks in order because any of them may be missing after
 * recovery.
 */
export function spanFrom(
  ctx: BuildContext,
  start: IToken | undefined,
  end: IToken | undefined,
): Span {
  const last = end ?? start;
  if (start === undefined || last === undefined) return ctx.spans.span(0, 0);
  return ctx.spans.span(start.startOffset, last.startOffset + last.image.length);
}

export function tokenSpan(ctx: BuildContext, token: IToken): Span {
  return ctx.spans.span(token.startOffset, token.startOffset + token.image.length);
}

export function nameOf(ctx: BuildContext, token: IToken | undefined): Name | undefined {
  const t = lexed(token);
  return t === undefined ? undefined : { text: t.image, span: tokenSpan(ctx, t) };
}

/** The name of a `$alias` token, without its `$`. */
export function aliasOf(ctx: BuildContext, token: IToken | undefined): Name | undefined {
  return token === undefined
    ? undefined
    : { text: token.image.slice(1), span: tokenSpan(ctx, token) };
}

export function report(ctx: BuildContext, code: DiagnosticCode, message: string, span: Span): void {
  ctx.diagnostics.push(makeDiagnostic(code, message, span));
}

/** Literal issues are relative to their token, so they are placed inside its span here. */
export function reportLiteralIssues(
  ctx: BuildContext,
  token: IToken,
  issues: readonly LiteralIssue[],
): void {
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i]!;
    const start = token.startOffset + issue.offset;
    report(ctx, issue.code, issue.message, ctx.spans.span(start, start + issue.length));
  }
}

/**
 * The grammar accepts MOF v3 constructs so that a v3 file gets one precise message per
 * construct instead of a cascade of syntax errors.
 */
export function reportUnsupportedV3(
  ctx: BuildContext,
  what: string,
  span: Span,
  hint?: string,
): void {
  const suffix = hint === undefined ? "" : `; ${hint}`;
  report(ctx, "MOF2011", `MOF v3 construct ${what} is not supported yet${suffix}`, span);
}
