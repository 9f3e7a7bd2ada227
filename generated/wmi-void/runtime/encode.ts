/**
 * Checked encoding of caller values into wire values. The choices here are the ones every
 * transport can carry without loss: 64-bit integers as decimal strings (JSON cannot hold a
 * bigint, and WMI scripting itself uses strings for them), datetimes as their DMTF text,
 * references as structured paths, embedded instances as {@link WireInstance} or their text.
 */
import { fitsCimInteger, isCimIntegerType, readInteger } from "./cim-integer.js";
import { isCimDateTime } from "./datetime.js";
import { cimTimestampFromDate } from "./datetime-convert.js";
import type { CimClassResolver, CimValueMeta } from "./metadata.js";
import { asCimObjectPath, parseCimObjectPath } from "./object-path.js";
import type { CimWireLocation } from "./wire-error.js";
import { CimEncodeError, describeWireValue } from "./wire-error.js";
import type { WireInstance, WireValue } from "./wire-value.js";

/** Options for {@link encodeWireValue}. */
export interface CimEncodeOptions {
  /** Class metadata lookup so embedded instance properties are encoded by their types. */
  readonly resolveClass?: CimClassResolver;
  /** Where the value sits, for error messages. */
  readonly location?: CimWireLocation;
}

/** The outcome of an encode: the wire value, or the error describing what did not fit. */
export type CimEncodeResult =
  | { readonly ok: true; readonly value: WireValue }
  | { readonly ok: false; readonly error: CimEncodeError };

type Path = readonly (string | number)[];
type Step =
  | { readonly ok: true; readonly value: WireValue }
  | {
      readonly ok: false;
      readonly problem: string;
      readonly expected: string;
      readonly path: Path;
    };

const ok = (value: WireValue): Step => ({ ok: true, value });

function fail(meta: CimValueMeta, value: unknown, path: Path, reason?: string): Step {
  const expected =
    meta.type === "reference" ? `reference to ${meta.refClass ?? "any class"}` : meta.type;
  const problem = `cannot send ${describeWireValue(value)} as ${expected}${reason === undefined ? "" : ` (${reason})`}`;
  return { ok: false, problem, expected, path };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function encodeInstance(
  meta: CimValueMeta,
  value: unknown,
  path: Path,
  options: CimEncodeOptions,
): Step {
  if (typeof value === "string") return ok(value);
  if (!isRecord(value)) return fail(meta, value, path);
  if (typeof value.text === "string") return ok(value.text);
  const { className, properties } = value;
  if (typeof className !== "string" || !isRecord(properties)) return fail(meta, value, path);
  const classMeta =
    options.resolveClass?.(className) ??
    (meta.embeddedClass === undefined ? undefined : options.resolveClass?.(meta.embeddedClass));
  const known = new Map(classMeta?.properties.map((p) => [p.name.toLowerCase(), p]));
  const entries: [string, WireValue][] = [];
  for (const [name, propertyValue] of Object.entries(properties)) {
    // Omitted, not sent as undefined: absence and NULL differ in CIM.
    if (propertyValue === undefined) continue;
    const property = known.get(name.toLowerCase());
    if (property === undefined) {
      // Without metadata the caller is responsible for the wire form.
      entries.push([name, propertyValue as WireValue]);
      continue;
    }
    const step = encodeElement(property, propertyValue, [...path, property.name], options);
    if (!step.ok) return step;
    entries.push([property.name, step.value]);
  }
  const instance: WireInstance = { className, properties: Object.fromEntries(entries) };
  return ok(instance);
}

function encodeScalar(
  meta: CimValueMeta,
  value: unknown,
  path: Path,
  options: CimEncodeOptions,
): Step {
  switch (meta.type) {
    case "real32":
    case "real64":
      return typeof value === "number" ? ok(value) : fail(meta, value, path);
    case "boolean":
      return typeof value === "boolean" ? ok(value) : fail(meta, value, path);
    case "string":
      if (meta.embeddedClass !== undefined || meta.embeddedObject === true) {
        return encodeInstance(meta, value, path, options);
      }
      return typeof value === "string" ? ok(value) : fail(meta, value, path);
    case "char16":
      return typeof value === "string" && value.length === 1 ? ok(value) : fail(meta, value, path);
    case "datetime": {
      if (value instanceof Date) {
        const timestamp = cimTimestampFromDate(value);
        return timestamp === undefined ? fail(meta, value, path, "invalid Date") : ok(timestamp);
      }
      return typeof value === "string" && isCimDateTime(value)
        ? ok(value)
        : fail(meta, value, path);
    }
    case "reference": {
      const parsed = typeof value === "string" ? parseCimObjectPath(value) : asCimObjectPath(value);
      return parsed?.keys === undefined
        ? fail(meta, value, path, "not an instance path")
        : ok(parsed);
    }
    default: {
      const type = meta.type;
      // Only JS integers, bigints and (for 64-bit) decimal strings are accepted from callers.
      const acceptable = typeof value !== "string" || type === "uint64" || type === "sint64";
      const integer = acceptable ? readInteger(value) : undefined;
      if (integer === undefined || !isCimIntegerType(type)) return fail(meta, value, path);
      if (!fitsCimInteger(type, integer)) return fail(meta, value, path, "out of range");
      return ok(type === "uint64" || type === "sint64" ? integer.toString() : Number(integer));
    }
  }
}

function encodeElement(
  meta: CimValueMeta,
  value: unknown,
  path: Path,
  options: CimEncodeOptions,
): Step {
  if (value === null) return ok(null);
  if (meta.array === true) {
    if (!Array.isArray(value)) return fail(meta, value, path, "an array is declared");
    const items: WireValue[] = [];
    for (const [index, item] of (value as readonly unknown[]).entries()) {
      const step = item === null ? ok(null) : encodeScalar(meta, item, [...path, index], options);
      if (!step.ok) return step;
      items.push(step.value);
    }
    return ok(items);
  }
  if (Array.isArray(value)) return fail(meta, value, path, "a single value is declared");
  return encodeScalar(meta, value, path, options);
}

/**
 * Encodes one caller value for a parameter or property.
 *
 * Accepted inputs per type: integers as JS integers or bigints (64-bit ones also as decimal
 * strings), reals as numbers, datetimes as checked CIM datetime strings or `Date` (sent as a UTC
 * timestamp), references as structured paths or path text, embedded instances as
 * {@link CimInstance}, {@link CimInstanceText} or raw MOF/CIM-XML text.
 *
 * @param meta - the element's metadata
 * @param value - the caller's value (`null` is sent as CIM NULL)
 * @param options - class lookup for embedded instances, and error location
 * @returns the wire value, or a {@link CimEncodeError}
 */
export function encodeWireValue(
  meta: CimValueMeta,
  value: unknown,
  options: CimEncodeOptions = {},
): CimEncodeResult {
  const step = encodeElement(meta, value, [], options);
  if (step.ok) return step;
  const location: CimWireLocation = {
    elementName: meta.name,
    ...options.location,
    path: [...(options.location?.path ?? []), ...step.path],
  };
  return { ok: false, error: new CimEncodeError(step.problem, location, step.expected) };
}
