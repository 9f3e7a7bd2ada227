/**
 * Data types and array sizes. The grammar reads a type as any word (so that a misspelt type is
 * one clear diagnostic, not a syntax error); the words are checked here.
 */
import type { ArraySpecCstNode, TypeSpecCstNode } from "../../grammar/cst.generated.js";
import type { ArraySpec, CimPrimitive, TypeRef } from "./ast.js";
import {
  type BuildContext,
  first,
  firstLexed,
  lexed,
  nameOf,
  report,
  reportUnsupportedV3,
  spanFrom,
  tokenSpan,
} from "./build-context.js";

export const primitiveTypes: ReadonlySet<string> = new Set<CimPrimitive>([
  "uint8",
  "sint8",
  "uint16",
  "sint16",
  "uint32",
  "sint32",
  "uint64",
  "sint64",
  "real32",
  "real64",
  "char16",
  "string",
  "boolean",
  "datetime",
]);

/** MOF keywords are case-insensitive; the AST keeps the DMTF spelling. */
export function primitiveOf(word: string): CimPrimitive | undefined {
  const lower = word.toLowerCase();
  return primitiveTypes.has(lower) ? (lower as CimPrimitive) : undefined;
}

/** `false` without brackets, `true` for `[]`, the size for `[n]`. */
export function buildArraySpec(ctx: BuildContext, node: ArraySpecCstNode | undefined): ArraySpec {
  if (node === undefined) return false;
  const size = lexed(first(node.children.NumberLiteral));
  if (size === undefined) return true;
  const value = Number(size.image);
  if (!/^[1-9][0-9]*$/.test(size.image) || !Number.isSafeInteger(value)) {
    report(
      ctx,
      "MOF2018",
      `an array size must be a positive decimal integer, found '${size.image}'`,
      tokenSpan(ctx, size),
    );
    return true;
  }
  return value;
}

/** A type as written: a TypeRef, the WMI `void`, or `undefined` after a reported problem. */
export type WrittenType = TypeRef | "void" | undefined;

export function buildTypeSpec(ctx: BuildContext, node: TypeSpecCstNode | undefined): WrittenType {
  if (node === undefined) return undefined;
  const c = node.children;
  const typeToken = lexed(first(c.typeName));
  if (typeToken === undefined) return undefined;
  const ref = lexed(first(c.RefKeyword));
  const classToken = lexed(first(c.objectClassName));
  const span = spanFrom(ctx, typeToken, firstLexed(ref, classToken, typeToken));
  if (first(c.arraySpec) !== undefined) {
    const word = typeToken.image;
    reportUnsupportedV3(
      ctx,
      `'${word}[] name' (array brackets after the type)`,
      spanFrom(ctx, typeToken, firstLexed(first(first(c.arraySpec)?.children.RBracket))),
      `write '${word} name[]'`,
    );
  }
  const lower = typeToken.image.toLowerCase();
  if (ref !== undefined) {
    if (c.Colon !== undefined) {
      report(ctx, "MOF2019", "'object:ClassName' cannot be used with REF", span);
      return undefined;
    }
    return {
      kind: "ref",
      className: { text: typeToken.image, span: tokenSpan(ctx, typeToken) },
      span,
    };
  }
  if (c.Colon !== undefined) {
    if (lower !== "object" || classToken === undefined) {
      report(
        ctx,
        "MOF2017",
        `unexpected ':' after the data type '${typeToken.image}' (only 'object:ClassName' names a class there)`,
        span,
      );
      return undefined;
    }
    return { kind: "object", className: nameOf(ctx, classToken), span };
  }
  const primitive = primitiveOf(typeToken.image);
  if (primitive !== undefined) return { kind: "primitive", name: primitive, span };
  if (lower === "object") return { kind: "object", className: undefined, span };
  if (lower === "void") return "void";
  if (lower === "octetstring") {
    reportUnsupportedV3(ctx, "'octetstring' type", span);
  } else {
    report(
      ctx,
      "MOF2017",
      `unknown data type '${typeToken.image}' (use a CIM type such as string or uint32, or '${typeToken.image} REF name' for a reference)`,
      span,
    );
  }
  return undefined;
}

/** `void` reads as a type everywhere, but only a method may return it. */
export function reportMisplacedVoid(
  ctx: BuildContext,
  what: string,
  node: TypeSpecCstNode | undefined,
): void {
  const token = lexed(first(node?.children.typeName));
  if (token === undefined) return;
  report(
    ctx,
    "MOF2020",
    `'void' is only valid as a method return type, not for ${what}`,
    tokenSpan(ctx, token),
  );
}
