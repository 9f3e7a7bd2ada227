import { describe, expect, it } from "vitest";
import type { CimInterval, CimTimestamp } from "../../src/runtime/datetime.js";
import { isCimDateTime, isCimInterval, parseCimDateTime } from "../../src/runtime/datetime.js";
import {
  cimIntervalFromDuration,
  cimIntervalFromMicroseconds,
  cimIntervalToMicroseconds,
  cimIntervalToMilliseconds,
  cimTimestampFromDate,
  cimTimestampToDate,
} from "../../src/runtime/datetime-convert.js";

describe("parseCimDateTime", () => {
  it("reads a fully specified timestamp with a positive offset", () => {
    expect(parseCimDateTime("20240131120000.123456+060")).toEqual({
      ok: true,
      kind: "timestamp",
      value: "20240131120000.123456+060",
      fields: {
        year: 2024,
        month: 1,
        day: 31,
        hour: 12,
        minute: 0,
        second: 0,
        microsecond: 123456,
        microsecondDigits: 6,
        utcOffsetMinutes: 60,
      },
    });
  });

  it("reads a negative offset in minutes", () => {
    const result = parseCimDateTime("20240131120000.000000-300");
    expect(result.ok && result.kind === "timestamp" && result.fields.utcOffsetMinutes).toBe(-300);
  });

  it("reads asterisk fields as null and partial microseconds as reduced precision", () => {
    const result = parseCimDateTime("********153000.123***+000");
    expect(result).toMatchObject({
      ok: true,
      kind: "timestamp",
      fields: {
        year: null,
        month: null,
        day: null,
        hour: 15,
        minute: 30,
        microsecond: 123000,
        microsecondDigits: 3,
      },
    });
  });

  it("reads an interval", () => {
    expect(parseCimDateTime("00000001020304.000005:000")).toEqual({
      ok: true,
      kind: "interval",
      value: "00000001020304.000005:000",
      fields: { days: 1, hours: 2, minutes: 3, seconds: 4, microseconds: 5, microsecondDigits: 6 },
    });
  });

  it.each([
    ["too short", "2024013112000.000000+060", "is not 25 characters long"],
    ["ISO-8601", "2024-01-31T12:00:00.00000", "matches neither"],
    ["month 13", "20241331120000.000000+000", "out of range"],
    ["February 30", "20240230120000.000000+000", "out of range"],
    ["February 29 in a common year", "20230229120000.000000+000", "out of range"],
    ["hour 24", "20240131240000.000000+000", "out of range"],
    ["interval minute 60", "00000001026000.000000:000", "out of range"],
    ["mixed digits and asterisks", "20*40131120000.000000+000", "mixes digits and asterisks"],
    [
      "asterisks before microsecond digits",
      "20240131120000.***123+000",
      "mixes digits and asterisks",
    ],
    ["interval with an offset", "00000001020304.000000+000", "out of range"],
  ])("rejects %s", (_label, text, reason) => {
    const result = parseCimDateTime(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it("accepts February 29 of a leap year and of an unspecified year", () => {
    expect(parseCimDateTime("20240229000000.000000+000").ok).toBe(true);
    expect(parseCimDateTime("****0229000000.000000+000").ok).toBe(true);
  });

  it("tells intervals from timestamps", () => {
    const interval = parseCimDateTime("00000000000001.000000:000");
    const timestamp = parseCimDateTime("20240101000000.000000+000");
    expect(interval.ok && isCimInterval(interval.value)).toBe(true);
    expect(timestamp.ok && isCimInterval(timestamp.value)).toBe(false);
    expect(isCimDateTime("20240101000000.000000+000")).toBe(true);
    expect(isCimDateTime("yesterday")).toBe(false);
  });
});

describe("timestamp conversions", () => {
  it("applies the UTC offset when converting to Date", () => {
    const date = cimTimestampToDate("20240131120000.123456+060" as CimTimestamp);
    expect(date?.toISOString()).toBe("2024-01-31T11:00:00.123Z");
    const west = cimTimestampToDate("20240131120000.000000-300" as CimTimestamp);
    expect(west?.toISOString()).toBe("2024-01-31T17:00:00.000Z");
  });

  it("keeps years below 100 as written", () => {
    expect(cimTimestampToDate("00500101000000.000000+000" as CimTimestamp)?.getUTCFullYear()).toBe(
      50,
    );
  });

  it("has no Date for a timestamp with unspecified fields", () => {
    expect(cimTimestampToDate("********153000.000000+000" as CimTimestamp)).toBeUndefined();
  });

  it("formats a Date in UTC and at an offset, round-tripping the instant", () => {
    const instant = new Date("2024-01-31T11:00:00.123Z");
    expect(cimTimestampFromDate(instant)).toBe("20240131110000.123000+000");
    const atOffset = cimTimestampFromDate(instant, -90);
    expect(atOffset).toBe("20240131093000.123000-090");
    expect(atOffset && cimTimestampToDate(atOffset)?.getTime()).toBe(instant.getTime());
  });

  it("refuses an invalid Date or an offset that does not fit three digits", () => {
    expect(cimTimestampFromDate(new Date(Number.NaN))).toBeUndefined();
    expect(cimTimestampFromDate(new Date(0), 1000)).toBeUndefined();
  });
});

describe("interval conversions", () => {
  it("computes exact microseconds and milliseconds", () => {
    const value = "00000001020304.567890:000" as CimInterval;
    expect(cimIntervalToMicroseconds(value)).toBe(93_784_567_890n);
    expect(cimIntervalToMilliseconds(value)).toBe(93_784_567);
  });

  it("handles the largest interval exactly", () => {
    const max = "99999999235959.999999:000" as CimInterval;
    expect(cimIntervalToMicroseconds(max)).toBe(8_639_999_999_999_999_999n);
    expect(cimIntervalFromMicroseconds(8_639_999_999_999_999_999n)).toBe(max);
    expect(cimIntervalFromMicroseconds(8_640_000_000_000_000_000n)).toBeUndefined();
  });

  it("has no length for an interval with unspecified fields", () => {
    expect(cimIntervalToMicroseconds("********020304.000000:000" as CimInterval)).toBeUndefined();
  });

  it("builds intervals from normalised duration parts", () => {
    expect(cimIntervalFromDuration({ minutes: 90, milliseconds: 5 })).toBe(
      "00000000013000.005000:000",
    );
    expect(cimIntervalFromDuration({ days: 2, microseconds: 1 })).toBe("00000002000000.000001:000");
    expect(cimIntervalFromDuration({})).toBe("00000000000000.000000:000");
  });

  it("refuses negative or fractional parts", () => {
    expect(cimIntervalFromDuration({ seconds: -1 })).toBeUndefined();
    expect(cimIntervalFromDuration({ seconds: 1.5 })).toBeUndefined();
    expect(cimIntervalFromMicroseconds(-1n)).toBeUndefined();
  });
});
