import { describe, expect, it } from "vitest";
import type { CimValueMap } from "../../src/runtime/value-map.js";
import {
  inValueRange,
  isClaimedValue,
  lookupValueCode,
  lookupValueName,
} from "../../src/runtime/value-map.js";

// CIM_Job.KillJob: ValueMap {"0","1","2","3","4","6","7","8..32767","32768..65535"}.
const killJob = {
  singles: [
    [0, "Success"],
    [1, "Not Supported"],
    [2, "Unknown"],
    [3, "Timeout"],
    [4, "Failed"],
    [6, "Access Denied"],
    [7, "Not Found"],
  ],
  ranges: [
    { lo: 8, hi: 32767, name: "DMTF Reserved" },
    { lo: 32768, hi: 65535, name: "Vendor Specific" },
  ],
} as const satisfies CimValueMap;

// pywbem's example "0","2..4","..6","7..","9",".." with the open bounds resolved by the
// generator from the neighbouring entries.
const pywbemExample: CimValueMap = {
  singles: [
    [0, "zero"],
    [9, "nine"],
  ],
  ranges: [
    { lo: 2, hi: 4, name: "two-four" },
    { lo: 5, hi: 6, name: "five-six" },
    { lo: 7, hi: 8, name: "seven-eight" },
  ],
  unclaimed: "unclaimed",
};

describe("lookupValueName", () => {
  it.each([
    [0, "Success"],
    [4, "Failed"],
    [6, "Access Denied"],
    [7, "Not Found"],
    [5, undefined],
    [9, "DMTF Reserved"],
    [32767, "DMTF Reserved"],
    [32768, "Vendor Specific"],
    [40000, "Vendor Specific"],
    [65536, undefined],
  ])("names KillJob code %d as %s", (code, name) => {
    expect(lookupValueName(killJob, code)).toBe(name);
  });

  it("names every code of pywbem's example like pywbem does", () => {
    const names = Array.from({ length: 12 }, (_, code) => lookupValueName(pywbemExample, code));
    expect(names).toEqual([
      "zero",
      "unclaimed",
      "two-four",
      "two-four",
      "two-four",
      "five-six",
      "five-six",
      "seven-eight",
      "seven-eight",
      "nine",
      "unclaimed",
      "unclaimed",
    ]);
  });

  it("compares bigint and number codes by value", () => {
    const wide: CimValueMap = {
      singles: [[5n, "five"]],
      ranges: [{ lo: 2n ** 40n, name: "huge" }],
    };
    expect(lookupValueName(wide, 5)).toBe("five");
    expect(lookupValueName(killJob, 4n)).toBe("Failed");
    expect(lookupValueName(wide, 2 ** 41)).toBe("huge");
    expect(lookupValueName(wide, 6)).toBeUndefined();
  });

  it("does not match a non-integer or NaN code to a single value", () => {
    expect(lookupValueName(killJob, 0.5)).toBeUndefined();
    expect(lookupValueName(killJob, Number.NaN)).toBeUndefined();
  });
});

describe("range guards", () => {
  it("treats absent bounds as open", () => {
    expect(inValueRange({ hi: 6, name: "low" }, -1000)).toBe(true);
    expect(inValueRange({ hi: 6, name: "low" }, 7)).toBe(false);
    expect(inValueRange({ lo: 7, name: "high" }, 2n ** 63n)).toBe(true);
    expect(inValueRange({ lo: 7, name: "high" }, 6)).toBe(false);
  });

  it("includes both ends of a closed range", () => {
    const [reserved, vendor] = killJob.ranges;
    expect(inValueRange(reserved, 8)).toBe(true);
    expect(inValueRange(reserved, 32768)).toBe(false);
    expect(inValueRange(vendor, 65535)).toBe(true);
  });

  it("counts singles and ranges as claimed, but not the unclaimed marker", () => {
    expect(isClaimedValue(killJob, 6)).toBe(true);
    expect(isClaimedValue(killJob, 40000)).toBe(true);
    expect(isClaimedValue(killJob, 5)).toBe(false);
    expect(isClaimedValue(pywbemExample, 1)).toBe(false);
  });
});

describe("lookupValueCode", () => {
  it("finds single values by name and nothing for ranges", () => {
    expect(lookupValueCode(killJob, "Access Denied")).toBe(6);
    expect(lookupValueCode(killJob, "Vendor Specific")).toBeUndefined();
    expect(lookupValueCode(killJob, "access denied")).toBeUndefined();
  });
});
