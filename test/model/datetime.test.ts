import { describe, expect, it } from "vitest";
import { datetimeKind, datetimeProblem } from "../../src/model/datetime.js";

describe("CIM datetime", () => {
  it.each([
    "20240101120000.000000+060",
    "20241231235960.999999-720",
    "20240101******.******+000",
    "2024**********.******+000",
    "20240101120000.123***+000",
    "00000001132312.000000:000",
    "99999999235959.999999:000",
    "********1212**.******:000",
  ])("accepts %s", (text) => {
    expect(datetimeProblem(text)).toBeUndefined();
  });

  it.each([
    ["2024", "a CIM datetime has 25 characters, found 4"],
    ["20240101120000,000000+060", "expected '.' after the seconds (position 15)"],
    ["20240101120000.000000*060", "expected '+', '-' (timestamp) or ':' (interval) at position 22"],
    ["20241301120000.000000+060", "month 13 out of range"],
    ["20240100120000.000000+060", "day 00 out of range"],
    ["00000000000000.000000+000", "month 00 out of range"],
    ["20240101240000.000000+060", "hours 24 out of range"],
    ["2024010112x000.000000+060", "invalid minutes 'x0'"],
    ["20240101120000.**1234+060", "invalid microseconds '**1234'"],
    ["20240101120000.000000+06a", "invalid UTC offset '06a'"],
    ["00000001132312.000000:001", "an interval ends in ':000', found ':001'"],
    ["00000001132360.000000:000", "seconds 60 out of range"],
    ["2*240101120000.000000+060", "invalid year '2*24'"],
  ])("rejects %s", (text, problem) => {
    expect(datetimeProblem(text)).toBe(problem);
  });

  it("tells intervals from timestamps", () => {
    expect(datetimeKind("00000001132312.000000:000")).toBe("interval");
    expect(datetimeKind("20240101120000.000000+060")).toBe("timestamp");
  });
});
