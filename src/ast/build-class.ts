/**
 * Class declarations with their properties, methods and parameters. The grammar reads a
 * property and a method alike up to the name (`classFeature`), so the MOF v2 rules that tell
 * them apart — `void` only as a return type, no reference arrays, no reference return types —
 * are checked here.
 */
import type {
  ClassDeclarationCstNode,
  ClassFeatureCstNode,
  ParameterCstNode,
  QualifierListCstNode,
} from "../../grammar/cst.generated.js";
import type {
  ClassDeclaration,
  ClassFeature,
  MethodDeclaration,
  ParameterDeclaration,
  PropertyDeclaration,
} from "./ast.js";
import {
  aliasOf,
  type BuildContext,
  first,
  firstLexed,
  lexed,
  nameOf,
  report,
  reportUnsupportedV3,
  spanFrom,
} from "./build-context.js";
import { buildQualifierList } from "./build-qualifiers.js";
import { buildArraySpec, buildTypeSpec, reportMisplacedVoid } from "./build-types.js";
import { buildValue } from "./build-values.js";

function buildParameter(
  ctx: BuildContext,
  node: ParameterCstNode,
): ParameterDeclaration | undefined {
  if (node.recoveredNode === true) return undefined;
  const c = node.children;
  const qualifierList = first(c.qualifierList);
  const qualifiers = buildQualifierList(ctx, qualifierList);
  const typeNode = first(c.typeSpec);
  const type = buildTypeSpec(ctx, typeNode);
  const nameToken = first(c.parameterName);
  const name = nameOf(ctx, nameToken);
  const arrayNode = first(c.arraySpec);
  const array = buildArraySpec(ctx, arrayNode);
  const defaultNode = first(c.defaultValue);
  if (defaultNode !== undefined) {
    const equals = first(defaultNode.children.Equals);
    reportUnsupportedV3(
      ctx,
      "'parameter default value'",
      spanFrom(ctx, firstLexed(equals), firstLexed(equals)),
    );
  }
  if (type === "void") reportMisplacedVoid(ctx, "a parameter", typeNode);
  if (name === undefined || type === undefined || type === "void") return undefined;
  return {
    kind: "parameter",
    name,
    qualifiers,
    type,
    array,
    span: spanFrom(
      ctx,
      firstLexed(first(qualifierList?.children.LBracket), first(typeNode?.children.typeName)),
      firstLexed(first(arrayNode?.children.RBracket), nameToken),
    ),
  };
}

function buildClassFeature(ctx: BuildContext, node: ClassFeatureCstNode): ClassFeature | undefined {
  if (node.recoveredNode === true) return undefined;
  const c = node.children;
  const qualifierList = first(c.qualifierList);
  const qualifiers = buildQualifierList(ctx, qualifierList);
  const typeNode = first(c.typeSpec);
  const type = buildTypeSpec(ctx, typeNode);
  const name = nameOf(ctx, first(c.featureName));
  const start = firstLexed(
    first(qualifierList?.children.LBracket),
    first(typeNode?.children.typeName),
  );
  const method = first(c.methodRest);
  if (method !== undefined) {
    // Parameters are built even when the method is dropped, so their problems are reported.
    const parameters: ParameterDeclaration[] = [];
    const nodes = method.children.parameter ?? [];
    for (let i = 0; i < nodes.length; i++) {
      const parameter = buildParameter(ctx, nodes[i]!);
      if (parameter !== undefined) parameters.push(parameter);
    }
    if (type !== undefined && type !== "void" && type.kind === "ref") {
      reportUnsupportedV3(ctx, "'method returning a reference'", type.span);
      return undefined;
    }
    if (name === undefined || type === undefined) return undefined;
    const result: MethodDeclaration = {
      kind: "method",
      name,
      qualifiers,
      returnType: type === "void" ? undefined : type,
      parameters,
      span: spanFrom(
        ctx,
        start,
        firstLexed(first(method.children.Semicolon), first(method.children.RParen)),
      ),
    };
    return result;
  }
  const rest = first(c.propertyRest);
  const arrayNode = first(rest?.children.arraySpec);
  const array = buildArraySpec(ctx, arrayNode);
  const defaultValue = buildValue(ctx, first(first(rest?.children.defaultValue)?.children.value));
  if (type === "void") reportMisplacedVoid(ctx, "a property", typeNode);
  if (type !== undefined && type !== "void" && type.kind === "ref" && array !== false) {
    report(
      ctx,
      "MOF2019",
      "a reference property cannot be an array in MOF v2 (DSP0004)",
      spanFrom(
        ctx,
        firstLexed(first(arrayNode?.children.LBracket)),
        firstLexed(first(arrayNode?.children.RBracket)),
      ),
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
    span: spanFrom(ctx, start, firstLexed(first(rest?.children.Semicolon))),
  };
  return result;
}

/** `qualifierList` is the list in front of the declaration, which the grammar reads first. */
export function buildClass(
  ctx: BuildContext,
  node: ClassDeclarationCstNode,
  qualifierList: QualifierListCstNode | undefined,
): ClassDeclaration | undefined {
  const c = node.children;
  const qualifiers = buildQualifierList(ctx, qualifierList);
  const name = nameOf(ctx, first(c.className));
  const aliasToken = lexed(first(first(c.aliasClause)?.children.AliasIdentifier));
  const superclass = nameOf(ctx, first(first(c.superclass)?.children.className));
  const features: ClassFeature[] = [];
  const nodes = c.classFeature ?? [];
  for (let i = 0; i < nodes.length; i++) {
    const feature = buildClassFeature(ctx, nodes[i]!);
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
      firstLexed(first(qualifierList?.children.LBracket), first(c.ClassKeyword)),
      firstLexed(first(c.Semicolon), first(c.RCurly)),
    ),
  };
}
