/**
 * ValueMap/Values lookups with the DSP0004 semantics (single values, closed and open ranges, and
 * the `..` "unclaimed" marker), as implemented by pywbem's `ValueMapping`.
 *
 * The generator resolves every context-dependent part of a ValueMap at build time and emits a
 * {@link CimValueMap} per qualifier pair: `"..6"` after `"2..4"` becomes `{ lo: 5, hi: 6 }`,
 * `"7.."` before `"9"` becomes `{ lo: 7, hi: 8 }`, hex/binary/octal spellings become plain
 * numbers, and a Values list without ValueMap becomes singles numbered from 0. The runtime only
 * answers questions about codes.
 */

/** An integer code as carried by a ValueMap-qualified element (bigint for 64-bit elements). */
export type CimValueCode = number | bigint;

/** A ValueMap range entry such as `"32768..65535"` paired with its Values string. */
export interface CimValueRange {
  /** Lowest code in the range, inclusive; absent when the range is open below. */
  readonly lo?: CimValueCode;
  /** Highest code in the range, inclusive; absent when the range is open above. */
  readonly hi?: CimValueCode;
  /** The Values string, e.g. `"Vendor Specific"`. */
  readonly name: string;
}

/**
 * The runtime description of one ValueMap/Values pair.
 *
 * DSP0004 requires the entries not to overlap, so lookup order only matters for malformed
 * schemas; the runtime checks singles first, then ranges in declaration order, then `unclaimed`.
 */
export interface CimValueMap {
  /** Single-code entries as `[code, name]`, in declaration order. */
  readonly singles: readonly (readonly [code: CimValueCode, name: string])[];
  /** Range entries, in declaration order. */
  readonly ranges: readonly CimValueRange[];
  /** The Values string paired with the bare `..` entry, naming every code not claimed above. */
  readonly unclaimed?: string;
}

/**
 * Compares codes across number and bigint without converting: relational operators accept the
 * mix, whereas `===` would call `5n` and `5` different.
 */
function sameCode(a: CimValueCode, b: CimValueCode): boolean {
  return a <= b && a >= b;
}

/**
 * Whether a code falls inside a range entry.
 *
 * @param range - a range entry of a {@link CimValueMap}
 * @param code - the code to test
 * @returns `true` when `lo <= code <= hi`, treating an absent bound as unbounded
 */
export function inValueRange(range: CimValueRange, code: CimValueCode): boolean {
  return (
    (range.lo === undefined || code >= range.lo) && (range.hi === undefined || code <= range.hi)
  );
}

/**
 * Whether any single or range entry claims a code (the `..` marker does not count: it names
 * exactly the codes no entry claims).
 *
 * @param map - the value map
 * @param code - the code to test
 * @returns `true` when a single value equals `code` or a range contains it
 */
export function isClaimedValue(map: CimValueMap, code: CimValueCode): boolean {
  return (
    map.singles.some(([single]) => sameCode(single, code)) ||
    map.ranges.some((range) => inValueRange(range, code))
  );
}

/**
 * The Values string for a code. Unknown codes are data, not errors: a device may report a code
 * newer than the schema, so this returns `undefined` instead of throwing.
 *
 * @param map - the value map
 * @param code - the code, e.g. a method's `ReturnValue`
 * @returns the name of the single value or range that claims `code`, else the unclaimed name,
 *   else `undefined`
 */
export function lookupValueName(map: CimValueMap, code: CimValueCode): string | undefined {
  for (const [single, name] of map.singles) {
    if (sameCode(single, code)) return name;
  }
  for (const range of map.ranges) {
    if (inValueRange(range, code)) return range.name;
  }
  return map.unclaimed;
}

/**
 * The code for a Values string that names a single value (case-sensitive, as Values strings
 * are display text). Ranges and the unclaimed marker name many codes, so they have no answer.
 *
 * @param map - the value map
 * @param name - a Values string
 * @returns the code of the first single entry with that name, or `undefined`
 */
export function lookupValueCode(map: CimValueMap, name: string): CimValueCode | undefined {
  return map.singles.find(([, singleName]) => singleName === name)?.[0];
}
