/**
 * One MOF file to its AST: lex, parse (a file with a syntax error is parsed again with error
 * recovery, so every syntax error of the file is reported), build. Never throws; every problem is a diagnostic. Include pragmas are recorded,
 * not followed (the input stage expands them).
 */
import type { ILexingError, IRecognitionException, IToken } from "chevrotain";
import { chevrotain } from "../../grammar/chevrotain.js";
import type { MofSpecificationCstNode } from "../../grammar/cst.generated.js";
import { mofLexer } from "../../grammar/lexer.js";
import { mofParser, recoveringMofParser } from "../../grammar/parser.js";
import {
  ClassKeyword,
  Hash,
  InstanceKeyword,
  QualifierKeyword,
  RBracket,
  RParen,
  Semicolon,
  StringWithLineBreak,
  UnterminatedComment,
  UnterminatedString,
} from "../../grammar/tokens.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { MofDocument, Production } from "./ast.js";
import { buildProductions } from "./build-ast.js";
import { createSpanFactory, type SpanFactory } from "./source-spans.js";

const { EOF } = chevrotain;

export interface ParseResult {
  readonly document: MofDocument;
  readonly diagnostics: Diagnostic[];
}

function showCharacters(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      return code < 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0xfffd
        ? `U+${code.toString(16).toUpperCase().padStart(4, "0")}`
        : ch;
    })
    .join("");
}

function lexingErrorDiagnostic(text: string, spans: SpanFactory, error: ILexingError): Diagnostic {
  const shown = text.slice(error.offset, error.offset + Math.min(error.length, 20));
  const plural = error.length > 1 ? "characters" : "character";
  return makeDiagnostic(
    "MOF2001",
    `unexpected ${plural} '${showCharacters(shown)}${error.length > 20 ? "..." : ""}'`,
    spans.span(error.offset, error.offset + error.length),
  );
}

/** Diagnostics for the error tokens the lexer produces instead of failing. */
function errorTokenDiagnostics(
  tokens: readonly IToken[],
  spans: SpanFactory,
  diagnostics: Diagnostic[],
): void {
  // An index loop: this runs over every token of every file, mostly before the JIT has
  // optimized it, and `for...of` then allocates an iterator result per token.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const type = token.tokenType;
    if (type === UnterminatedString) {
      diagnostics.push(
        makeDiagnostic(
          "MOF2003",
          "unterminated string: the closing '\"' is missing",
          spans.span(token.startOffset, token.startOffset + token.image.length),
        ),
      );
    } else if (type === StringWithLineBreak) {
      const breakAt = token.image.search(/[\r\n]/);
      diagnostics.push(
        makeDiagnostic(
          "MOF2004",
          'a string literal cannot contain a line break; close it on the same line and continue with another string ("a" "b"), or write \\n',
          spans.span(token.startOffset + breakAt, token.startOffset + breakAt + 1),
        ),
      );
    }
  }
}

function syntaxErrorDiagnostic(
  error: IRecognitionException,
  textLength: number,
  spans: SpanFactory,
): Diagnostic {
  const token = error.token;
  const atEnd = token.tokenType === EOF || Number.isNaN(token.startOffset);
  const start = atEnd ? textLength : token.startOffset;
  const end = atEnd ? textLength : token.startOffset + token.image.length;
  return makeDiagnostic("MOF2010", error.message, spans.span(start, end));
}

const declarationStarts = new Set([ClassKeyword, InstanceKeyword, QualifierKeyword]);
const declarationEnds = new Set([Semicolon, RParen]);

/**
 * After input the parser could not use, the index of the next token that plausibly starts a new
 * top-level production: `#`, or class/instance/qualifier (possibly behind a qualifier list)
 * right after the end of a previous declaration. -1 if there is none.
 */
