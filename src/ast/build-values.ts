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
  lexed,
  reportLiteralIssues,
  reportUnsupportedV3,
  spanFrom,
  tokenSpan,
} from "./build-context.js";
import { decodeChar16Literal, decodeNumber, decodeStringLiteral } from "./literals.js";

export function buildScalarValue(
  ctx: BuildContext,
  node: ScalarValueCstNode | undefined,
): ScalarValue | undefined {
  if (node === undefined) return undefined;
  const c = node.children;
  if (c.StringLiteral !== undefined) {
    // Adjacent string literals are one value ("a" "b" is "ab").
    let value = "";
    let firstToken: IToken | undefined;
    let lastToken: IToken | undefined;
    for (const token of c.StringLiteral) {
      if (lexed(token) === undefined) continue;
      const decoded = decodeStringLiteral(
        token.image,
        false,
        token.tokenType !== UnterminatedString,
      );
      reportLiteralIssues(ctx, token, decoded.issues);
      value += decoded.value;
      firstToken ??= token;
      lastToken = token;
    }
    if (firstToken === undefined) return undefined;
    return { kind: "string", value, span: spanFrom(ctx, [firstToken], [lastToken]) };
  }
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
    const span = spanFrom(ctx, [keyword], [first(inline.children.OfKeyword)]);
    reportUnsupportedV3(ctx, `'${keyword?.image.toLowerCase() ?? "value"} of' as a value`, span);
  }
  return undefined;
}

export function buildArrayValue(ctx: BuildContext, node: ArrayValueCstNode): Value {
  const elements: ScalarValue[] = [];
  for (const element of node.children.scalarValue ?? []) {
    const scalar = buildScalarValue(ctx, element);
    if (scalar !== undefined) elements.push(scalar);
  }
  const c = node.children;
  return { kind: "array", elements, span: spanFrom(ctx, [first(c.LCurly)], [first(c.RCurly)]) };
}

export function buildValue(ctx: BuildContext, node: ValueCstNode | undefined): Value | undefined {
  if (node === undefined) return undefined;
  const array = first(node.children.arrayValue);
  if (array !== undefined) return buildArrayValue(ctx, array);
  return buildScalarValue(ctx, first(node.children.scalarValue));
}
