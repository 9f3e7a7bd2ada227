/**
 * Checked decoding of wire values into the types the generated code declares. Decoders are
 * total: malformed input yields a {@link CimDecodeError} in the result, never an exception and
 * never an unchecked cast. Unknown ValueMap codes are not malformed; they decode as numbers.
 */
import { fitsCimInteger, isCimIntegerType, readInteger } from "./cim-integer.js";
import type { CimDateTime } from "./datetime.js";
import { parseCimDateTime } from "./datetime.js";
import type { CimEmbeddedInstance, CimInstance } from "./instance.js";
import { cimInstanceText } from "./instance.js";
import type { CimClassResolver, CimValueMeta } from "./metadata.js";
import { asCimObjectPath, parseCimObjectPath } from "./object-path.js";
import type { CimReference } from "./reference.js";
import type { CimWireLocation } from "./wire-error.js";
import { CimDecodeError, describeWireValue } from "./wire-error.js";
import type { WireValue } from "./wire-value.js";
import { isWireInstance } from "./wire-value.js";

/**
 * How uint64/sint64 values are represented (the generator's `int64` option):
 * `bigint` (exact, the default), `string` (exact decimal text, JSON-friendly), or `number`
 * (convenient; values beyond ±2^53 are rejected rather than silently rounded).
 */
export type CimInt64Mode = "bigint" | "string" | "number";

/** Options shared by every decode call. */
export interface CimDecodeOptions {
  /** Representation of 64-bit integers; default `bigint`. */
  readonly int64?: CimInt64Mode;
  /** Class metadata lookup for embedded instances; without it their properties stay raw. */
  readonly resolveClass?: CimClassResolver;
  /** Where the value sits, for error messages (class, method, element). */
  readonly location?: CimWireLocation;
}

/** Any value a decoder produces. */
export type CimDecodedValue =
  | string
  | number
  | bigint
  | boolean
  | null
  | CimDateTime
  | CimReference
  | CimEmbeddedInstance
  | readonly CimDecodedValue[];

/** The outcome of a decode: the typed value, or the error describing what did not fit. */
export type CimDecodeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: CimDecodeError };

type Path = readonly (string | number)[];
type Step =
  | { readonly ok: true; readonly value: CimDecodedValue }
  | {
      readonly ok: false;
      readonly problem: string;
      readonly expected: string;
      readonly path: Path;
    };

const ok = (value: CimDecodedValue): Step => ({ ok: true, value });

function expectedType(meta: CimValueMeta): string {
  if (meta.type === "reference") return `reference to ${meta.refClass ?? "any class"}`;
  if (meta.embeddedClass !== undefined) return `embedded instance of ${meta.embeddedClass}`;
  if (meta.embeddedObject === true) return "embedded object";
  return meta.type;
}

function fail(meta: CimValueMeta, raw: unknown, path: Path, reason?: string): Step {
  const expected = expectedType(meta);
  const problem = `expected ${expected}, got ${describeWireValue(raw)}${reason === undefined ? "" : ` (${reason})`}`;
  return { ok: false, problem, expected, path };
}

const realText = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
/** XML Schema spellings of the special float values, used by CIM-XML and WS-Management. */
const specialReals: Readonly<Record<string, number>> = {
  NaN: Number.NaN,
  INF: Number.POSITIVE_INFINITY,
  "+INF": Number.POSITIVE_INFINITY,
  "-INF": Number.NEGATIVE_INFINITY,
};

function decodeInteger(meta: CimValueMeta, raw: WireValue, path: Path, mode: CimInt64Mode): Step {
  const type = meta.type;
  const value = readInteger(raw);
  if (value === undefined || !isCimIntegerType(type)) return fail(meta, raw, path);
  if (!fitsCimInteger(type, value)) return fail(meta, raw, path, "out of range");
  if (type !== "uint64" && type !== "sint64") return ok(Number(value));
  if (mode === "bigint") return ok(value);
  if (mode === "string") return ok(value.toString());
  return Number.isSafeInteger(Number(value))
    ? ok(Number(value))
    : fail(meta, raw, path, 'beyond 2^53; use the "bigint" or "string" int64 mode');
}

function decodeReal(meta: CimValueMeta, raw: WireValue, path: Path): Step {
  if (typeof raw === "number") return ok(raw);
  if (typeof raw === "string") {
    const special = specialReals[raw.trim()];
    if (special !== undefined) return ok(special);
    if (realText.test(raw)) return ok(Number(raw));
  }
  return fail(meta, raw, path);
}

function decodeReference(meta: CimValueMeta, raw: WireValue, path: Path): Step {
  const parsed = typeof raw === "string" ? parseCimObjectPath(raw) : asCimObjectPath(raw);
  if (parsed?.keys === undefined) return fail(meta, raw, path, "not an instance path");
  // The schema's REF class is the brand; the path's own class may be a subclass of it.
  return ok(parsed as CimReference);
}

