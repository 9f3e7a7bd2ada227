/**
 * Embedded instances as typed code sees them (parameters and properties qualified
 * `EmbeddedInstance` or `EmbeddedObject`).
 */

/**
 * A structured embedded instance with decoded property values.
 *
 * @typeParam TProps - the generated interface of the declared class
 */
export interface CimInstance<TProps extends object = Readonly<Record<string, unknown>>> {
  /** The instance's actual class, which may be a subclass of the declared one. */
  readonly className: string;
  /**
   * Decoded property values. Properties the class metadata does not know (added by a subclass)
   * are kept in their wire form rather than dropped.
   */
  readonly properties: TProps;
}

/**
 * An embedded instance that arrived (or is to be sent) as MOF or CIM-XML text.
 *
 * The runtime does not parse MOF or CIM-XML: doing so would need a full parser inside every
 * generated SDK. The text is kept intact so callers can parse it, log it, or send it back. This
 * is also how Hyper-V expects settings objects as input (the `GetText` CIM-XML form).
 */
export interface CimInstanceText {
  /** `cim-xml` when the text starts with `<`, otherwise `mof`. */
  readonly format: "cim-xml" | "mof";
  readonly text: string;
}

/** An embedded instance in either representation; `"text" in value` tells them apart. */
export type CimEmbeddedInstance<TProps extends object = Readonly<Record<string, unknown>>> =
  | CimInstance<TProps>
  | CimInstanceText;

/**
 * Wraps MOF or CIM-XML text as an embedded instance, detecting the format.
 *
 * @param text - the instance text
 * @returns the wrapper
 */
export function cimInstanceText(text: string): CimInstanceText {
  return { format: text.trimStart().startsWith("<") ? "cim-xml" : "mof", text };
}
