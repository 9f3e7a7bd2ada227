import type { Span } from "./ast.js";

/**
 * Turns offsets into spans with 1-based line and column. The lexer tracks offsets only (its
 * fastest mode); lines are found here by binary search over the line starts, computed once.
 * Line breaks are LF, CRLF and a lone CR, as in the lexer.
 */
export interface SpanFactory {
  readonly file: string;
  /** `end` is exclusive. */
  span(start: number, end: number): Span;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  if (text.indexOf("\r") < 0) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

export function createSpanFactory(text: string, file: string): SpanFactory {
  const starts = lineStartsOf(text);
  // Spans are mostly requested in source order: walk forward a few lines from the previous
  // answer before falling back to a binary search.
  let lastLine = 0;
  const lineIndexOf = (offset: number): number => {
    if (offset >= starts[lastLine]!) {
      for (let line = lastLine, steps = 0; steps < 8; line++, steps++) {
        const next = starts[line + 1];
        if (next === undefined || offset < next) {
          lastLine = line;
          return line;
        }
      }
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    lastLine = low;
    return low;
  };
  return {
    file,
    span(start, end) {
      const offset = Math.max(0, Math.min(start, text.length));
      const line = lineIndexOf(offset);
      return {
        file,
        line: line + 1,
        column: offset - starts[line]! + 1,
        offset,
        length: Math.max(0, end - offset),
      };
    },
  };
}