function resynchronize(tokens: readonly IToken[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const type = tokens[i]!.tokenType;
    if (type === Hash) return i;
    if (!declarationStarts.has(type)) continue;
    let start = i;
    if (tokens[i - 1]?.tokenType === RBracket) {
      // Walk back to the `[` that opens the qualifier list in front of the keyword.
      let depth = 0;
      for (let j = i - 1; j >= from; j--) {
        const t = tokens[j]!.image;
        if (t === "]") depth++;
        else if (t === "[" && --depth === 0) {
          start = j;
          break;
        }
      }
      if (start === i) continue;
    }
    const previous = tokens[start - 1]?.tokenType;
    if (previous === undefined || declarationEnds.has(previous)) return start;
  }
  return -1;
}

function parseTokens(
  tokens: IToken[],
  text: string,
  spans: SpanFactory,
  swallowedToEnd: boolean,
  diagnostics: Diagnostic[],
): Production[] {
  // Almost every file is free of syntax errors, and parsing without recovery is faster; for a
  // file that is not, that pass is thrown away and the file parsed again with recovery. Both
  // passes give the same CST for a file without errors.
  mofParser.input = tokens;
  const cst = mofParser.mofSpecification() as MofSpecificationCstNode;
  if (mofParser.errors.length === 0) return buildProductions(cst, spans, diagnostics);
  return parseWithRecovery(tokens, text, spans, swallowedToEnd, diagnostics);
}

function parseWithRecovery(
  tokens: IToken[],
  text: string,
  spans: SpanFactory,
  swallowedToEnd: boolean,
  diagnostics: Diagnostic[],
): Production[] {
  const parser = recoveringMofParser();
  const productions: Production[] = [];
  let start = 0;
  while (start >= 0 && start <= tokens.length) {
    parser.input = start === 0 ? tokens : tokens.slice(start);
    const cst = parser.mofSpecification() as MofSpecificationCstNode;
    let leftover: IToken | undefined;
    for (const error of parser.errors) {
      if (error.name === "NotAllInputParsedException") leftover = error.token;
      const atEnd = error.token.tokenType === EOF;
      // After an unterminated comment, "unexpected end of file" only repeats that problem.
      if (swallowedToEnd && atEnd) continue;
      diagnostics.push(syntaxErrorDiagnostic(error, text.length, spans));
    }
    productions.push(...buildProductions(cst, spans, diagnostics));
    if (leftover === undefined) break;
    const index = tokens.indexOf(leftover, start);
    start = index < 0 ? -1 : resynchronize(tokens, index + 1);
  }
  return productions;
}

/**
 * Parses one MOF file. `file` is only used in spans. The document may be partial when there are
 * errors; callers must not use it for output then.
 */
export function parseMof(text: string, file: string): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const spans = createSpanFactory(text, file);
  let productions: Production[] = [];
  try {
    const lexed = mofLexer.tokenize(text);
    for (const error of lexed.errors) diagnostics.push(lexingErrorDiagnostic(text, spans, error));
    const unterminatedComments = lexed.groups.errors ?? [];
    for (const token of unterminatedComments) {
      if (token.tokenType !== UnterminatedComment) continue;
      diagnostics.push(
        makeDiagnostic(
          "MOF2002",
          "unterminated comment: '/*' has no matching '*/' before the end of the file",
          spans.span(token.startOffset, token.startOffset + 2),
        ),
      );
    }
    errorTokenDiagnostics(lexed.tokens, spans, diagnostics);
    productions = parseTokens(
      lexed.tokens,
      text,
      spans,
      unterminatedComments.length > 0,
      diagnostics,
    );
  } catch (error) {
    const message =
      error instanceof RangeError
        ? "the file nests brackets or braces too deeply to be parsed"
        : `internal parser error: ${error instanceof Error ? error.message : String(error)}`;
    diagnostics.push(makeDiagnostic("MOF2099", message, spans.span(0, 0)));
  }
  diagnostics.sort((a, b) => (a.span?.offset ?? 0) - (b.span?.offset ?? 0));
  return { document: { file, productions }, diagnostics };
}
