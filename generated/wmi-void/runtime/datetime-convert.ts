/**
 * Conversions between CIM datetimes and JavaScript values. Kept apart from parsing because they
 * are lossy in ways callers must opt into: `Date` has millisecond precision, and values with
 * asterisk fields have no single instant or length at all.
 */
import type { CimInterval, CimTimestamp } from "./datetime.js";
import { parseCimDateTime } from "./datetime.js";

const microsPerSecond = 1_000_000n;
const microsPerDay = 86_400n * microsPerSecond;
/** The largest interval the 8-digit day field can hold, in microseconds. */
const maxIntervalMicros = 100_000_000n * microsPerDay - 1n;

/**
 * Converts a timestamp to the instant it denotes.
 *
 * @param value - a checked timestamp
 * @returns the `Date` (microseconds truncated to milliseconds; asterisk microseconds count as
 *   zero), or `undefined` when the date, time or UTC offset has asterisk fields
 */
export function cimTimestampToDate(value: CimTimestamp): Date | undefined {
  const parsed = parseCimDateTime(value);
  if (!parsed.ok || parsed.kind !== "timestamp") return undefined;
  const f = parsed.fields;
  if (
    f.year === null ||
    f.month === null ||
    f.day === null ||
    f.hour === null ||
    f.minute === null ||
    f.second === null ||
    f.utcOffsetMinutes === null
  ) {
    return undefined;
  }
  // setUTCFullYear rather than Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(f.year, f.month - 1, f.day);
  date.setUTCHours(f.hour, f.minute, f.second, Math.floor((f.microsecond ?? 0) / 1000));
  // The fields are local time at the offset, so UTC is local time minus the offset.
  return new Date(date.getTime() - f.utcOffsetMinutes * 60_000);
}

function pad(value: number | bigint, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * Builds a fully specified timestamp for an instant.
 *
 * @param date - the instant
 * @param utcOffsetMinutes - the offset to express it in (default 0, i.e. UTC); an integer in
 *   -999..999 as the 3-digit field allows
 * @returns the timestamp, or `undefined` for an invalid `Date`, an unusable offset, or a year
 *   outside 0000–9999
 */
export function cimTimestampFromDate(date: Date, utcOffsetMinutes = 0): CimTimestamp | undefined {
  if (!Number.isInteger(utcOffsetMinutes) || Math.abs(utcOffsetMinutes) > 999) return undefined;
  const local = new Date(date.getTime() + utcOffsetMinutes * 60_000);
  const year = local.getUTCFullYear();
  if (Number.isNaN(local.getTime()) || year < 0 || year > 9999) return undefined;
  const text =
    pad(year, 4) +
    pad(local.getUTCMonth() + 1, 2) +
    pad(local.getUTCDate(), 2) +
    pad(local.getUTCHours(), 2) +
    pad(local.getUTCMinutes(), 2) +
    pad(local.getUTCSeconds(), 2) +
    `.${pad(local.getUTCMilliseconds() * 1000, 6)}` +
    (utcOffsetMinutes < 0 ? "-" : "+") +
    pad(Math.abs(utcOffsetMinutes), 3);
  return text as CimTimestamp;
}

/**
 * The exact length of an interval.
 *
 * @param value - a checked interval
 * @returns total microseconds, or `undefined` when the day, hour, minute or second field is
 *   asterisks (asterisk microsecond digits count as zero)
 */
export function cimIntervalToMicroseconds(value: CimInterval): bigint | undefined {
  const parsed = parseCimDateTime(value);
  if (!parsed.ok || parsed.kind !== "interval") return undefined;
  const f = parsed.fields;
  if (f.days === null || f.hours === null || f.minutes === null || f.seconds === null) {
    return undefined;
  }
  const seconds = BigInt(f.days) * 86_400n + BigInt(f.hours * 3600 + f.minutes * 60 + f.seconds);
  return seconds * microsPerSecond + BigInt(f.microseconds ?? 0);
}

/**
 * The length of an interval in milliseconds. Always exact in a `number`: the largest interval
 * (10^8 days) is below 2^53 ms.
 *
 * @param value - a checked interval
 * @returns milliseconds (sub-millisecond part truncated), or `undefined` as for
 *   {@link cimIntervalToMicroseconds}
 */
export function cimIntervalToMilliseconds(value: CimInterval): number | undefined {
  const micros = cimIntervalToMicroseconds(value);
  return micros === undefined ? undefined : Number(micros / 1000n);
}

/**
 * Builds an interval from a length in microseconds.
 *
 * @param micros - a non-negative length below 10^8 days
 * @returns the interval, or `undefined` when `micros` is negative or too long
 */
export function cimIntervalFromMicroseconds(micros: bigint): CimInterval | undefined {
  if (micros < 0n || micros > maxIntervalMicros) return undefined;
  const days = micros / microsPerDay;
  let rest = micros % microsPerDay;
  const hours = rest / (3600n * microsPerSecond);
  rest %= 3600n * microsPerSecond;
  const minutes = rest / (60n * microsPerSecond);
  rest %= 60n * microsPerSecond;
  const seconds = rest / microsPerSecond;
  const fraction = rest % microsPerSecond;
  const text = `${pad(days, 8)}${pad(hours, 2)}${pad(minutes, 2)}${pad(seconds, 2)}.${pad(fraction, 6)}:000`;
  return text as CimInterval;
}

/** A duration split into parts, as accepted by {@link cimIntervalFromDuration}. */
export interface CimDurationParts {
  readonly days?: number;
  readonly hours?: number;
  readonly minutes?: number;
  readonly seconds?: number;
  readonly milliseconds?: number;
  readonly microseconds?: number;
}

const partMicros: readonly (readonly [keyof CimDurationParts, bigint])[] = [
  ["days", microsPerDay],
  ["hours", 3600n * microsPerSecond],
  ["minutes", 60n * microsPerSecond],
  ["seconds", microsPerSecond],
  ["milliseconds", 1000n],
  ["microseconds", 1n],
];

/**
 * Builds an interval from duration parts; parts may exceed their clock range (e.g.
 * `{ minutes: 90 }`) and are normalised.
 *
 * @param parts - non-negative integer parts; omitted parts count as zero
 * @returns the interval, or `undefined` when a part is not a non-negative safe integer or the
 *   total does not fit
 */
export function cimIntervalFromDuration(parts: CimDurationParts): CimInterval | undefined {
  let total = 0n;
  for (const [name, scale] of partMicros) {
    const part = parts[name] ?? 0;
    if (!Number.isSafeInteger(part) || part < 0) return undefined;
    total += BigInt(part) * scale;
  }
  return cimIntervalFromMicroseconds(total);
}
