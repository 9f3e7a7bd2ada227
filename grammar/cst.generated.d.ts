import type { CstNode, ICstVisitor, IToken } from "chevrotain";

export interface MofSpecificationCstNode extends CstNode {
  name: "mofSpecification";
  children: MofSpecificationCstChildren;
}

export type MofSpecificationCstChildren = {
  production?: ProductionCstNode[];
};

export interface ProductionCstNode extends CstNode {
  name: "production";
  children: ProductionCstChildren;
}

export type ProductionCstChildren = {
  pragma?: PragmaCstNode[];
  declaration?: DeclarationCstNode[];
};

export interface PragmaCstNode extends CstNode {
  name: "pragma";
  children: PragmaCstChildren;
}

export type PragmaCstChildren = {
  Hash: IToken[];
  PragmaKeyword: IToken[];
  pragmaName: IToken[];
  LParen?: IToken[];
  pragmaArgument?: PragmaArgumentCstNode[];
  Comma?: IToken[];
  RParen?: IToken[];
};

export interface PragmaArgumentCstNode extends CstNode {
  name: "pragmaArgument";
  children: PragmaArgumentCstChildren;
}

export type PragmaArgumentCstChildren = {
  StringLiteral?: IToken[];
  word?: IToken[];
};

export interface DeclarationCstNode extends CstNode {
  name: "declaration";
  children: DeclarationCstChildren;
}

export type DeclarationCstChildren = {
  qualifierList?: QualifierListCstNode[];
  classDeclaration?: ClassDeclarationCstNode[];
  instanceDeclaration?: InstanceDeclarationCstNode[];
  qualifierDeclaration?: QualifierDeclarationCstNode[];
  v3Declaration?: V3DeclarationCstNode[];
};

export interface QualifierDeclarationCstNode extends CstNode {
  name: "qualifierDeclaration";
  children: QualifierDeclarationCstChildren;
}

export type QualifierDeclarationCstChildren = {
  QualifierKeyword: IToken[];
  qualifierName: IToken[];
  Colon: IToken[];
  qualifierType: QualifierTypeCstNode[];
  arraySpec?: ArraySpecCstNode[];
  defaultValue?: DefaultValueCstNode[];
  Comma: (IToken)[];
  ScopeKeyword: IToken[];
  scopeClause: ScopeClauseCstNode[];
  FlavorKeyword?: IToken[];
  flavorClause?: FlavorClauseCstNode[];
  Semicolon: IToken[];
};

export interface QualifierTypeCstNode extends CstNode {
  name: "qualifierType";
  children: QualifierTypeCstChildren;
}

export type QualifierTypeCstChildren = {
  typeName: IToken[];
};

export interface ScopeClauseCstNode extends CstNode {
  name: "scopeClause";
  children: ScopeClauseCstChildren;
}

export type ScopeClauseCstChildren = {
  LParen: IToken[];
  scope: IToken[];
  Comma?: IToken[];
  RParen: IToken[];
};

export interface FlavorClauseCstNode extends CstNode {
  name: "flavorClause";
  children: FlavorClauseCstChildren;
}

export type FlavorClauseCstChildren = {
  LParen: IToken[];
  flavor: IToken[];
  Comma?: IToken[];
  RParen: IToken[];
};

export interface QualifierListCstNode extends CstNode {
  name: "qualifierList";
  children: QualifierListCstChildren;
}

export type QualifierListCstChildren = {
  LBracket: IToken[];
  qualifier: QualifierCstNode[];
  Comma?: IToken[];
  RBracket: IToken[];
};

export interface QualifierCstNode extends CstNode {
  name: "qualifier";
  children: QualifierCstChildren;
}

export type QualifierCstChildren = {
  qualifierName: IToken[];
  LParen?: IToken[];
  scalarValue?: ScalarValueCstNode[];
  RParen?: IToken[];
  arrayValue?: ArrayValueCstNode[];
  qualifierFlavors?: QualifierFlavorsCstNode[];
};

export interface QualifierFlavorsCstNode extends CstNode {
  name: "qualifierFlavors";
  children: QualifierFlavorsCstChildren;
}

export type QualifierFlavorsCstChildren = {
  Colon: IToken[];
  flavor: IToken[];
};

export interface ClassDeclarationCstNode extends CstNode {
  name: "classDeclaration";
  children: ClassDeclarationCstChildren;
}

