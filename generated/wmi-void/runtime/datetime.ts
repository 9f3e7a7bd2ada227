/**
 * CIM datetime values (DSP0004 §5.2.4): two fixed 25-character string formats that share one CIM
 * type. They are not ISO-8601 and one of them is a duration, so the runtime keeps them as
 * branded strings and offers explicit conversions instead of pretending they are `Date`s.
 */

declare const timestampBrand: unique symbol;
declare const intervalBrand: unique symbol;

/**
 * A CIM timestamp `yyyymmddhhmmss.mmmmmmsutc` (e.g. `20240131120000.000000+060`), where `sutc`
 * is the signed offset from UTC in minutes. Only strings checked by {@link parseCimDateTime} (or
 * built by the constructors) carry this brand.
 */
export type CimTimestamp = string & { readonly [timestampBrand]: true };

/**
 * A CIM interval `ddddddddhhmmss.mmmmmm:000` (e.g. `00000001020304.000000:000` is 1 day 2 h 3 min
 * 4 s). Only strings checked by {@link parseCimDateTime} (or built by the constructors) carry
 * this brand.
 */
export type CimInterval = string & { readonly [intervalBrand]: true };

/** Any CIM datetime value: a point in time or a duration, told apart by {@link isCimInterval}. */
export type CimDateTime = CimTimestamp | CimInterval;

/**
 * The fields of a timestamp. DSP0004 lets a field be written as asterisks when it is not
 * significant (`********153000.000000+000` is "15:30 on any day"); such fields are `null`.
 */
export interface CimTimestampFields {
  readonly year: number | null;
  /** 1–12. */
  readonly month: number | null;
  /** 1–31, checked against the month (and year) when those are given. */
  readonly day: number | null;
  readonly hour: number | null;
  readonly minute: number | null;
  readonly second: number | null;
  /** 0–999999; digits hidden by trailing asterisks count as zero. */
  readonly microsecond: number | null;
  /** How many microsecond digits are significant (6 when fully given, 0 when all asterisks). */
  readonly microsecondDigits: number;
  /** Signed offset from UTC in minutes (`+060` is 60, `-300` is -300). */
  readonly utcOffsetMinutes: number | null;
}

/** The fields of an interval; asterisk fields are `null` as for {@link CimTimestampFields}. */
export interface CimIntervalFields {
  /** 0–99999999. */
  readonly days: number | null;
  readonly hours: number | null;
  readonly minutes: number | null;
  readonly seconds: number | null;
  readonly microseconds: number | null;
  /** How many microsecond digits are significant (6 when fully given, 0 when all asterisks). */
  readonly microsecondDigits: number;
}

/** The outcome of {@link parseCimDateTime}: the checked value and its fields, or a reason. */
export type CimDateTimeParseResult =
  | {
      readonly ok: true;
      readonly kind: "timestamp";
      readonly value: CimTimestamp;
      readonly fields: CimTimestampFields;
    }
  | {
      readonly ok: true;
      readonly kind: "interval";
      readonly value: CimInterval;
      readonly fields: CimIntervalFields;
    }
  | { readonly ok: false; readonly reason: string };

const timestampPattern =
  /^([\d*]{4})([\d*]{2})([\d*]{2})([\d*]{2})([\d*]{2})([\d*]{2})\.([\d*]{6})([+-])([\d*]{3})$/;
const intervalPattern = /^([\d*]{8})([\d*]{2})([\d*]{2})([\d*]{2})\.([\d*]{6}):000$/;

/** Marks a field that mixes digits and asterisks, which DSP0004 does not allow. */
const mixedField = Symbol("mixed");

/** A whole field is either all digits or all asterisks (not significant). */
function wholeField(text: string): number | null | typeof mixedField {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\*+$/.test(text)) return null;
  return mixedField;
}

/** Microseconds may lose precision from the right only: `123***` means millisecond precision. */
function microField(text: string): { value: number | null; digits: number } | undefined {
  const match = /^(\d*)(\**)$/.exec(text);
  if (!match) return undefined;
  const digits = match[1] ?? "";
  return { value: digits === "" ? null : Number(digits.padEnd(6, "0")), digits: digits.length };
}

function inRange(value: number | null, lo: number, hi: number): boolean {
  return value === null || (value >= lo && value <= hi);
}

