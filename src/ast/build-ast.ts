/**
 * CST → AST: decodes literals, validates the words the grammar leaves open (data types, scopes,
 * flavors, array sizes, pragma arguments) and gives every node its exact span.
 *
 * After error recovery the CST may lack any child, and recovery-inserted tokens have no
 * position, so every access is defensive; a node that lacks its name is dropped (the document
 * is allowed to be partial when there are syntax errors). Small nodes that recovery produced
 * (features, parameters, qualifiers, property values) are dropped without further checks, so
 * one syntax error does not also produce e.g. "unknown data type" for the token after it.
 */
import type { IToken } from "chevrotain";
import type {
  ArraySpecCstNode,
  ArrayValueCstNode,
  ClassDeclarationCstNode,
  ClassFeatureCstNode,
  DeclarationCstNode,
  FlavorClauseCstNode,
  InstanceDeclarationCstNode,
  MofSpecificationCstNode,
  ParameterCstNode,
  PragmaCstNode,
  PropertyInitializerCstNode,
  QualifierCstNode,
  QualifierDeclarationCstNode,
  QualifierListCstNode,
  ScalarValueCstNode,
  ScopeClauseCstNode,
  TypeSpecCstNode,
  V3DeclarationCstNode,
  ValueCstNode,
} from "../../grammar/cst.generated.js";
import { UnterminatedString } from "../../grammar/tokens.js";
import type { DiagnosticCode } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type {
  ArraySpec,
  CimPrimitive,
  ClassDeclaration,
  ClassFeature,
  Flavor,
  InstanceDeclaration,
  MethodDeclaration,
  Name,
  ParameterDeclaration,
  Pragma,
  PragmaArgument,
  Production,
  PropertyDeclaration,
  PropertyInitializer,
  Qualifier,
  QualifierDeclaration,
  ScalarValue,
  Scope,
  Span,
  TypeRef,
  Value,
} from "./ast.js";
import {
  decodeChar16Literal,
  decodeNumber,
  decodeStringLiteral,
  type LiteralIssue,
} from "./literals.js";
import type { SpanFactory } from "./source-spans.js";

