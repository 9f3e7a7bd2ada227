/**
 * CST → AST: decodes literals, validates the words the grammar leaves open (data types, scopes,
 * flavors, array sizes, pragma arguments) and gives every node its exact span. This module
 * dispatches the productions of a file; each kind is built by its own module (build-class,
 * build-instance, build-qualifiers, build-pragma, with build-values and build-types below them).
 *
 * After error recovery the CST may lack any child, and recovery-inserted tokens have no
 * position, so every access is defensive; a node that lacks its name is dropped (the document
 * is allowed to be partial when there are syntax errors). Small nodes that recovery produced
 * (features, parameters, qualifiers, property values) are dropped without further checks, so
 * one syntax error does not also produce e.g. "unknown data type" for the token after it.
 */
import type {
  DeclarationCstNode,
  MofSpecificationCstNode,
  V3DeclarationCstNode,
} from "../../grammar/cst.generated.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Production } from "./ast.js";
import { buildClass } from "./build-class.js";
import {
  type BuildContext,
  first,
  firstLexed,
  reportUnsupportedV3,
  spanFrom,
} from "./build-context.js";
import { buildInstance } from "./build-instance.js";
import { buildPragma } from "./build-pragma.js";
import { buildQualifierDeclaration } from "./build-qualifiers.js";
import type { SpanFactory } from "./source-spans.js";

/**
 * The grammar parses the MOF v3 declaration keywords so that a v3 file gets one message per
 * declaration (with the v2 spelling where there is one) instead of a syntax error cascade.
 */
function reportV3Declaration(ctx: BuildContext, node: V3DeclarationCstNode): void {
  const c = node.children;
  const keyword =
    first(c.EnumerationKeyword) ??
    first(c.StructureKeyword) ??
    first(c.AssociationKeyword) ??
    first(c.IndicationKeyword) ??
    first(c.ValueKeyword);
  if (keyword === undefined) return;
  const word = keyword.image.toLowerCase();
  const span = spanFrom(ctx, firstLexed(keyword), firstLexed(first(c.OfKeyword), keyword));
  if (word === "association" || word === "indication") {
    const qualifier = word === "association" ? "Association" : "Indication";
    reportUnsupportedV3(
      ctx,
      `'${word}' declaration`,
      span,
      `in MOF v2 write '[${qualifier}] class Name { ... };'`,
    );
  } else {
    reportUnsupportedV3(ctx, `'${word === "value" ? "value of" : word}' declaration`, span);
  }
}

function buildDeclaration(ctx: BuildContext, node: DeclarationCstNode): Production | undefined {
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
  const ctx: BuildContext = { spans, diagnostics };
  const productions: Production[] = [];
  const nodes = cst.children.production ?? [];
  for (let i = 0; i < nodes.length; i++) {
    const production = nodes[i]!;
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
