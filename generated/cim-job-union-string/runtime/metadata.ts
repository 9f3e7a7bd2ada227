/**
 * The runtime metadata the generator emits next to the types (as `as const` objects), so one
 * generic encoder/decoder can check wire values against the schema.
 */

/** The CIM intrinsic data types (DSP0004 §5.2), plus `reference` for `REF` elements. */
export type CimType =
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
  | "boolean"
  | "string"
  | "char16"
  | "datetime"
  | "reference";

/** What the codec needs to know about one typed element (property, parameter, return value). */
export interface CimValueMeta {
  /** The element name as declared; wire names are matched case-insensitively. */
  readonly name: string;
  readonly type: CimType;
  /** Whether the element is an array (`uint8 Data[]`). */
  readonly array?: boolean;
  /** For `reference` elements: the declared target class of the `REF`. */
  readonly refClass?: string;
  /** For `string` elements qualified `EmbeddedInstance("Class")`: that class. */
  readonly embeddedClass?: string;
  /** For `string` elements qualified `EmbeddedObject`: an instance of any class. */
  readonly embeddedObject?: boolean;
}

/** A method parameter: its type plus direction (`[IN, OUT]` parameters set both). */
export interface CimParameterMeta extends CimValueMeta {
  readonly in?: boolean;
  readonly out?: boolean;
}

/** A property of a class. */
export interface CimPropertyMeta extends CimValueMeta {
  readonly key?: boolean;
}

/** A class, with its inherited properties flattened in, so decoding never walks superclasses. */
export interface CimClassMeta {
  readonly name: string;
  readonly superClass?: string;
  readonly properties: readonly CimPropertyMeta[];
}

/** An extrinsic method. */
export interface CimMethodMeta {
  /** The class that declares (or last overrides) the method. */
  readonly className: string;
  readonly name: string;
  /** The namespace the schema was compiled into (`#pragma namespace`), if known. */
  readonly namespace?: string;
  readonly static?: boolean;
  /**
   * The type of `ReturnValue` (almost always `uint32`), or `"void"` for WMI methods declared
   * `void`, which return no `ReturnValue` at all.
   */
  readonly returnType: CimType | "void";
  readonly parameters: readonly CimParameterMeta[];
}

/**
 * Finds class metadata by name so embedded instances can be decoded property by property.
 * Generated SDKs pass one built from every emitted class; a registry instead of direct object
 * references keeps classes that embed each other free of import cycles.
 */
export type CimClassResolver = (className: string) => CimClassMeta | undefined;
