/**
 * Values: literals decoded (literals.ts) and placed, arrays, aliases. A literal that cannot be
 * decoded is reported and left out, so later stages only ever see valid values.
 */
import type { IToken } from "chevrotain";
import type {
  ArrayValueCstNode,
  ScalarValueCstNode,
  ValueCstNode,
} from "../../grammar/cst.generated.js";
import { UnterminatedString } from "../../grammar/tokens.js";
import type { ScalarValue, Value } from "./ast.js";
import {
  type BuildContext,
  first,
  firstLexed,
  lexed,
  reportLiteralIssues,
  reportUnsupportedV3,
  spanFrom,
  tokenSpan,
} from "./build-context.js";
import { decodeChar16Literal, decodeNumber, decodeStringLiteral } from "./literals.js";

/**
 * Adjacent string literals are one value (`"a" "b"` is "ab"). A long text is written as many
 * literals, one a line: the pieces are joined once, into one flat string, rather than one
 * concatenation at a time, which would keep a rope of all the pieces in the AST.
 */
function buildStringValue(ctx: BuildContext, tokens: readonly IToken[]): ScalarValue | undefined {
  let firstToken: IToken | undefined;
  let lastToken: IToken | undefined;
  let single = "";
  let pieces: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (lexed(token) === undefined) continue;
    const decoded = decodeStringLiteral(token.image, false, token.tokenType !== UnterminatedString);
    if (decoded.issues.length > 0) reportLiteralIssues(ctx, token, decoded.issues);
    if (firstToken === undefined) {
      firstToken = token;
      single = decoded.value;
    } else {
      pieces ??= [single];
      pieces.push(decoded.value);
    }
    lastToken = token;
  }
  if (firstToken === undefined) return undefined;
  const value = pieces === undefined ? single : pieces.join("");
  return { kind: "string", value, span: spanFrom(ctx, firstToken, lastToken) };
}

export function buildScalarValue(
  ctx: BuildContext,
  node: ScalarValueCstNode | undefined,
): ScalarValue | undefined {
  if (node === undefined) return undefined;
  const c = node.children;
  const strings = c.StringLiteral;
  if (strings !== undefined) return buildStringValue(ctx, strings);
  const number = lexed(first(c.NumberLiteral));
  if (number !== undefined) {
    const decoded = decodeNumber(number.image);
    if (decoded.kind === "invalid") {
      reportLiteralIssues(ctx, number, [decoded.issue]);
      return undefined;
    }
    return {
      kind: decoded.kind,
      value: decoded.value,
      span: tokenSpan(ctx, number),
    } as ScalarValue;
  }
  const char = lexed(first(c.CharLiteral));
  if (char !== undefined) {
    const decoded = decodeChar16Literal(char.image);
    reportLiteralIssues(ctx, char, decoded.issues);
    return { kind: "char16", value: decoded.value, span: tokenSpan(ctx, char) };
  }
  const bool = lexed(first(c.TrueKeyword) ?? first(c.FalseKeyword));
  if (bool !== undefined) {
    return {
      kind: "boolean",
      value: bool.image.toLowerCase() === "true",
      span: tokenSpan(ctx, bool),
    };
  }
  const nullToken = lexed(first(c.NullKeyword));
  if (nullToken !== undefined) return { kind: "null", span: tokenSpan(ctx, nullToken) };
  const alias = lexed(first(c.AliasIdentifier));
  if (alias !== undefined) {
    return { kind: "alias", name: alias.image.slice(1), span: tokenSpan(ctx, alias) };
  }
  const inline = first(c.v3InlineValue);
  if (inline !== undefined) {
    const keyword = first(inline.children.ValueKeyword) ?? first(inline.children.InstanceKeyword);
    const span = spanFrom(ctx, firstLexed(keyword), firstLexed(first(inline.children.OfKeyword)));
    reportUnsupportedV3(ctx, `'${keyword?.image.toLowerCase() ?? "value"} of' as a value`, span);
  }
  return undefined;
}

export function buildArrayValue(ctx: BuildContext, node: ArrayValueCstNode): Value {
  const c = node.children;
  const elements: ScalarValue[] = [];
  const scalars = c.scalarValue;
  if (scalars !== undefined) {
    for (let i = 0; i < scalars.length; i++) {
      const scalar = buildScalarValue(ctx, scalars[i]);
      if (scalar !== undefined) elements.push(scalar);
    }
  }
  return {
    kind: "array",
    elements,
    span: spanFrom(ctx, firstLexed(first(c.LCurly)), firstLexed(first(c.RCurly))),
  };
}

export function buildValue(ctx: BuildContext, node: ValueCstNode | undefined): Value | undefined {
  if (node === undefined) return undefined;
  const array = first(node.children.arrayValue);
  if (array !== undefined) return buildArrayValue(ctx, array);
  return buildScalarValue(ctx, first(node.children.scalarValue));
}
