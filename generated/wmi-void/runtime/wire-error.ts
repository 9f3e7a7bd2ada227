/**
 * Errors for wire values that do not fit the schema. An unknown enum code is data and never
 * raises one of these; a uint64 that reads "abc" does.
 */

/** Where in a call or instance a bad value sits. */
export interface CimWireLocation {
  readonly className?: string;
  readonly methodName?: string;
  /** The parameter or property name. */
  readonly elementName?: string;
  /** Array indexes and embedded property names below the element. */
  readonly path?: readonly (string | number)[];
}

function describeLocation(location: CimWireLocation): string {
  let text = location.className ?? "";
  if (location.methodName !== undefined)
    text += `${text === "" ? "" : "."}${location.methodName}()`;
  if (location.elementName !== undefined)
    text += `${text === "" ? "" : " "}${location.elementName}`;
  for (const step of location.path ?? []) {
    text += typeof step === "number" ? `[${step}]` : `.${step}`;
  }
  return text;
}

/** Describes a received value briefly for a message, without dumping large structures. */
export function describeWireValue(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "bigint") return `${value}n`;
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (typeof value === "object") return "an object";
  return String(value);
}

/** Common base of {@link CimDecodeError} and {@link CimEncodeError}. */
export class CimWireError extends Error {
  /** Where the value sits. */
  readonly location: CimWireLocation;
  /** What the schema expects, e.g. `uint64` or `reference to CIM_ConcreteJob`. */
  readonly expected: string;

  /**
   * @param problem - what is wrong, e.g. `expected uint64, got "abc"`
   * @param location - where the value sits
   * @param expected - what the schema expects
   */
  constructor(problem: string, location: CimWireLocation, expected: string) {
    const where = describeLocation(location);
    super(where === "" ? problem : `${where}: ${problem}`);
    this.location = location;
    this.expected = expected;
  }
}

/** A value received from a transport does not fit the schema (the transport or device is wrong). */
export class CimDecodeError extends CimWireError {
  override readonly name = "CimDecodeError";
}

/** A value given by the caller cannot be encoded for the schema (the calling code is wrong). */
export class CimEncodeError extends CimWireError {
  override readonly name = "CimEncodeError";
}
