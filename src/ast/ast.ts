/**
 * The typed AST of one MOF compilation unit. This is the contract between the parser
 * (grammar/ + build-ast.ts) and the schema model: every literal is already decoded, every
 * node knows where it came from, and nothing here is resolved (names are as written).
 */

/** A source position range. `line` and `column` are 1-based, `offset` is 0-based (UTF-16 units). */
export interface Span {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  /** Length in UTF-16 code units; at least 1 except for end-of-file positions. */
  readonly length: number;
}

/** A name as written, with its own span so diagnostics can point at it. */
export interface Name {
  readonly text: string;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Types

/** The CIM primitive data types of DSP0004 v2 (lowercase keyword spelling). */
export type CimPrimitive =
  | "uint8"
  | "sint8"
  | "uint16"
  | "sint16"
  | "uint32"
  | "sint32"
  | "uint64"
  | "sint64"
  | "real32"
  | "real64"
  | "char16"
  | "string"
  | "boolean"
  | "datetime";

export type TypeRef =
  | { readonly kind: "primitive"; readonly name: CimPrimitive; readonly span: Span }
  /** `C REF r` */
  | { readonly kind: "ref"; readonly className: Name; readonly span: Span }
  /** WMI `object` or `object:ClassName` (an embedded object). */
  | { readonly kind: "object"; readonly className: Name | undefined; readonly span: Span };

/**
 * Array-ness of a property, parameter or qualifier type: `false` for a scalar, `true` for a
 * variable-length array (`x[]`), a number for a fixed-size array (`x[4]`).
 */
export type ArraySpec = false | true | number;

// ---------------------------------------------------------------------------------------------
// Values

export type ScalarValue =
  /** Any integer literal (decimal, hex, octal, binary), exact. */
  | { readonly kind: "integer"; readonly value: bigint; readonly span: Span }
  | { readonly kind: "real"; readonly value: number; readonly span: Span }
  /** Adjacent string literals are concatenated; escapes are decoded. Datetimes are strings. */
  | { readonly kind: "string"; readonly value: string; readonly span: Span }
  /** A char16 literal: exactly one UTF-16 code unit. */
  | { readonly kind: "char16"; readonly value: string; readonly span: Span }
  | { readonly kind: "boolean"; readonly value: boolean; readonly span: Span }
  | { readonly kind: "null"; readonly span: Span }
  /** An alias reference `$Name` (without the `$`). */
  | { readonly kind: "alias"; readonly name: string; readonly span: Span };

export type Value =
  | ScalarValue
  | { readonly kind: "array"; readonly elements: readonly ScalarValue[]; readonly span: Span };

// ---------------------------------------------------------------------------------------------
// Qualifiers

export type Flavor =
  | "EnableOverride"
  | "DisableOverride"
  | "Restricted"
  | "ToSubclass"
  | "Translatable"
  /** Deprecated DSP0004 flavor, common in WMI output. */
  | "ToInstance"
  /** WMI: the qualifier lives in a localized amendment (.mfl). */
  | "Amended";

export type Scope =
  | "class"
  | "association"
  | "indication"
  | "property"
  | "reference"
  | "method"
  | "parameter"
  | "any";

/** A qualifier as used: `[Name(value) : Flavor ...]`. */
export interface Qualifier {
  readonly name: Name;
  /** `undefined` when written without a value (`[Key]`), which means TRUE for booleans. */
  readonly value: Value | undefined;
  readonly flavors: readonly Flavor[];
  readonly span: Span;
}

/** `Qualifier Name : type [array] [= default], Scope(...) [, Flavor(...)];` */
export interface QualifierDeclaration {
  readonly kind: "qualifierDeclaration";
  readonly name: Name;
  readonly type: CimPrimitive;
  readonly array: ArraySpec;
  readonly default: Value | undefined;
  readonly scopes: readonly Scope[];
  /** Empty when no Flavor clause was written (DSP0004 defaults then apply). */
  readonly flavors: readonly Flavor[];
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Classes

export interface PropertyDeclaration {
  readonly kind: "property";
  readonly name: Name;
  readonly qualifiers: readonly Qualifier[];
  readonly type: TypeRef;
  readonly array: ArraySpec;
  readonly default: Value | undefined;
  readonly span: Span;
}

export interface ParameterDeclaration {
  readonly kind: "parameter";
  readonly name: Name;
  readonly qualifiers: readonly Qualifier[];
  readonly type: TypeRef;
  readonly array: ArraySpec;
  readonly span: Span;
}

export interface MethodDeclaration {
  readonly kind: "method";
  readonly name: Name;
  readonly qualifiers: readonly Qualifier[];
  /** `undefined` for the WMI `void` return type. */
  readonly returnType: TypeRef | undefined;
  readonly parameters: readonly ParameterDeclaration[];
  readonly span: Span;
}

export type ClassFeature = PropertyDeclaration | MethodDeclaration;

export interface ClassDeclaration {
  readonly kind: "class";
  readonly name: Name;
  readonly qualifiers: readonly Qualifier[];
  readonly superclass: Name | undefined;
  /** `class N as $A` — the alias name without `$`. */
  readonly alias: Name | undefined;
  readonly features: readonly ClassFeature[];
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Instances

export interface PropertyInitializer {
  readonly name: Name;
  readonly qualifiers: readonly Qualifier[];
  readonly value: Value;
  readonly span: Span;
}

export interface InstanceDeclaration {
  readonly kind: "instance";
  readonly qualifiers: readonly Qualifier[];
  readonly className: Name;
  /** `instance of C as $A` — the alias name without `$`. */
  readonly alias: Name | undefined;
  readonly properties: readonly PropertyInitializer[];
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Compiler directives

export type PragmaArgument =
  | { readonly kind: "string"; readonly value: string; readonly span: Span }
  /** A bare word argument such as WMI's `NOFAIL` in `deleteclass("X", NOFAIL)`. */
  | { readonly kind: "identifier"; readonly value: string; readonly span: Span };

/**
 * `#pragma name(args)`. `name` is lowercased. Well-known pragmas are typed for the model;
 * anything else is kept as `kind: "pragma"` with `known: false` (and a warning).
 */
export interface Pragma {
  readonly kind: "pragma";
  /** Lowercased pragma name: include, locale, namespace, classflags, deleteclass, ... */
  readonly name: string;
  readonly nameSpan: Span;
  /** Arguments as written; `include` paths are decoded leniently (backslashes kept). */
  readonly args: readonly PragmaArgument[];
  readonly known: boolean;
  readonly span: Span;
}

export type Production = Pragma | QualifierDeclaration | ClassDeclaration | InstanceDeclaration;

/** The productions of one file, in source order. */
export interface MofDocument {
  readonly file: string;
  readonly productions: readonly Production[];
}

/**
 * A compilation unit: the files given on the command line, in order, with every
 * `#pragma include` expanded in place. `productions` is the flattened compile order that the
 * model walks (namespace pragmas apply to what follows them).
 */
export interface CompilationUnit {
  /** Every file read, in first-read order, with its decoded text (for code frames). */
  readonly sources: ReadonlyMap<string, string>;
  readonly documents: readonly MofDocument[];
  readonly productions: readonly Production[];
}
