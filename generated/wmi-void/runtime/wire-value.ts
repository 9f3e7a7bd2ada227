import type { CimObjectPath } from "./object-path.js";

/**
 * An embedded instance as a transport hands it over: the instance's actual class plus its
 * property values, still in wire form.
 *
 * Transports that receive embedded instances as structured data (WMI, PowerShell CIM cmdlets,
 * WS-Management with a schema-aware parser) produce this shape. Transports that only have the
 * MOF or CIM-XML text pass that text as a plain string instead; the decoder keeps such text
 * in a {@link CimInstanceText} wrapper rather than guessing at a parse.
 */
export interface WireInstance {
  /** The class of the instance, which may be a subclass of the declared `EmbeddedInstance` class. */
  readonly className: string;
  /** Property values keyed by property name (matched case-insensitively, as CIM names are). */
  readonly properties: Readonly<Record<string, WireValue>>;
}

/**
 * Every value a {@link CimTransport} may send or return.
 *
 * The union is deliberately loose on the receiving side because real protocols disagree:
 * CIM-XML and WS-Management carry every scalar as text, WMI scripting returns 64-bit integers
 * as strings, and PowerShell hands over numbers and booleans. The generated decoders accept each
 * of these spellings and check them against the schema. On the sending side the runtime only
 * produces strings, finite numbers, booleans, `null`, object paths, embedded instances and
 * arrays of those (64-bit integers travel as decimal strings).
 *
 * - `string` — text, datetimes, 64-bit integers, object paths in text form, or embedded
 *   instances as MOF/CIM-XML text.
 * - `number` / `bigint` — numeric values.
 * - `boolean` — booleans.
 * - `null` — an explicit CIM NULL.
 * - {@link CimObjectPath} — a reference.
 * - {@link WireInstance} — an embedded instance.
 * - arrays of the above — CIM arrays.
 */
export type WireValue =
  | string
  | number
  | bigint
  | boolean
  | null
  | CimObjectPath
  | WireInstance
  | readonly WireValue[];

/**
 * Tells an embedded instance from an object path: only instances carry `properties`.
 *
 * @param value - any wire value
 * @returns whether `value` is a {@link WireInstance}
 */
export function isWireInstance(value: WireValue | undefined): value is WireInstance {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    "properties" in value &&
    "className" in value &&
    typeof value.className === "string" &&
    typeof value.properties === "object" &&
    value.properties !== null
  );
}
