/**
 * Instance declarations (`instance of Class as $alias { Name = value; };`). Property values
 * are kept as written; the model checks them against the class.
 */
import type {
  InstanceDeclarationCstNode,
  PropertyInitializerCstNode,
  QualifierListCstNode,
} from "../../grammar/cst.generated.js";
import type { InstanceDeclaration, PropertyInitializer } from "./ast.js";
import {
  aliasOf,
  type BuildContext,
  first,
  firstLexed,
  lexed,
  nameOf,
  spanFrom,
} from "./build-context.js";
import { buildQualifierList } from "./build-qualifiers.js";
import { buildValue } from "./build-values.js";

function buildPropertyInitializer(
  ctx: BuildContext,
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
    span: spanFrom(
      ctx,
      firstLexed(first(qualifierList?.children.LBracket), nameToken),
      firstLexed(first(c.Semicolon)),
    ),
  };
}

/** `qualifierList` is the list in front of the declaration, which the grammar reads first. */
export function buildInstance(
  ctx: BuildContext,
  node: InstanceDeclarationCstNode,
  qualifierList: QualifierListCstNode | undefined,
): InstanceDeclaration | undefined {
  const c = node.children;
  const qualifiers = buildQualifierList(ctx, qualifierList);
  const className = nameOf(ctx, first(c.className));
  const aliasToken = lexed(first(first(c.aliasClause)?.children.AliasIdentifier));
  const properties: PropertyInitializer[] = [];
  const nodes = c.propertyInitializer ?? [];
  for (let i = 0; i < nodes.length; i++) {
    const initializer = buildPropertyInitializer(ctx, nodes[i]!);
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
      firstLexed(first(qualifierList?.children.LBracket), first(c.InstanceKeyword)),
      firstLexed(first(c.Semicolon), first(c.RCurly)),
    ),
  };
}
