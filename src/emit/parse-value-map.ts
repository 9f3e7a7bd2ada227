/**
 * DSP0004 ValueMap/Values semantics, resolved at build time: single codes in any integer
 * spelling, closed and half-open ranges, and the bare `..` ("unclaimed") marker. A half-open
 * bound takes its value from the neighbouring entry (`"..6"` after `"2..4"` starts at 5, `"7.."`
 * before `"9"` ends at 8), else from the element type's limits — pywbem's `ValueMapping` rules.
 */
import type { CimPrimitive } from "../ast/ast.js";
import { integerRange } from "../model/check-value.js";

export type ValueMapEntry =
  | { readonly kind: "single"; readonly code: bigint | string; readonly text: string }
  | { readonly kind: "range"; readonly lo: bigint; readonly hi: bigint; readonly text: string }
  | { readonly kind: "unclaimed"; readonly text: string };

export interface ParsedValueMap {
  /** `false` for string-typed elements, whose ValueMap lists string codes. */
  readonly integer: boolean;
  readonly entries: readonly ValueMapEntry[];
  /** Plain-language problems, reported as warnings by the caller. */
  readonly problems: readonly string[];
}

/** Integer literal spellings DSP0004 allows in ValueMap entries (decimal, 0x, 0b/…b, 0…octal). */
export function parseCimInteger(text: string): bigint | undefined {
  const t = text.trim();
  const sign = t.startsWith("-") ? -1n : 1n;
  const body = t.replace(/^[+-]/, "");
  let value: bigint | undefined;
  if (/^0[xX][0-9a-fA-F]+$/.test(body)) value = BigInt(body);
  else if (/^[01]+[bB]$/.test(body)) value = BigInt(`0b${body.slice(0, -1)}`);
  else if (/^0[bB][01]+$/.test(body)) value = BigInt(body);
  else if (/^0[0-7]+$/.test(body)) value = BigInt(`0o${body.slice(1)}`);
  else if (/^(0|[1-9][0-9]*)$/.test(body)) value = BigInt(body);
  return value === undefined ? undefined : sign * value;
}

/**
 * @param valueMap - the ValueMap qualifier value, or `undefined` (Values then number from 0)
 * @param values - the Values qualifier value, or `undefined` (the codes then name themselves)
 * @param type - the element's CIM type (integer limits bound open ranges)
 */
export function parseValueMap(
  valueMap: readonly string[] | undefined,
  values: readonly string[] | undefined,
  type: CimPrimitive,
): ParsedValueMap {
  const problems: string[] = [];
  const limits = integerRange(type);
  const raw = valueMap ?? (values ?? []).map((_, i) => String(i));
  if (valueMap !== undefined && values !== undefined && values.length !== valueMap.length) {
    problems.push(
      `ValueMap has ${valueMap.length} entries but Values has ${values.length}; ` +
        "entries without a Values string are named by their code",
    );
  }
  const textAt = (i: number): string => values?.[i] ?? raw[i] ?? "";
  if (limits === undefined) {
    const entries = raw.map(
      (code, i): ValueMapEntry => ({ kind: "single", code, text: textAt(i) }),
    );
    return { integer: false, entries, problems };
  }

  // First pass: explicit bounds, so half-open neighbours can be looked up.
  type Bounds = { lo: bigint | undefined; hi: bigint | undefined; unclaimed: boolean } | undefined;
  const bounds: Bounds[] = raw.map((entry) => {
    const trimmed = entry.trim();
    if (trimmed === "..") return { lo: undefined, hi: undefined, unclaimed: true };
    const dots = trimmed.indexOf("..");
    if (dots < 0) {
      const code = parseCimInteger(trimmed);
      return code === undefined ? undefined : { lo: code, hi: code, unclaimed: false };
    }
    const loText = trimmed.slice(0, dots);
    const hiText = trimmed.slice(dots + 2);
    const lo = loText === "" ? undefined : parseCimInteger(loText);
    const hi = hiText === "" ? undefined : parseCimInteger(hiText);
    if ((loText !== "" && lo === undefined) || (hiText !== "" && hi === undefined))
      return undefined;
    return { lo, hi, unclaimed: false };
  });

  const entries: ValueMapEntry[] = [];
  bounds.forEach((b, i) => {
    const text = textAt(i);
    if (b === undefined) {
      problems.push(
        `ValueMap entry ${JSON.stringify(raw[i])} is not an integer or range; it is ignored`,
      );
      return;
    }
    if (b.unclaimed) {
      entries.push({ kind: "unclaimed", text });
      return;
    }
    const lo = b.lo ?? neighbour(bounds, i, -1, limits);
    const hi = b.hi ?? neighbour(bounds, i, 1, limits);
    if (lo < limits[0] || hi > limits[1] || lo > hi) {
      problems.push(
        `ValueMap entry ${JSON.stringify(raw[i])} is outside the range of ${type}; it is ignored`,
      );
      return;
    }
    entries.push(lo === hi ? { kind: "single", code: lo, text } : { kind: "range", lo, hi, text });
  });
  return { integer: true, entries, problems };
}

/** The bound a half-open range borrows from the nearest explicit entry in direction `step`. */
function neighbour(
  bounds: readonly (
    | { lo: bigint | undefined; hi: bigint | undefined; unclaimed: boolean }
    | undefined
  )[],
  index: number,
  step: -1 | 1,
  limits: readonly [bigint, bigint],
): bigint {
  for (let j = index + step; j >= 0 && j < bounds.length; j += step) {
    const b = bounds[j];
    if (b === undefined || b.unclaimed) continue;
    if (step === -1 && b.hi !== undefined) return b.hi + 1n;
    if (step === 1 && b.lo !== undefined) return b.lo - 1n;
    return step === -1 ? limits[0] : limits[1];
  }
  return step === -1 ? limits[0] : limits[1];
}
