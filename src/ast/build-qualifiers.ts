/**
 * Qualifier usages (`[Key, MaxLen(64)]`) and qualifier declarations
 * (`Qualifier Key : boolean = false, Scope(property), Flavor(DisableOverride);`). Scope and
 * flavor words are plain identifiers in the grammar and are validated here.
 */
import type { IToken } from "chevrotain";
import type {
  FlavorClauseCstNode,
  QualifierCstNode,
  QualifierDeclarationCstNode,
  QualifierListCstNode,
  ScopeClauseCstNode,
} from "../../grammar/cst.generated.js";
import type { Flavor, Qualifier, QualifierDeclaration, Scope } from "./ast.js";
import {
  type BuildContext,
  first,
  firstLexed,
  last,
  lexed,
  nameOf,
  report,
  reportUnsupportedV3,
  spanFrom,
  tokenSpan,
} from "./build-context.js";
import { buildArraySpec, primitiveOf, primitiveTypes } from "./build-types.js";
import { buildArrayValue, buildScalarValue, buildValue } from "./build-values.js";

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

/**
 * `inDeclaration`: ToInstance is deprecated, but only a declaration is warned about it; WMI
 * output writes `: ToInstance` on qualifier usages everywhere, and a warning per usage would
 * bury everything else.
 */
function buildFlavors(
  ctx: BuildContext,
  tokens: readonly IToken[],
  inDeclaration: boolean,
): Flavor[] {
  const flavors: Flavor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (lexed(token) === undefined) continue;
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

/**
 * Shared by every qualifier written without flavors, and every element without qualifiers:
 * most of them, and the AST is never changed once built.
 */
const noFlavors: readonly Flavor[] = Object.freeze([]);
const noQualifiers: readonly Qualifier[] = Object.freeze([]);

function buildQualifier(ctx: BuildContext, node: QualifierCstNode): Qualifier | undefined {
  if (node.recoveredNode === true) return undefined;
  const c = node.children;
  const nameToken = lexed(first(c.qualifierName));
  if (nameToken === undefined) return undefined;
  const name = { text: nameToken.image, span: tokenSpan(ctx, nameToken) };
  const array = first(c.arrayValue);
  const value =
    array !== undefined ? buildArrayValue(ctx, array) : buildScalarValue(ctx, first(c.scalarValue));
  const flavorTokens = first(c.qualifierFlavors)?.children.flavor;
  const end = firstLexed(last(flavorTokens), first(array?.children.RCurly), first(c.RParen));
  return {
    name,
    value,
    flavors: flavorTokens === undefined ? noFlavors : buildFlavors(ctx, flavorTokens, false),
    // `[Key]`: the qualifier is just its name, and shares its span.
    span: end === undefined ? name.span : spanFrom(ctx, nameToken, end),
  };
}

export function buildQualifierList(
  ctx: BuildContext,
  node: QualifierListCstNode | undefined,
): readonly Qualifier[] {
  const nodes = node?.children.qualifier;
  if (nodes === undefined) return noQualifiers;
  const qualifiers: Qualifier[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const qualifier = buildQualifier(ctx, nodes[i]!);
    if (qualifier !== undefined) qualifiers.push(qualifier);
  }
  return qualifiers;
}

function buildScopes(ctx: BuildContext, node: ScopeClauseCstNode | undefined): Scope[] {
  const scopes: Scope[] = [];
  for (const token of node?.children.scope ?? []) {
    if (lexed(token) === undefined) continue;
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

function buildDeclaredFlavors(ctx: BuildContext, node: FlavorClauseCstNode | undefined): Flavor[] {
  return buildFlavors(ctx, node?.children.flavor ?? [], true);
}

/**
 * `qualifierList` is the list the grammar read in front of the declaration; MOF v2 has none
 * there, so it is only reported.
 */
export function buildQualifierDeclaration(
  ctx: BuildContext,
  node: QualifierDeclarationCstNode,
  qualifierList: QualifierListCstNode | undefined,
): QualifierDeclaration | undefined {
  const c = node.children;
  const keyword = first(c.QualifierKeyword);
  if (qualifierList !== undefined) {
    const bracket = first(qualifierList.children.LBracket);
    reportUnsupportedV3(
      ctx,
      "'qualifier list before a qualifier declaration'",
      spanFrom(ctx, firstLexed(bracket), firstLexed(first(qualifierList.children.RBracket))),
    );
  }
  const name = nameOf(ctx, first(c.qualifierName));
  const typeToken = lexed(first(first(c.qualifierType)?.children.typeName));
  if (name === undefined || typeToken === undefined) return undefined;
  const type = primitiveOf(typeToken.image);
  if (type === undefined) {
    if (typeToken.image.toLowerCase() === "octetstring") {
      reportUnsupportedV3(ctx, "'octetstring' type", tokenSpan(ctx, typeToken));
    } else {
      report(
        ctx,
        "MOF2017",
        `unknown qualifier type '${typeToken.image}' (a qualifier type is one of: ${[...primitiveTypes].join(", ")})`,
        tokenSpan(ctx, typeToken),
      );
    }
    // The rest of a declaration without a type cannot be checked (its default has no type).
    return undefined;
  }
  return {
    kind: "qualifierDeclaration",
    name,
    type,
    array: buildArraySpec(ctx, first(c.arraySpec)),
    default: buildValue(ctx, first(first(c.defaultValue)?.children.value)),
    scopes: buildScopes(ctx, first(c.scopeClause)),
    flavors: buildDeclaredFlavors(ctx, first(c.flavorClause)),
    span: spanFrom(ctx, firstLexed(keyword), firstLexed(first(c.Semicolon))),
  };
}