export type ClassDeclarationCstChildren = {
  ClassKeyword: IToken[];
  className: IToken[];
  aliasClause?: AliasClauseCstNode[];
  superclass?: SuperclassCstNode[];
  LCurly: IToken[];
  classFeature?: ClassFeatureCstNode[];
  RCurly: IToken[];
  Semicolon: IToken[];
};

export interface AliasClauseCstNode extends CstNode {
  name: "aliasClause";
  children: AliasClauseCstChildren;
}

export type AliasClauseCstChildren = {
  AsKeyword: IToken[];
  AliasIdentifier: IToken[];
};

export interface SuperclassCstNode extends CstNode {
  name: "superclass";
  children: SuperclassCstChildren;
}

export type SuperclassCstChildren = {
  Colon: IToken[];
  className: IToken[];
};

export interface ClassFeatureCstNode extends CstNode {
  name: "classFeature";
  children: ClassFeatureCstChildren;
}

export type ClassFeatureCstChildren = {
  qualifierList?: QualifierListCstNode[];
  typeSpec: TypeSpecCstNode[];
  featureName: IToken[];
  methodRest?: MethodRestCstNode[];
  propertyRest?: PropertyRestCstNode[];
};

export interface TypeSpecCstNode extends CstNode {
  name: "typeSpec";
  children: TypeSpecCstChildren;
}

export type TypeSpecCstChildren = {
  typeName: IToken[];
  Colon?: IToken[];
  objectClassName?: IToken[];
  RefKeyword?: IToken[];
  arraySpec?: ArraySpecCstNode[];
};

export interface PropertyRestCstNode extends CstNode {
  name: "propertyRest";
  children: PropertyRestCstChildren;
}

export type PropertyRestCstChildren = {
  arraySpec?: ArraySpecCstNode[];
  defaultValue?: DefaultValueCstNode[];
  Semicolon: IToken[];
};

export interface MethodRestCstNode extends CstNode {
  name: "methodRest";
  children: MethodRestCstChildren;
}

export type MethodRestCstChildren = {
  LParen: IToken[];
  parameter?: ParameterCstNode[];
  Comma?: IToken[];
  RParen: IToken[];
  Semicolon: IToken[];
};

export interface ParameterCstNode extends CstNode {
  name: "parameter";
  children: ParameterCstChildren;
}

export type ParameterCstChildren = {
  qualifierList?: QualifierListCstNode[];
  typeSpec: TypeSpecCstNode[];
  parameterName: IToken[];
  arraySpec?: ArraySpecCstNode[];
  defaultValue?: DefaultValueCstNode[];
};

export interface ArraySpecCstNode extends CstNode {
  name: "arraySpec";
  children: ArraySpecCstChildren;
}

export type ArraySpecCstChildren = {
  LBracket: IToken[];
  NumberLiteral?: IToken[];
  RBracket: IToken[];
};

export interface DefaultValueCstNode extends CstNode {
  name: "defaultValue";
  children: DefaultValueCstChildren;
}

export type DefaultValueCstChildren = {
  Equals: IToken[];
  value: ValueCstNode[];
};

export interface InstanceDeclarationCstNode extends CstNode {
  name: "instanceDeclaration";
  children: InstanceDeclarationCstChildren;
}

export type InstanceDeclarationCstChildren = {
  InstanceKeyword: IToken[];
  OfKeyword: IToken[];
  className: IToken[];
  aliasClause?: AliasClauseCstNode[];
  LCurly: IToken[];
  propertyInitializer: PropertyInitializerCstNode[];
  RCurly: IToken[];
  Semicolon: IToken[];
};

export interface PropertyInitializerCstNode extends CstNode {
  name: "propertyInitializer";
  children: PropertyInitializerCstChildren;
}

export type PropertyInitializerCstChildren = {
  qualifierList?: QualifierListCstNode[];
  propertyName: IToken[];
  Equals: IToken[];
  value: ValueCstNode[];
  Semicolon: IToken[];
};

export interface ValueCstNode extends CstNode {
  name: "value";
  children: ValueCstChildren;
}

export type ValueCstChildren = {
  arrayValue?: ArrayValueCstNode[];
  scalarValue?: ScalarValueCstNode[];
};

export interface ArrayValueCstNode extends CstNode {
  name: "arrayValue";
  children: ArrayValueCstChildren;
}

export type ArrayValueCstChildren = {
  LCurly: IToken[];
  scalarValue?: ScalarValueCstNode[];
  Comma?: IToken[];
  RCurly: IToken[];
};

