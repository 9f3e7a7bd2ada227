/**
 * The MOF CstParser (DSP0004 v2 syntax plus the WMI forms real files use), built once and reused
 * through `input`. The grammar is deliberately permissive where a
 * later check can give a better message than "syntax error": data type names, scope and flavor
 * words and array sizes are plain tokens here and are validated in src/ast/ (build-types.ts,
 * build-qualifiers.ts).
 */
import type { CstNode, IOrAlt } from "chevrotain";
import { chevrotain } from "./chevrotain.js";
import { mofErrorMessages } from "./error-messages.js";
import {
  AliasIdentifier,
  AsKeyword,
  AssociationKeyword,
  CharLiteral,
  ClassKeyword,
  Colon,
  Comma,
  EnumerationKeyword,
  Equals,
  FalseKeyword,
  FlavorKeyword,
  Hash,
  IndicationKeyword,
  InstanceKeyword,
  LBracket,
  LCurly,
  LParen,
  Name,
  NullKeyword,
  NumberLiteral,
  OfKeyword,
  PragmaKeyword,
  parserTokens,
  QualifierKeyword,
  RBracket,
  RCurly,
  RefKeyword,
  RParen,
  ScopeKeyword,
  Semicolon,
  Skippable,
  StringLiteral,
  StructureKeyword,
  TrueKeyword,
  ValueKeyword,
} from "./tokens.js";

export interface MofParserOptions {
  /** Run Chevrotain's grammar checks; the tests do, normal runs skip them. */
  readonly validate?: boolean;
  /**
   * Keep parsing after a syntax error, so that every error of a file is reported. Recovery
   * makes every repetition and rule call do extra work, even in a file without errors.
   */
  readonly recovery?: boolean;
}

/** CONSUME options of the hot rules, shared rather than created on every call. */
const labels = {
  qualifierName: { LABEL: "qualifierName" },
  featureName: { LABEL: "featureName" },
  typeName: { LABEL: "typeName" },
  objectClassName: { LABEL: "objectClassName" },
} as const;

const chevrotainCstInvocationStateUpdate = (
  chevrotain.CstParser.prototype as unknown as {
    cstInvocationStateUpdate(this: unknown, ruleName: string): void;
  }
).cstInvocationStateUpdate;

export class MofParser extends chevrotain.CstParser {
  constructor({ validate = false, recovery = false }: MofParserOptions = {}) {
    super([...parserTokens], {
      recoveryEnabled: recovery,
      maxLookahead: 3,
      errorMessageProvider: mofErrorMessages,
      skipValidations: !validate,
    });
    this.performSelfAnalysis();
  }

  /**
   * Starts the CST node of a rule. Chevrotain's own version makes `children` with
   * `Object.create(null)`, which V8 keeps as a hash table; a plain object literal gets a hidden
   * class instead, so the AST builders read `children.x` as a fixed field, and it is smaller.
   * No child name can clash with an `Object.prototype` member: they are the rule, token and
   * label names of this grammar. (The node location that Chevrotain's version also starts is not
   * tracked by this parser.) This replaces a Chevrotain internal: should a later Chevrotain
   * keep its stack elsewhere, its own version runs (test/grammar/parser-internals.test.ts
   * notices that the fast path is gone).
   */
  cstInvocationStateUpdate(ruleName: string): void {
    const stack = (this as unknown as { CST_STACK?: CstNode[] }).CST_STACK;
    if (Array.isArray(stack)) stack.push({ name: ruleName, children: {} });
    else chevrotainCstInvocationStateUpdate.call(this, ruleName);
  }

  // The alternations that run for every declaration, feature, qualifier and value take their
  // alternatives from a field (`...Alternatives`): written inline, `this.OR([...])` creates the
  // array and a closure per alternative on every call, a large part of what parsing allocates.
  // For the same reason the rules that run for every feature, qualifier and value take their
  // OPTION, repetition and label arguments from fields and constants (`...Part`, `labels`).

  /** The whole file: `*production`. */
  mofSpecification = this.RULE("mofSpecification", () => {
    this.MANY(() => this.SUBRULE(this.production));
  });

  private readonly productionAlternatives: IOrAlt<unknown>[] = [
    { ALT: () => this.SUBRULE(this.pragma) },
    { ALT: () => this.SUBRULE(this.declaration) },
  ];

