/**
 * CIM datetime strings (DSP0004 §5.2.4): a timestamp `yyyymmddhhmmss.mmmmmmsutc` or an
 * interval `ddddddddhhmmss.mmmmmm:000`, both exactly 25 characters. A field that is not
 * significant is written as asterisks: a whole field, or the trailing digits of the
 * microseconds (`123***`).
 */

interface Field {
  readonly start: number;
  readonly length: number;
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

function field(start: number, length: number, name: string, min: number, max: number): Field {
  return { start, length, name, min, max };
}

const TIMESTAMP_FIELDS: readonly Field[] = [
  field(0, 4, "year", 0, 9999),
  field(4, 2, "month", 1, 12),
  field(6, 2, "day", 1, 31),
  field(8, 2, "hours", 0, 23),
  field(10, 2, "minutes", 0, 59),
  // 60 admits a leap second.
  field(12, 2, "seconds", 0, 60),
];

const INTERVAL_FIELDS: readonly Field[] = [
  field(0, 8, "days", 0, 99999999),
  field(8, 2, "hours", 0, 23),
  field(10, 2, "minutes", 0, 59),
  field(12, 2, "seconds", 0, 59),
];

export type DatetimeKind = "timestamp" | "interval";

/** The problem with `text` as a CIM datetime, or `undefined` when it is valid. */
export function datetimeProblem(text: string): string | undefined {
  if (text.length !== 25) return `a CIM datetime has 25 characters, found ${text.length}`;
  if (text[14] !== ".") return "expected '.' after the seconds (position 15)";
  const sign = text[21];
  const isInterval = sign === ":";
  if (!isInterval && sign !== "+" && sign !== "-") {
    return "expected '+', '-' (timestamp) or ':' (interval) at position 22";
  }
  for (const f of isInterval ? INTERVAL_FIELDS : TIMESTAMP_FIELDS) {
    const problem = fieldProblem(text.slice(f.start, f.start + f.length), f);
    if (problem !== undefined) return problem;
  }
  const micro = text.slice(15, 21);
  if (!/^[0-9]*\**$/.test(micro)) return `invalid microseconds '${micro}'`;
  const offset = text.slice(22);
  if (isInterval) {
    if (offset !== "000") return `an interval ends in ':000', found ':${offset}'`;
  } else if (!/^[0-9]{3}$/.test(offset) && offset !== "***") {
    return `invalid UTC offset '${offset}'`;
  }
  return undefined;
}

export function datetimeKind(text: string): DatetimeKind {
  return text[21] === ":" ? "interval" : "timestamp";
}

function fieldProblem(text: string, f: Field): string | undefined {
  if (/^\*+$/.test(text)) return undefined;
  if (!/^[0-9]+$/.test(text)) return `invalid ${f.name} '${text}'`;
  const value = Number(text);
  if (value < f.min || value > f.max) return `${f.name} ${text} out of range`;
  return undefined;
}
