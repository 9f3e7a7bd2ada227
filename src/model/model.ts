/**
 * The resolved schema: what the generators read. Built from one CompilationUnit by
 * `resolveSchema`. Everything here is final — qualifier flavors propagated, inheritance and
 * overrides applied, names canonicalised — so the emit stage never re-derives CIM rules.
 *
 * Names keep the spelling of their declaration; lookups are case-insensitive (CIM names are),
 * which is why every map is keyed by the lowercased name.
 */
import type { ArraySpec, CimPrimitive, Scope, Span } from "../ast/ast.js";

/**
 * A decoded value. Integers stay exact as bigint; reals are numbers; char16 and datetime are
 * strings; `null` is the MOF NULL. References by alias are resolved to the aliased instance's
 * object path string.
 */
export type ModelValue = string | boolean | bigint | number | null | readonly ModelValue[];

/** Effective flavors of a qualifier (DSP0004 defaults applied). */
export interface EffectiveFlavors {
  /** EnableOverride (default) or DisableOverride. */
  readonly overridable: boolean;
  /** ToSubclass (default) or Restricted. */
  readonly toSubclass: boolean;
  readonly translatable: boolean;
  /** WMI: propagates to instances. */
  readonly toInstance: boolean;
  /** WMI: the value comes from (or belongs in) a localized amendment. */
  readonly amended: boolean;
}

export interface QualifierType {
  /** Spelling of the declaration (e.g. "ValueMap"). */
  readonly name: string;
  readonly type: CimPrimitive;
  readonly array: ArraySpec;
  readonly default: ModelValue | undefined;
  readonly scopes: readonly Scope[];
  readonly flavors: EffectiveFlavors;
  /** True when the type comes from mofgen's built-in DSP0004/WMI table, not from the input. */
  readonly implicit: boolean;
  readonly span: Span | undefined;
}

/** A qualifier value as it applies to one element after propagation. */
export interface QualifierValue {
  /** Canonical spelling (from the qualifier type). */
  readonly name: string;
  readonly value: ModelValue;
  readonly flavors: EffectiveFlavors;
  /**
   * The class whose declaration set this value; differs from the element's class when the
   * value was inherited (ToSubclass propagation).
   */
  readonly origin: string;
  readonly span: Span | undefined;
}

/** Effective qualifiers keyed by lowercased qualifier name, in declaration order. */
export type Qualifiers = ReadonlyMap<string, QualifierValue>;

/** The type of a property, parameter or method return value. */
export type CimType =
  | { readonly kind: "primitive"; readonly name: CimPrimitive }
  /** A reference; `className` is the canonical spelling of the resolved target class. */
  | { readonly kind: "ref"; readonly className: string }
  /** WMI `object` / `object:ClassName`; `className` canonical when given. */
  | { readonly kind: "object"; readonly className: string | undefined };

export interface CimProperty {
  readonly name: string;
  readonly type: CimType;
  readonly array: ArraySpec;
  readonly default: ModelValue | undefined;
  readonly qualifiers: Qualifiers;
  /** The class that declares this property (an Override makes the overriding class the origin). */
  readonly origin: string;
  /** The class this property overrides, if it is an Override. */
  readonly overrides: string | undefined;
  /** For members of implicit WMI system classes, a placeholder in file "<wmi-system>". */
  readonly span: Span;
}

export interface CimParameter {
  readonly name: string;
  readonly type: CimType;
  readonly array: ArraySpec;
  readonly qualifiers: Qualifiers;
  /**
   * The In value when given; otherwise true unless the parameter is `[Out]` (an `[Out]`-only
   * parameter is output only, as WMI and CIM use it). OUT is false unless [Out].
   */
  readonly in: boolean;
  readonly out: boolean;
  readonly span: Span;
}

export interface CimMethod {
  readonly name: string;
  /** `undefined` for WMI `void` methods. */
  readonly returnType: CimType | undefined;
  readonly parameters: readonly CimParameter[];
  readonly qualifiers: Qualifiers;
  readonly origin: string;
  readonly overrides: string | undefined;
  readonly static: boolean;
  readonly span: Span;
}

export interface CimClass {
  readonly name: string;
  readonly superclass: string | undefined;
  /**
   * Normalised namespace path: forward slashes, no host, in the spelling of the first
   * `#pragma namespace` that named it (e.g. "Root/HyperVCluster/v2"), so equal namespaces are
   * equal strings.
   */
  readonly namespace: string;
  /** Effective class qualifiers (own plus those propagated from superclasses). */
  readonly qualifiers: Qualifiers;
  readonly isAssociation: boolean;
  readonly isIndication: boolean;
  readonly isAbstract: boolean;
  /**
   * All properties, inherited ones first (superclass order), then local ones; an overriding
   * property takes the place of the one it overrides.
   */
  readonly properties: readonly CimProperty[];
  /** All methods, ordered like `properties`. */
  readonly methods: readonly CimMethod[];
  /** True for the WMI system classes mofgen knows implicitly (`__SystemClass`, ...). */
  readonly implicit: boolean;
  readonly span: Span | undefined;
}

export interface CimInstanceProperty {
  readonly name: string;
  readonly value: ModelValue;
  readonly qualifiers: Qualifiers;
  readonly span: Span;
}

export interface CimInstance {
  readonly className: string;
  readonly namespace: string;
  readonly alias: string | undefined;
  readonly qualifiers: Qualifiers;
  readonly properties: readonly CimInstanceProperty[];
  readonly span: Span;
}

export interface Schema {
  /** Qualifier types in effect, keyed by lowercased name (declared ones and implicit ones used). */
  readonly qualifierTypes: ReadonlyMap<string, QualifierType>;
  /** Classes keyed by lowercased name, in declaration order (superclasses always first). */
  readonly classes: ReadonlyMap<string, CimClass>;
  readonly instances: readonly CimInstance[];
}