function decodeInstance(
  meta: CimValueMeta,
  raw: WireValue,
  path: Path,
  options: CimDecodeOptions,
): Step {
  if (typeof raw === "string") return ok(cimInstanceText(raw));
  if (!isWireInstance(raw)) return fail(meta, raw, path);
  // Prefer the actual class (it knows subclass properties), then fall back to the declared one.
  const classMeta =
    options.resolveClass?.(raw.className) ??
    (meta.embeddedClass === undefined ? undefined : options.resolveClass?.(meta.embeddedClass));
  const known = new Map(classMeta?.properties.map((p) => [p.name.toLowerCase(), p]));
  const entries: [string, unknown][] = [];
  for (const [name, value] of Object.entries(raw.properties)) {
    if (value === undefined) continue;
    const property = known.get(name.toLowerCase());
    if (property === undefined) {
      entries.push([name, value]);
      continue;
    }
    const step = decodeElement(property, value, [...path, property.name], options);
    if (!step.ok) return step;
    entries.push([property.name, step.value]);
  }
  const instance: CimInstance = {
    className: raw.className,
    properties: Object.fromEntries(entries),
  };
  return ok(instance);
}

function decodeScalar(
  meta: CimValueMeta,
  raw: WireValue,
  path: Path,
  options: CimDecodeOptions,
): Step {
  switch (meta.type) {
    case "real32":
    case "real64":
      return decodeReal(meta, raw, path);
    case "boolean": {
      if (typeof raw === "boolean") return ok(raw);
      const text = typeof raw === "string" ? raw.trim().toLowerCase() : "";
      return text === "true" || text === "false" ? ok(text === "true") : fail(meta, raw, path);
    }
    case "string":
      if (meta.embeddedClass !== undefined || meta.embeddedObject === true) {
        return decodeInstance(meta, raw, path, options);
      }
      return typeof raw === "string" ? ok(raw) : fail(meta, raw, path);
    case "char16":
      if (typeof raw === "string" && raw.length === 1) return ok(raw);
      if (typeof raw === "number" && Number.isInteger(raw) && raw >= 0 && raw <= 0xffff) {
        return ok(String.fromCharCode(raw));
      }
      return fail(meta, raw, path);
    case "datetime": {
      if (typeof raw !== "string") return fail(meta, raw, path);
      const parsed = parseCimDateTime(raw);
      return parsed.ok ? ok(parsed.value) : fail(meta, raw, path, parsed.reason);
    }
    case "reference":
      return decodeReference(meta, raw, path);
    default:
      return decodeInteger(meta, raw, path, options.int64 ?? "bigint");
  }
}

function decodeElement(
  meta: CimValueMeta,
  raw: WireValue,
  path: Path,
  options: CimDecodeOptions,
): Step {
  if (raw === null) return ok(null);
  if (meta.array === true) {
    // WS-Management writes arrays as repeated elements, so a one-element array can reach a
    // schema-less transport as a lone scalar.
    const items = Array.isArray(raw) ? (raw as readonly WireValue[]) : [raw];
    const values: CimDecodedValue[] = [];
    for (const [index, item] of items.entries()) {
      const step = item === null ? ok(null) : decodeScalar(meta, item, [...path, index], options);
      if (!step.ok) return step;
      values.push(step.value);
    }
    return ok(values);
  }
  if (Array.isArray(raw)) return fail(meta, raw, path, "an array where a single value is declared");
  return decodeScalar(meta, raw, path, options);
}

function toResult<T>(step: Step, location: CimWireLocation): CimDecodeResult<T> {
  if (step.ok) return { ok: true, value: step.value as T };
  const full: CimWireLocation = { ...location, path: [...(location.path ?? []), ...step.path] };
  return { ok: false, error: new CimDecodeError(step.problem, full, step.expected) };
}

/**
 * Decodes one wire value for a property, parameter or return value.
 *
 * @param meta - the element's metadata (type, array, REF or embedded class)
 * @param raw - the value as the transport delivered it
 * @param options - int64 mode, class lookup for embedded instances, and error location
 * @returns the decoded value, or a {@link CimDecodeError} naming the element and position
 */
export function decodeWireValue(
  meta: CimValueMeta,
  raw: WireValue,
  options: CimDecodeOptions = {},
): CimDecodeResult<CimDecodedValue> {
  const location = { elementName: meta.name, ...options.location };
  return toResult(decodeElement(meta, raw, [], options), location);
}

/**
 * Decodes a whole instance (e.g. one fetched to poll a job) using the class metadata found
 * through `options.resolveClass`, falling back to `className` when the instance's own class is
 * unknown.
 *
 * @param className - the class the caller expects
 * @param raw - the instance as the transport delivered it
 * @param options - as for {@link decodeWireValue}
 * @returns the decoded instance, or a {@link CimDecodeError}
 * @typeParam TProps - the generated interface of `className` (e.g. `CIM_ConcreteJob`, so a
 *   job getter for `waitForJob` returns typed properties); it describes the decoded values
 *   only when `options.resolveClass` knows the class
 */
export function decodeCimInstance<TProps extends object = Readonly<Record<string, unknown>>>(
  className: string,
  raw: WireValue,
  options: CimDecodeOptions = {},
): CimDecodeResult<CimInstance<TProps>> {
  const meta: CimValueMeta = { name: className, type: "string", embeddedClass: className };
  // Text is a valid embedded-instance spelling but not a fetched instance, so reject it here.
  const step = isWireInstance(raw) ? decodeInstance(meta, raw, [], options) : fail(meta, raw, []);
  return toResult(step, { className, ...options.location });
}