interface Context {
  readonly spans: SpanFactory;
  readonly diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------------------------
// Tokens and spans

/** The token if the lexer produced it (recovery-inserted tokens have a NaN offset). */
function real(token: IToken | undefined): IToken | undefined {
  return token !== undefined && !Number.isNaN(token.startOffset) ? token : undefined;
}

function first<T>(items: readonly T[] | undefined): T | undefined {
  return items?.[0];
}

function last<T>(items: readonly T[] | undefined): T | undefined {
  return items?.[items.length - 1];
}

function firstReal(tokens: readonly (IToken | undefined)[]): IToken | undefined {
  for (const token of tokens) {
    if (real(token) !== undefined) return token;
  }
  return undefined;
}

/** The span from the first present start token to the first present end token. */
function spanFrom(
  ctx: Context,
  starts: readonly (IToken | undefined)[],
  ends: readonly (IToken | undefined)[],
): Span {
  const start = firstReal(starts);
  const end = firstReal(ends) ?? start;
  if (start === undefined || end === undefined) return ctx.spans.span(0, 0);
  return ctx.spans.span(start.startOffset, end.startOffset + end.image.length);
}

function tokenSpan(ctx: Context, token: IToken): Span {
  return ctx.spans.span(token.startOffset, token.startOffset + token.image.length);
}

function nameOf(ctx: Context, token: IToken | undefined): Name | undefined {
  const t = real(token);
  return t === undefined ? undefined : { text: t.image, span: tokenSpan(ctx, t) };
}

function report(ctx: Context, code: DiagnosticCode, message: string, span: Span): void {
  ctx.diagnostics.push(makeDiagnostic(code, message, span));
}

function reportLiteralIssues(ctx: Context, token: IToken, issues: readonly LiteralIssue[]): void {
  for (const issue of issues) {
    const start = token.startOffset + issue.offset;
    report(ctx, issue.code, issue.message, ctx.spans.span(start, start + issue.length));
  }
}

function v3(ctx: Context, what: string, span: Span, hint?: string): void {
  const suffix = hint === undefined ? "" : `; ${hint}`;
  report(ctx, "MOF2011", `MOF v3 construct ${what} is not supported yet${suffix}`, span);
}

// ---------------------------------------------------------------------------------------------
// Words the grammar leaves open

const primitives: ReadonlySet<string> = new Set<CimPrimitive>([
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

function primitiveOf(word: string): CimPrimitive | undefined {
  const lower = word.toLowerCase();
  return primitives.has(lower) ? (lower as CimPrimitive) : undefined;
}

const scopeWords: ReadonlyMap<string, Scope> = new Map(
  (
    [
      "class",
      "association",
      "indication",
      "property",
      "reference",
      "method",
      "parameter",
      "any",
    ] as const
  ).map((s) => [s, s]),
);

const flavorWords: ReadonlyMap<string, Flavor> = new Map(
  (
    [
      "EnableOverride",
      "DisableOverride",
      "Restricted",
      "ToSubclass",
      "Translatable",
      "ToInstance",
      "Amended",
    ] as const
  ).map((f) => [f.toLowerCase(), f]),
);

const conflictingFlavors: readonly (readonly [Flavor, Flavor])[] = [
  ["EnableOverride", "DisableOverride"],
  ["Restricted", "ToSubclass"],
];

function buildFlavors(ctx: Context, tokens: readonly IToken[], inDeclaration: boolean): Flavor[] {
  const flavors: Flavor[] = [];
  for (const token of tokens) {
    if (real(token) === undefined) continue;
    const flavor = flavorWords.get(token.image.toLowerCase());
    if (flavor === undefined) {
      report(
        ctx,
        "MOF2015",
        `unknown flavor '${token.image}' (valid flavors: EnableOverride, DisableOverride, Restricted, ToSubclass, Translatable, ToInstance, Amended)`,
        tokenSpan(ctx, token),
      );
      continue;
    }
    if (flavor === "ToInstance" && inDeclaration) {
      report(
        ctx,
        "MOF2013",
        "the ToInstance flavor is deprecated (DSP0004) and has no effect",
        tokenSpan(ctx, token),
      );
    }
    for (const [a, b] of conflictingFlavors) {
      const other = flavor === a ? b : flavor === b ? a : undefined;
      if (other !== undefined && flavors.includes(other)) {
        report(
          ctx,
          "MOF2016",
          `flavors ${other} and ${flavor} contradict each other`,
          tokenSpan(ctx, token),
        );
      }
    }
    if (!flavors.includes(flavor)) flavors.push(flavor);
  }
  return flavors;
}

function buildArraySpec(ctx: Context, node: ArraySpecCstNode | undefined): ArraySpec {
  if (node === undefined) return false;
  const size = real(first(node.children.NumberLiteral));
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

// ---------------------------------------------------------------------------------------------
// Values

function buildScalar(ctx: Context, node: ScalarValueCstNode | undefined): ScalarValue | undefined {
  if (node === undefined) return undefined;
  const c = node.children;
  if (c.StringLiteral !== undefined) {
    const tokens = c.StringLiteral.filter((t) => real(t) !== undefined);
    if (tokens.length === 0) return undefined;
    let value = "";
    for (const token of tokens) {
      const decoded = decodeStringLiteral(
        token.image,
        false,
        token.tokenType !== UnterminatedString,
      );
      reportLiteralIssues(ctx, token, decoded.issues);
      value += decoded.value;
    }
    return { kind: "string", value, span: spanFrom(ctx, [tokens[0]], [last(tokens)]) };
  }
  const number = real(first(c.NumberLiteral));
  if (number !== undefined) {
    const decoded = decodeNumber(number.image);
    const span = tokenSpan(ctx, number);
    if (decoded.kind === "invalid") {
      reportLiteralIssues(ctx, number, [decoded.issue]);
      return undefined;
    }
    return { kind: decoded.kind, value: decoded.value, span } as ScalarValue;
  }
  const char = real(first(c.CharLiteral));
  if (char !== undefined) {
    const decoded = decodeChar16Literal(char.image);
    reportLiteralIssues(ctx, char, decoded.issues);
    return { kind: "char16", value: decoded.value, span: tokenSpan(ctx, char) };
  }
  const bool = real(first(c.TrueKeyword) ?? first(c.FalseKeyword));
  if (bool !== undefined) {
    return {
      kind: "boolean",
      value: bool.image.toLowerCase() === "true",
      span: tokenSpan(ctx, bool),
    };
  }
  const nullToken = real(first(c.NullKeyword));
  if (nullToken !== undefined) return { kind: "null", span: tokenSpan(ctx, nullToken) };
  const alias = real(first(c.AliasIdentifier));
  if (alias !== undefined) {
    return { kind: "alias", name: alias.image.slice(1), span: tokenSpan(ctx, alias) };
  }
  const inline = first(c.v3InlineValue);
  if (inline !== undefined) {
    const keyword = first(inline.children.ValueKeyword) ?? first(inline.children.InstanceKeyword);
    const span = spanFrom(ctx, [keyword], [first(inline.children.OfKeyword)]);
    v3(ctx, `'${keyword?.image.toLowerCase() ?? "value"} of' as a value`, span);
  }
  return undefined;
}

function buildArrayValue(ctx: Context, node: ArrayValueCstNode): Value {
  const elements: ScalarValue[] = [];
  for (const element of node.children.scalarValue ?? []) {
    const scalar = buildScalar(ctx, element);
    if (scalar !== undefined) elements.push(scalar);
  }
  const c = node.children;
  return { kind: "array", elements, span: spanFrom(ctx, [first(c.LCurly)], [first(c.RCurly)]) };
}

function buildValue(ctx: Context, node: ValueCstNode | undefined): Value | undefined {
  if (node === undefined) return undefined;
  const array = first(node.children.arrayValue);
  if (array !== undefined) return buildArrayValue(ctx, array);
  return buildScalar(ctx, first(node.children.scalarValue));
}

// ---------------------------------------------------------------------------------------------
// Qualifiers

function buildQualifier(ctx: Context, node: QualifierCstNode): Qualifier | undefined {
  if (node.recoveredNode === true) return undefined;
  const c = node.children;
  const nameToken = first(c.qualifierName);
  const name = nameOf(ctx, nameToken);
  if (name === undefined) return undefined;
  const array = first(c.arrayValue);
  const value =
    array !== undefined ? buildArrayValue(ctx, array) : buildScalar(ctx, first(c.scalarValue));
  const flavorNode = first(c.qualifierFlavors);
  const flavorTokens = flavorNode?.children.flavor ?? [];
  return {
    name,
    value,
    flavors: buildFlavors(ctx, flavorTokens, false),
    span: spanFrom(
      ctx,
      [nameToken],
      [last(flavorTokens), first(array?.children.RCurly), first(c.RParen), nameToken],
    ),
  };
}

function buildQualifierList(ctx: Context, node: QualifierListCstNode | undefined): Qualifier[] {
  const qualifiers: Qualifier[] = [];
  for (const q of node?.children.qualifier ?? []) {
    const qualifier = buildQualifier(ctx, q);
    if (qualifier !== undefined) qualifiers.push(qualifier);
  }
  return qualifiers;
}

function buildScopes(ctx: Context, node: ScopeClauseCstNode | undefined): Scope[] {
  const scopes: Scope[] = [];
  for (const token of node?.children.scope ?? []) {
    if (real(token) === undefined) continue;
    const scope = scopeWords.get(token.image.toLowerCase());
    if (scope === undefined) {
      report(
        ctx,
        "MOF2014",
        `unknown scope '${token.image}' (valid scopes: class, association, indication, property, reference, method, parameter, any)`,
        tokenSpan(ctx, token),
      );
    } else if (!scopes.includes(scope)) {
      scopes.push(scope);
    }
  }
  return scopes;
}

function buildDeclaredFlavors(ctx: Context, node: FlavorClauseCstNode | undefined): Flavor[] {
  return buildFlavors(ctx, node?.children.flavor ?? [], true);
}

function buildQualifierDeclaration(
  ctx: Context,
  node: QualifierDeclarationCstNode,
  qualifierList: QualifierListCstNode | undefined,
): QualifierDeclaration | undefined {
  const c = node.children;
  const keyword = first(c.QualifierKeyword);
  if (qualifierList !== undefined) {
    const bracket = first(qualifierList.children.LBracket);
    v3(
      ctx,
      "'qualifier list before a qualifier declaration'",
      spanFrom(ctx, [bracket], [first(qualifierList.children.RBracket)]),
    );
  }
  const name = nameOf(ctx, first(c.qualifierName));
  const typeToken = real(first(first(c.qualifierType)?.children.typeName));
  if (name === undefined || typeToken === undefined) return undefined;
  const type = primitiveOf(typeToken.image);
  if (type === undefined) {
    if (typeToken.image.toLowerCase() === "octetstring") {
      v3(ctx, "'octetstring' type", tokenSpan(ctx, typeToken));
    } else {
      report(
        ctx,
        "MOF2017",
        `unknown qualifier type '${typeToken.image}' (a qualifier type is one of: ${[...primitives].join(", ")})`,
        tokenSpan(ctx, typeToken),
      );
    }
  }
  const declaration: QualifierDeclaration | undefined =
    type === undefined
      ? undefined
      : {
          kind: "qualifierDeclaration",
          name,
          type,
          array: buildArraySpec(ctx, first(c.arraySpec)),
          default: buildValue(ctx, first(first(c.defaultValue)?.children.value)),
          scopes: buildScopes(ctx, first(c.scopeClause)),
          flavors: buildDeclaredFlavors(ctx, first(c.flavorClause)),
          span: spanFrom(ctx, [keyword], [first(c.Semicolon)]),
        };
  return declaration;
}

// ---------------------------------------------------------------------------------------------
// Classes

/** A type as written: a TypeRef, the WMI `void`, or `undefined` after a reported problem. */
type WrittenType = TypeRef | "void" | undefined;

interface TypeInfo {
  readonly type: WrittenType;
  readonly prefixArray: boolean;
}

function buildTypeSpec(ctx: Context, node: TypeSpecCstNode | undefined): TypeInfo {
  if (node === undefined) return { type: undefined, prefixArray: false };
  const c = node.children;
  const typeToken = real(first(c.typeName));
  if (typeToken === undefined) return { type: undefined, prefixArray: false };
  const ref = real(first(c.RefKeyword));
  const classToken = real(first(c.objectClassName));
  const span = spanFrom(ctx, [typeToken], [ref, classToken, typeToken]);
  const prefixArray = first(c.arraySpec) !== undefined;
  if (prefixArray) {
    const word = typeToken.image;
    v3(
      ctx,
      `'${word}[] name' (array brackets after the type)`,
      spanFrom(ctx, [typeToken], [first(first(c.arraySpec)?.children.RBracket)]),
      `write '${word} name[]'`,
    );
  }
  const lower = typeToken.image.toLowerCase();
  if (ref !== undefined) {
    if (c.Colon !== undefined) {
      report(ctx, "MOF2019", "'object:ClassName' cannot be used with REF", span);
      return { type: undefined, prefixArray };
    }
    return {
      type: {
        kind: "ref",
        className: { text: typeToken.image, span: tokenSpan(ctx, typeToken) },
        span,
      },
      prefixArray,
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
      return { type: undefined, prefixArray };
    }
    return {
      type: { kind: "object", className: nameOf(ctx, classToken), span },
      prefixArray,
    };
  }
  const primitive = primitiveOf(typeToken.image);
  if (primitive !== undefined)
    return { type: { kind: "primitive", name: primitive, span }, prefixArray };
  if (lower === "object")
    return { type: { kind: "object", className: undefined, span }, prefixArray };
  if (lower === "void") return { type: "void", prefixArray };
  if (lower === "octetstring") {
    v3(ctx, "'octetstring' type", span);
  } else {
    report(
      ctx,
      "MOF2017",
      `unknown data type '${typeToken.image}' (use a CIM type such as string or uint32, or '${typeToken.image} REF name' for a reference)`,
      span,
    );
  }
  return { type: undefined, prefixArray };
}

function reportVoid(ctx: Context, what: string, node: TypeSpecCstNode | undefined): void {
  const token = real(first(node?.children.typeName));
  if (token === undefined) return;
  report(
    ctx,
    "MOF2020",
    `'void' is only valid as a method return type, not for ${what}`,
    tokenSpan(ctx, token),
  );
}

function buildParameter(ctx: Context, node: ParameterCstNode): ParameterDeclaration | undefined {
  if (node.recoveredNode === true) return undefined;
  const c = node.children;
  const qualifierList = first(c.qualifierList);
  const qualifiers = buildQualifierList(ctx, qualifierList);
  const typeNode = first(c.typeSpec);
  const { type } = buildTypeSpec(ctx, typeNode);
  const nameToken = first(c.parameterName);
  const name = nameOf(ctx, nameToken);
  const arrayNode = first(c.arraySpec);
  const array = buildArraySpec(ctx, arrayNode);
  const defaultNode = first(c.defaultValue);
  if (defaultNode !== undefined) {
    v3(
      ctx,
      "'parameter default value'",
      spanFrom(ctx, [first(defaultNode.children.Equals)], [first(defaultNode.children.Equals)]),
    );
  }
  if (type === "void") reportVoid(ctx, "a parameter", typeNode);
  if (name === undefined || type === undefined || type === "void") return undefined;
  return {
    kind: "parameter",
    name,
    qualifiers,
    type,
    array,
    span: spanFrom(
      ctx,
      [first(qualifierList?.children.LBracket), first(typeNode?.children.typeName)],
      [first(arrayNode?.children.RBracket), nameToken],
    ),
  };
}

function buildFeature(ctx: Context, node: ClassFeatureCstNode): ClassFeature | undefined {
  if (node.recoveredNode === true) return undefined;
  const c = node.children;
  const qualifierList = first(c.qualifierList);
  const qualifiers = buildQualifierList(ctx, qualifierList);
  const typeNode = first(c.typeSpec);
  const { type } = buildTypeSpec(ctx, typeNode);
  const name = nameOf(ctx, first(c.featureName));
  const startTokens = [first(qualifierList?.children.LBracket), first(typeNode?.children.typeName)];
  const method = first(c.methodRest);
  if (method !== undefined) {
    const parameters: ParameterDeclaration[] = [];
    for (const p of method.children.parameter ?? []) {
      const parameter = buildParameter(ctx, p);
      if (parameter !== undefined) parameters.push(parameter);
    }
    if (type !== undefined && type !== "void" && type.kind === "ref") {
      v3(ctx, "'method returning a reference'", type.span);
      return undefined;
    }
    if (name === undefined || type === undefined) return undefined;
    const result: MethodDeclaration = {
      kind: "method",
      name,
      qualifiers,
      returnType: type === "void" ? undefined : type,
      parameters,
      span: spanFrom(ctx, startTokens, [
        first(method.children.Semicolon),
        first(method.children.RParen),
      ]),
    };
    return result;
  }
  const rest = first(c.propertyRest);
  const arrayNode = first(rest?.children.arraySpec);
  const array = buildArraySpec(ctx, arrayNode);
  const defaultValue = buildValue(ctx, first(first(rest?.children.defaultValue)?.children.value));
  if (type === "void") reportVoid(ctx, "a property", typeNode);
  if (type !== undefined && type !== "void" && type.kind === "ref" && array !== false) {
    report(
      ctx,
      "MOF2019",
      "a reference property cannot be an array in MOF v2 (DSP0004)",
      spanFrom(ctx, [first(arrayNode?.children.LBracket)], [first(arrayNode?.children.RBracket)]),
    );
    return undefined;
  }
  if (name === undefined || type === undefined || type === "void") return undefined;
  const result: PropertyDeclaration = {
    kind: "property",
    name,
    qualifiers,
    type,
    array,
    default: defaultValue,
    span: spanFrom(ctx, startTokens, [first(rest?.children.Semicolon)]),
  };
  return result;
}

function buildClass(
  ctx: Context,
  node: ClassDeclarationCstNode,
  qualifierList: QualifierListCstNode | undefined,
): ClassDeclaration | undefined {
  const c = node.children;
  const qualifiers = buildQualifierList(ctx, qualifierList);
  const name = nameOf(ctx, first(c.className));
  const aliasToken = real(first(first(c.aliasClause)?.children.AliasIdentifier));
  const superclass = nameOf(ctx, first(first(c.superclass)?.children.className));
  const features: ClassFeature[] = [];
  for (const f of c.classFeature ?? []) {
    const feature = buildFeature(ctx, f);
    if (feature !== undefined) features.push(feature);
  }
  if (name === undefined) return undefined;
  return {
    kind: "class",
    name,
    qualifiers,
    superclass,
    alias: aliasOf(ctx, aliasToken),
    features,
    span: spanFrom(
      ctx,
      [first(qualifierList?.children.LBracket), first(c.ClassKeyword)],
      [first(c.Semicolon), first(c.RCurly)],
    ),
  };
}

function aliasOf(ctx: Context, token: IToken | undefined): Name | undefined {
  return token === undefined
    ? undefined
    : { text: token.image.slice(1), span: tokenSpan(ctx, token) };
}

// ---------------------------------------------------------------------------------------------
// Instances

function buildInitializer(
  ctx: Context,
  node: PropertyInitializerCstNode,
): PropertyInitializer | undefined {
  if (node.recoveredNode === true) return undefined;
  const c = node.children;
  const qualifierList = first(c.qualifierList);
  const qualifiers = buildQualifierList(ctx, qualifierList);
  const nameToken = first(c.propertyName);
  const name = nameOf(ctx, nameToken);
  const value = buildValue(ctx, first(c.value));
  if (name === undefined || value === undefined) return undefined;
  return {
    name,
    qualifiers,
    value,
    span: spanFrom(ctx, [first(qualifierList?.children.LBracket), nameToken], [first(c.Semicolon)]),
  };
}

function buildInstance(
  ctx: Context,
  node: InstanceDeclarationCstNode,
  qualifierList: QualifierListCstNode | undefined,
): InstanceDeclaration | undefined {
  const c = node.children;
  const qualifiers = buildQualifierList(ctx, qualifierList);
  const className = nameOf(ctx, first(c.className));
  const aliasToken = real(first(first(c.aliasClause)?.children.AliasIdentifier));
  const properties: PropertyInitializer[] = [];
  for (const p of c.propertyInitializer ?? []) {
    const initializer = buildInitializer(ctx, p);
    if (initializer !== undefined) properties.push(initializer);
  }
  if (className === undefined) return undefined;
  return {
    kind: "instance",
    qualifiers,
    className,
    alias: aliasOf(ctx, aliasToken),
    properties,
    span: spanFrom(
      ctx,
      [first(qualifierList?.children.LBracket), first(c.InstanceKeyword)],
      [first(c.Semicolon), first(c.RCurly)],
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// MOF v3 declarations and pragmas

function reportV3Declaration(ctx: Context, node: V3DeclarationCstNode): void {
  const c = node.children;
  const keyword =
    first(c.EnumerationKeyword) ??
    first(c.StructureKeyword) ??
    first(c.AssociationKeyword) ??
    first(c.IndicationKeyword) ??
    first(c.ValueKeyword);
  if (keyword === undefined) return;
  const word = keyword.image.toLowerCase();
  const span = spanFrom(ctx, [keyword], [first(c.OfKeyword), keyword]);
  if (word === "association" || word === "indication") {
    const qualifier = word === "association" ? "Association" : "Indication";
    v3(ctx, `'${word}' declaration`, span, `in MOF v2 write '[${qualifier}] class Name { ... };'`);
  } else {
    v3(ctx, `'${word === "value" ? "value of" : word}' declaration`, span);
  }
}

const knownPragmas: ReadonlySet<string> = new Set([
  "include",
  "locale",
  "namespace",
  "instancelocale",
  "nonlocal",
  "nonlocaltype",
  "source",
  "sourcetype",
  "classflags",
  "deleteclass",
  "autorecover",
  "amendment",
]);

/** Pragmas whose arguments are one string, e.g. `include("file.mof")`. */
const singleStringPragmas: ReadonlySet<string> = new Set([
  "include",
  "locale",
  "namespace",
  "instancelocale",
  "nonlocal",
  "nonlocaltype",
  "source",
  "sourcetype",
  "amendment",
]);

function checkPragmaArguments(
  ctx: Context,
  name: string,
  args: readonly PragmaArgument[],
  span: Span,
): void {
  const strings = args.filter((a) => a.kind === "string").length;
  let expectation: string | undefined;
  if (singleStringPragmas.has(name) && (args.length !== 1 || strings !== 1)) {
    expectation = `one string argument, for example #pragma ${name}("...")`;
  } else if (name === "classflags" && (args.length === 0 || strings !== args.length)) {
    expectation = 'one or more string arguments, for example #pragma classflags("forceupdate")';
  } else if (name === "deleteclass" && first(args)?.kind !== "string") {
    expectation = 'a class name string first, for example #pragma deleteclass("X", NOFAIL)';
  } else if (name === "autorecover" && args.length > 0) {
    expectation = "no arguments";
  }
  if (expectation !== undefined) {
    report(ctx, "MOF2021", `#pragma ${name} takes ${expectation}`, span);
  }
}

function buildPragma(ctx: Context, node: PragmaCstNode): Pragma | undefined {
  if (node.recoveredNode === true) return undefined;
  const c = node.children;
  const nameToken = real(first(c.pragmaName));
  if (nameToken === undefined) return undefined;
  const name = nameToken.image.toLowerCase();
  const args: PragmaArgument[] = [];
  for (const argument of c.pragmaArgument ?? []) {
    const stringToken = real(first(argument.children.StringLiteral));
    if (stringToken !== undefined) {
      const decoded = decodeStringLiteral(
        stringToken.image,
        true,
        stringToken.tokenType !== UnterminatedString,
      );
      args.push({ kind: "string", value: decoded.value, span: tokenSpan(ctx, stringToken) });
      continue;
    }
    const word = real(first(argument.children.word));
    if (word !== undefined) {
      args.push({ kind: "identifier", value: word.image, span: tokenSpan(ctx, word) });
    }
  }
  const nameSpan = tokenSpan(ctx, nameToken);
  const span = spanFrom(ctx, [first(c.Hash)], [first(c.RParen), nameToken]);
  const known = knownPragmas.has(name);
  if (known) {
    checkPragmaArguments(ctx, name, args, span);
  } else {
    report(ctx, "MOF2012", `unknown pragma '${nameToken.image}' is ignored`, nameSpan);
  }
  return { kind: "pragma", name, nameSpan, args, known, span };
}

// ---------------------------------------------------------------------------------------------

function buildDeclaration(ctx: Context, node: DeclarationCstNode): Production | undefined {
  const c = node.children;
  const qualifierList = first(c.qualifierList);
  const classNode = first(c.classDeclaration);
  if (classNode !== undefined) return buildClass(ctx, classNode, qualifierList);
  const instanceNode = first(c.instanceDeclaration);
  if (instanceNode !== undefined) return buildInstance(ctx, instanceNode, qualifierList);
  const qualifierNode = first(c.qualifierDeclaration);
  if (qualifierNode !== undefined) {
    return buildQualifierDeclaration(ctx, qualifierNode, qualifierList);
  }
  const v3Node = first(c.v3Declaration);
  if (v3Node !== undefined) reportV3Declaration(ctx, v3Node);
  return undefined;
}

/** Builds the productions of one file; problems are appended to `diagnostics`. */
export function buildProductions(
  cst: MofSpecificationCstNode,
  spans: SpanFactory,
  diagnostics: Diagnostic[],
): Production[] {
  const ctx: Context = { spans, diagnostics };
  const productions: Production[] = [];
  for (const production of cst.children.production ?? []) {
    const pragma = first(production.children.pragma);
    const declaration = first(production.children.declaration);
    const built =
      pragma !== undefined
        ? buildPragma(ctx, pragma)
        : declaration !== undefined
          ? buildDeclaration(ctx, declaration)
          : undefined;
    if (built !== undefined) productions.push(built);
  }
  return productions;
}