  production = this.RULE("production", () => {
    this.OR(this.productionAlternatives);
  });

  /** `#pragma name`, `#pragma name(arg, ...)`; args are strings or bare words (WMI). */
  pragma = this.RULE("pragma", () => {
    this.CONSUME(Hash);
    this.CONSUME(PragmaKeyword);
    this.CONSUME(Name, { LABEL: "pragmaName" });
    this.OPTION(() => {
      this.CONSUME(LParen);
      this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => this.SUBRULE(this.pragmaArgument) });
      this.CONSUME(RParen);
    });
  });

  pragmaArgument = this.RULE("pragmaArgument", () => {
    this.OR([
      { ALT: () => this.CONSUME(StringLiteral) },
      { ALT: () => this.CONSUME(Name, { LABEL: "word" }) },
    ]);
  });

  private readonly declarationAlternatives: IOrAlt<unknown>[] = [
    { ALT: () => this.SUBRULE(this.classDeclaration) },
    { ALT: () => this.SUBRULE(this.instanceDeclaration) },
    { ALT: () => this.SUBRULE(this.qualifierDeclaration) },
    { ALT: () => this.SUBRULE(this.v3Declaration) },
  ];

  /** Everything that may carry a leading qualifier list. */
  declaration = this.RULE("declaration", () => {
    this.OPTION(() => this.SUBRULE(this.qualifierList));
    this.OR(this.declarationAlternatives);
  });

  // -------------------------------------------------------------------------------------------
  // Qualifier declarations

  /** `Qualifier Name : type [array] [= default], Scope(...) [, Flavor(...)];` */
  qualifierDeclaration = this.RULE("qualifierDeclaration", () => {
    this.CONSUME(QualifierKeyword);
    this.CONSUME(Name, { LABEL: "qualifierName" });
    this.CONSUME(Colon);
    this.SUBRULE(this.qualifierType);
    this.OPTION(() => this.SUBRULE(this.arraySpec));
    this.OPTION2(() => this.SUBRULE(this.defaultValue));
    this.CONSUME(Comma);
    this.CONSUME(ScopeKeyword);
    this.SUBRULE(this.scopeClause);
    this.OPTION3(() => {
      this.CONSUME2(Comma);
      this.CONSUME(FlavorKeyword);
      this.SUBRULE(this.flavorClause);
    });
    this.CONSUME(Semicolon);
  });

  qualifierType = this.RULE("qualifierType", () => {
    this.CONSUME(Name, { LABEL: "typeName" });
  });

  /** `(class, property, ...)` after `Scope`. */
  scopeClause = this.RULE("scopeClause", () => {
    this.CONSUME(LParen);
    this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => this.CONSUME(Name, { LABEL: "scope" }) });
    this.CONSUME(RParen);
  });

  /** `(EnableOverride, ...)` after `Flavor`. */
  flavorClause = this.RULE("flavorClause", () => {
    this.CONSUME(LParen);
    this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => this.CONSUME(Name, { LABEL: "flavor" }) });
    this.CONSUME(RParen);
  });

  // -------------------------------------------------------------------------------------------
  // Qualifier lists

  /** `[A, B(v), C{v1, v2}, D(v) : ToSubclass DisableOverride]` */
  private readonly qualifiersPart = { SEP: Comma, DEF: () => this.SUBRULE(this.qualifier) };

  qualifierList = this.RULE("qualifierList", () => {
    this.CONSUME(LBracket);
    this.AT_LEAST_ONE_SEP(this.qualifiersPart);
    this.CONSUME(RBracket);
  });

  private readonly qualifierArgumentAlternatives: IOrAlt<unknown>[] = [
    {
      ALT: () => {
        this.CONSUME(LParen);
        this.SUBRULE(this.scalarValue);
        this.CONSUME(RParen);
      },
    },
    { ALT: () => this.SUBRULE(this.arrayValue) },
  ];

  private readonly qualifierArgumentPart = () => this.OR(this.qualifierArgumentAlternatives);
  private readonly qualifierFlavorsPart = () => this.SUBRULE(this.qualifierFlavors);

  qualifier = this.RULE("qualifier", () => {
    this.CONSUME(Name, labels.qualifierName);
    this.OPTION(this.qualifierArgumentPart);
    this.OPTION2(this.qualifierFlavorsPart);
  });

  /** The v2 flavor suffix `: ToSubclass DisableOverride` (WMI: `: ToInstance Amended`). */
  qualifierFlavors = this.RULE("qualifierFlavors", () => {
    this.CONSUME(Colon);
    this.AT_LEAST_ONE(() => this.CONSUME(Name, { LABEL: "flavor" }));
  });

  // -------------------------------------------------------------------------------------------
  // Classes

  /** `class N [as $A] [: Super] { features };` (DSP0004: alias before superclass). */
  classDeclaration = this.RULE("classDeclaration", () => {
    this.CONSUME(ClassKeyword);
    this.CONSUME(Name, { LABEL: "className" });
    this.OPTION(() => this.SUBRULE(this.aliasClause));
    this.OPTION2(() => this.SUBRULE(this.superclass));
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.classFeature));
    this.CONSUME(RCurly);
    this.CONSUME(Semicolon);
  });

  aliasClause = this.RULE("aliasClause", () => {
    this.CONSUME(AsKeyword);
    this.CONSUME(AliasIdentifier);
  });

  superclass = this.RULE("superclass", () => {
    this.CONSUME(Colon);
    this.CONSUME(Name, { LABEL: "className" });
  });

  private readonly featureRestAlternatives: IOrAlt<unknown>[] = [
    { ALT: () => this.SUBRULE(this.methodRest) },
    { ALT: () => this.SUBRULE(this.propertyRest) },
  ];

  private readonly qualifierListPart = () => this.SUBRULE(this.qualifierList);

  /** A property, reference or method: `[quals] type name ...`. */
  classFeature = this.RULE("classFeature", () => {
    this.OPTION(this.qualifierListPart);
    this.SUBRULE(this.typeSpec);
    this.CONSUME(Name, labels.featureName);
    this.OR(this.featureRestAlternatives);
  });

  /**
   * `uint32`, `C REF`, WMI `object` / `object:C`, and the v3 prefix array `string[]` (parsed only
   * to be reported as unsupported).
   */
  typeSpec = this.RULE("typeSpec", () => {
    this.CONSUME(Name, labels.typeName);
    this.OPTION(this.objectClassPart);
    this.OPTION2(this.refPart);
    this.OPTION3(this.arraySpecPart);
  });

  private readonly objectClassPart = () => {
    this.CONSUME(Colon);
    this.CONSUME2(Name, labels.objectClassName);
  };
  private readonly refPart = () => this.CONSUME(RefKeyword);
  private readonly arraySpecPart = () => this.SUBRULE(this.arraySpec);
  private readonly defaultValuePart = () => this.SUBRULE(this.defaultValue);

  propertyRest = this.RULE("propertyRest", () => {
    this.OPTION(this.arraySpecPart);
    this.OPTION2(this.defaultValuePart);
    this.CONSUME(Semicolon);
  });

  methodRest = this.RULE("methodRest", () => {
    this.CONSUME(LParen);
    this.MANY_SEP({ SEP: Comma, DEF: () => this.SUBRULE(this.parameter) });
    this.CONSUME(RParen);
    this.CONSUME(Semicolon);
  });

  /** `[quals] type name [array]`; a default value is v3 and parsed only to be reported. */
  parameter = this.RULE("parameter", () => {
    this.OPTION(() => this.SUBRULE(this.qualifierList));
    this.SUBRULE(this.typeSpec);
    this.CONSUME(Name, { LABEL: "parameterName" });
    this.OPTION2(() => this.SUBRULE(this.arraySpec));
    this.OPTION3(() => this.SUBRULE(this.defaultValue));
  });

  /** `[]` or `[N]`; N is checked when the AST is built. */
  arraySpec = this.RULE("arraySpec", () => {
    this.CONSUME(LBracket);
    this.OPTION(() => this.CONSUME(NumberLiteral));
    this.CONSUME(RBracket);
  });

  defaultValue = this.RULE("defaultValue", () => {
    this.CONSUME(Equals);
    this.SUBRULE(this.value);
  });

  // -------------------------------------------------------------------------------------------
  // Instances

  /** `instance of C [as $A] { p = v; ... };` */
  instanceDeclaration = this.RULE("instanceDeclaration", () => {
    this.CONSUME(InstanceKeyword);
    this.CONSUME(OfKeyword);
    this.CONSUME(Name, { LABEL: "className" });
    this.OPTION(() => this.SUBRULE(this.aliasClause));
    this.CONSUME(LCurly);
    this.AT_LEAST_ONE(() => this.SUBRULE(this.propertyInitializer));
    this.CONSUME(RCurly);
    this.CONSUME(Semicolon);
  });

  propertyInitializer = this.RULE("propertyInitializer", () => {
    this.OPTION(() => this.SUBRULE(this.qualifierList));
    this.CONSUME(Name, { LABEL: "propertyName" });
    this.CONSUME(Equals);
    this.SUBRULE(this.value);
    this.CONSUME(Semicolon);
  });

  // -------------------------------------------------------------------------------------------
  // Values

  private readonly valueAlternatives: IOrAlt<unknown>[] = [
    { ALT: () => this.SUBRULE(this.arrayValue) },
    { ALT: () => this.SUBRULE(this.scalarValue) },
  ];

  value = this.RULE("value", () => {
    this.OR(this.valueAlternatives);
  });

  private readonly elementsPart = { SEP: Comma, DEF: () => this.SUBRULE(this.scalarValue) };

  arrayValue = this.RULE("arrayValue", () => {
    this.CONSUME(LCurly);
    this.MANY_SEP(this.elementsPart);
    this.CONSUME(RCurly);
  });

  private readonly stringPart = () => this.CONSUME(StringLiteral);

  private readonly scalarValueAlternatives: IOrAlt<unknown>[] = [
    { ALT: () => this.AT_LEAST_ONE(this.stringPart) },
    { ALT: () => this.CONSUME(NumberLiteral) },
    { ALT: () => this.CONSUME(CharLiteral) },
    { ALT: () => this.CONSUME(TrueKeyword) },
    { ALT: () => this.CONSUME(FalseKeyword) },
    { ALT: () => this.CONSUME(NullKeyword) },
    { ALT: () => this.CONSUME(AliasIdentifier) },
    { ALT: () => this.SUBRULE(this.v3InlineValue) },
  ];

  /** One scalar; adjacent strings concatenate (`"a" "b"`). */
  scalarValue = this.RULE("scalarValue", () => {
    this.OR(this.scalarValueAlternatives);
  });

  // -------------------------------------------------------------------------------------------
  // MOF v3 (DSP0221): recognised and skipped so they get one specific diagnostic

  /** `enumeration`, `structure`, `association`, `indication` or `value of` declarations. */
  v3Declaration = this.RULE("v3Declaration", () => {
    this.OR([
      { ALT: () => this.CONSUME(EnumerationKeyword) },
      { ALT: () => this.CONSUME(StructureKeyword) },
      { ALT: () => this.CONSUME(AssociationKeyword) },
      { ALT: () => this.CONSUME(IndicationKeyword) },
      {
        ALT: () => {
          this.CONSUME(ValueKeyword);
          this.CONSUME(OfKeyword);
        },
      },
    ]);
    this.MANY(() => this.CONSUME(Skippable));
    this.SUBRULE(this.braceBlock);
    this.CONSUME(Semicolon);
  });

  /** v3 inline values `value of S {...}` and `instance of C {...}`. */
  v3InlineValue = this.RULE("v3InlineValue", () => {
    this.OR([
      { ALT: () => this.CONSUME(ValueKeyword) },
      { ALT: () => this.CONSUME(InstanceKeyword) },
    ]);
    this.CONSUME(OfKeyword);
    this.MANY(() => this.CONSUME(Skippable));
    this.SUBRULE(this.braceBlock);
  });

  braceBlock = this.RULE("braceBlock", () => {
    this.CONSUME(LCurly);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME2(Skippable) },
        { ALT: () => this.CONSUME(Semicolon) },
        { ALT: () => this.SUBRULE(this.braceBlock) },
      ]);
    });
    this.CONSUME(RCurly);
  });
}

/**
 * The parser for the first pass over every file, without recovery: it stops at the first error.
 * Reset it for each file by assigning `mofParser.input`.
 */
export const mofParser = new MofParser();

let recovering: MofParser | undefined;

/** The parser that reports every error of a file; built on first use, as most runs have none. */
export function recoveringMofParser(): MofParser {
  recovering ??= new MofParser({ recovery: true });
  return recovering;
}