export interface ScalarValueCstNode extends CstNode {
  name: "scalarValue";
  children: ScalarValueCstChildren;
}

export type ScalarValueCstChildren = {
  StringLiteral?: IToken[];
  NumberLiteral?: IToken[];
  CharLiteral?: IToken[];
  TrueKeyword?: IToken[];
  FalseKeyword?: IToken[];
  NullKeyword?: IToken[];
  AliasIdentifier?: IToken[];
  v3InlineValue?: V3InlineValueCstNode[];
};

export interface V3DeclarationCstNode extends CstNode {
  name: "v3Declaration";
  children: V3DeclarationCstChildren;
}

export type V3DeclarationCstChildren = {
  EnumerationKeyword?: IToken[];
  StructureKeyword?: IToken[];
  AssociationKeyword?: IToken[];
  IndicationKeyword?: IToken[];
  ValueKeyword?: IToken[];
  OfKeyword?: IToken[];
  Skippable?: IToken[];
  braceBlock: BraceBlockCstNode[];
  Semicolon: IToken[];
};

export interface V3InlineValueCstNode extends CstNode {
  name: "v3InlineValue";
  children: V3InlineValueCstChildren;
}

export type V3InlineValueCstChildren = {
  ValueKeyword?: IToken[];
  InstanceKeyword?: IToken[];
  OfKeyword: IToken[];
  Skippable?: IToken[];
  braceBlock: BraceBlockCstNode[];
};

export interface BraceBlockCstNode extends CstNode {
  name: "braceBlock";
  children: BraceBlockCstChildren;
}

export type BraceBlockCstChildren = {
  LCurly: IToken[];
  Skippable?: IToken[];
  Semicolon?: IToken[];
  braceBlock?: BraceBlockCstNode[];
  RCurly: IToken[];
};

export interface ICstNodeVisitor<IN, OUT> extends ICstVisitor<IN, OUT> {
  mofSpecification(children: MofSpecificationCstChildren, param?: IN): OUT;
  production(children: ProductionCstChildren, param?: IN): OUT;
  pragma(children: PragmaCstChildren, param?: IN): OUT;
  pragmaArgument(children: PragmaArgumentCstChildren, param?: IN): OUT;
  declaration(children: DeclarationCstChildren, param?: IN): OUT;
  qualifierDeclaration(children: QualifierDeclarationCstChildren, param?: IN): OUT;
  qualifierType(children: QualifierTypeCstChildren, param?: IN): OUT;
  scopeClause(children: ScopeClauseCstChildren, param?: IN): OUT;
  flavorClause(children: FlavorClauseCstChildren, param?: IN): OUT;
  qualifierList(children: QualifierListCstChildren, param?: IN): OUT;
  qualifier(children: QualifierCstChildren, param?: IN): OUT;
  qualifierFlavors(children: QualifierFlavorsCstChildren, param?: IN): OUT;
  classDeclaration(children: ClassDeclarationCstChildren, param?: IN): OUT;
  aliasClause(children: AliasClauseCstChildren, param?: IN): OUT;
  superclass(children: SuperclassCstChildren, param?: IN): OUT;
  classFeature(children: ClassFeatureCstChildren, param?: IN): OUT;
  typeSpec(children: TypeSpecCstChildren, param?: IN): OUT;
  propertyRest(children: PropertyRestCstChildren, param?: IN): OUT;
  methodRest(children: MethodRestCstChildren, param?: IN): OUT;
  parameter(children: ParameterCstChildren, param?: IN): OUT;
  arraySpec(children: ArraySpecCstChildren, param?: IN): OUT;
  defaultValue(children: DefaultValueCstChildren, param?: IN): OUT;
  instanceDeclaration(children: InstanceDeclarationCstChildren, param?: IN): OUT;
  propertyInitializer(children: PropertyInitializerCstChildren, param?: IN): OUT;
  value(children: ValueCstChildren, param?: IN): OUT;
  arrayValue(children: ArrayValueCstChildren, param?: IN): OUT;
  scalarValue(children: ScalarValueCstChildren, param?: IN): OUT;
  v3Declaration(children: V3DeclarationCstChildren, param?: IN): OUT;
  v3InlineValue(children: V3InlineValueCstChildren, param?: IN): OUT;
  braceBlock(children: BraceBlockCstChildren, param?: IN): OUT;
}