/**
 * The number of days in a month; February counts 29 when the year is unknown, because an
 * unspecified year may be a leap year.
 */
function daysInMonth(year: number | null, month: number): number {
  if (month === 2) {
    if (year === null) return 29;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseTimestamp(text: string, match: RegExpExecArray): CimDateTimeParseResult {
  const [, y, mo, d, h, mi, s, us, sign, utc] = match;
  const parts = [y, mo, d, h, mi, s, utc].map((field) => wholeField(field ?? ""));
  const micro = microField(us ?? "");
  if (parts.includes(mixedField) || micro === undefined) {
    return { ok: false, reason: `"${text}" mixes digits and asterisks within a field` };
  }
  const [year, month, day, hour, minute, second, offset] = parts as (number | null)[];
  const fields: CimTimestampFields = {
    year: year ?? null,
    month: month ?? null,
    day: day ?? null,
    hour: hour ?? null,
    minute: minute ?? null,
    second: second ?? null,
    microsecond: micro.value,
    microsecondDigits: micro.digits,
    utcOffsetMinutes:
      offset === null || offset === undefined ? null : sign === "-" ? -offset : offset,
  };
  const dayLimit = fields.month === null ? 31 : daysInMonth(fields.year, fields.month);
  if (
    !inRange(fields.month, 1, 12) ||
    !inRange(fields.day, 1, dayLimit) ||
    !inRange(fields.hour, 0, 23) ||
    !inRange(fields.minute, 0, 59) ||
    !inRange(fields.second, 0, 59)
  ) {
    return { ok: false, reason: `"${text}" has a date or time field out of range` };
  }
  return { ok: true, kind: "timestamp", value: text as CimTimestamp, fields };
}

function parseInterval(text: string, match: RegExpExecArray): CimDateTimeParseResult {
  const [, d, h, mi, s, us] = match;
  const parts = [d, h, mi, s].map((field) => wholeField(field ?? ""));
  const micro = microField(us ?? "");
  if (parts.includes(mixedField) || micro === undefined) {
    return { ok: false, reason: `"${text}" mixes digits and asterisks within a field` };
  }
  const [days, hours, minutes, seconds] = parts as (number | null)[];
  const fields: CimIntervalFields = {
    days: days ?? null,
    hours: hours ?? null,
    minutes: minutes ?? null,
    seconds: seconds ?? null,
    microseconds: micro.value,
    microsecondDigits: micro.digits,
  };
  if (
    !inRange(fields.hours, 0, 23) ||
    !inRange(fields.minutes, 0, 59) ||
    !inRange(fields.seconds, 0, 59)
  ) {
    return { ok: false, reason: `"${text}" has a time field out of range` };
  }
  return { ok: true, kind: "interval", value: text as CimInterval, fields };
}

/**
 * Checks a string against both CIM datetime formats. Never throws.
 *
 * @param text - a candidate datetime, e.g. from the wire
 * @returns the branded value with its fields, or `{ ok: false, reason }` explaining the problem
 */
export function parseCimDateTime(text: string): CimDateTimeParseResult {
  if (text.length !== 25) {
    return { ok: false, reason: `"${text}" is not 25 characters long` };
  }
  const interval = intervalPattern.exec(text);
  if (interval) return parseInterval(text, interval);
  const timestamp = timestampPattern.exec(text);
  if (timestamp) return parseTimestamp(text, timestamp);
  return {
    ok: false,
    reason: `"${text}" matches neither yyyymmddhhmmss.mmmmmmsutc nor ddddddddhhmmss.mmmmmm:000`,
  };
}

/**
 * Tells the two datetime kinds apart. Intervals are the only values with `:` at position 21,
 * so this is a constant-time check on an already validated value.
 *
 * @param value - a checked datetime
 * @returns whether `value` is a duration rather than a point in time
 */
export function isCimInterval(value: CimDateTime): value is CimInterval {
  return value.charAt(21) === ":";
}

/**
 * Validating guard for any string.
 *
 * @param text - a candidate datetime
 * @returns whether `text` is a valid CIM datetime of either kind
 */
export function isCimDateTime(text: string): text is CimDateTime {
  return parseCimDateTime(text).ok;
}
