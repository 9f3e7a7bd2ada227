/**
 * Integer handling shared by the decoder and the encoder: every CIM integer type is checked
 * against its exact range in bigint arithmetic, so 64-bit values never pass through a lossy
 * `number`.
 */
import type { CimType } from "./metadata.js";

/** The CIM integer type names. */
export type CimIntegerType =
  | "uint8"
  | "sint8"
  | "uint16"
  | "sint16"
  | "uint32"
  | "sint32"
  | "uint64"
  | "sint64";

const bounds: Readonly<Record<CimIntegerType, readonly [bigint, bigint]>> = {
  uint8: [0n, 255n],
  sint8: [-128n, 127n],
  uint16: [0n, 65_535n],
  sint16: [-32_768n, 32_767n],
  uint32: [0n, 4_294_967_295n],
  sint32: [-2_147_483_648n, 2_147_483_647n],
  uint64: [0n, 18_446_744_073_709_551_615n],
  sint64: [-9_223_372_036_854_775_808n, 9_223_372_036_854_775_807n],
};

/**
 * Whether a CIM type is an integer type.
 *
 * @param type - any CIM type
 * @returns `true` for uint8 … sint64
 */
export function isCimIntegerType(type: CimType): type is CimIntegerType {
  return type in bounds;
}

/**
 * Reads an integer from the spellings transports use: a JS integer, a bigint, or decimal text
 * (surrounding whitespace allowed, as XML text nodes often carry it).
 *
 * @param raw - the candidate
 * @returns the exact value, or `undefined` when `raw` is not an integer
 */
export function readInteger(raw: unknown): bigint | undefined {
  if (typeof raw === "bigint") return raw;
  if (typeof raw === "number") return Number.isInteger(raw) ? BigInt(raw) : undefined;
  if (typeof raw === "string" && /^\s*[+-]?\d+\s*$/.test(raw)) return BigInt(raw.trim());
  return undefined;
}

/**
 * Whether a value fits a CIM integer type.
 *
 * @param type - the integer type
 * @param value - the exact value
 * @returns `true` when `value` is within the type's range
 */
export function fitsCimInteger(type: CimIntegerType, value: bigint): boolean {
  const [lo, hi] = bounds[type];
  return value >= lo && value <= hi;
}
