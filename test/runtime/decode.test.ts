import { describe, expect, it } from "vitest";
import { decodeCimInstance, decodeWireValue } from "../../src/runtime/decode.js";
import type { CimClassMeta, CimValueMeta } from "../../src/runtime/metadata.js";
import { CimDecodeError } from "../../src/runtime/wire-error.js";
import type { WireValue } from "../../src/runtime/wire-value.js";

const meta = (type: CimValueMeta["type"], extra: Partial<CimValueMeta> = {}): CimValueMeta => ({
  name: "Value",
  type,
  ...extra,
});

function decoded(m: CimValueMeta, raw: WireValue, int64?: "bigint" | "string" | "number") {
  const result = decodeWireValue(m, raw, int64 === undefined ? {} : { int64 });
  if (!result.ok) throw new Error(`unexpected failure: ${result.error.message}`);
  return result.value;
}

function failure(m: CimValueMeta, raw: WireValue, int64?: "bigint" | "string" | "number") {
  const result = decodeWireValue(m, raw, {
    location: { className: "CIM_Job", methodName: "KillJob", elementName: m.name },
    ...(int64 === undefined ? {} : { int64 }),
  });
  if (result.ok) throw new Error("unexpected success");
  return result.error;
}

describe("integers", () => {
  it.each([
    ["uint8", 255, 255],
    ["uint8", "7", 7],
    ["sint8", "-128", -128],
    ["uint16", " 65535 ", 65535],
    ["uint32", 4096, 4096],
    ["sint32", 5n, 5],
  ] as const)("decodes %s from %s", (type, raw, value) => {
    expect(decoded(meta(type), raw)).toBe(value);
  });

  it.each([
    ["uint8", 256, "out of range"],
    ["uint8", -1, "out of range"],
    ["uint32", 1.5, ""],
    ["uint32", "abc", ""],
    ["uint32", true, ""],
    ["uint32", "0x10", ""],
  ] as const)("rejects %s from %s", (type, raw, reason) => {
    const error = failure(meta(type), raw);
    expect(error).toBeInstanceOf(CimDecodeError);
    expect(error.message).toContain(reason);
  });

  it("decodes the largest uint64 exactly in every mode that can hold it", () => {
    expect(decoded(meta("uint64"), "18446744073709551615")).toBe(18446744073709551615n);
    expect(decoded(meta("uint64"), "18446744073709551615", "string")).toBe("18446744073709551615");
    expect(decoded(meta("uint64"), 42, "number")).toBe(42);
    expect(decoded(meta("sint64"), -9223372036854775808n)).toBe(-9223372036854775808n);
  });

  it("refuses to round a uint64 in number mode", () => {
    expect(failure(meta("uint64"), "18446744073709551615", "number").message).toContain(
      "beyond 2^53",
    );
  });

  it("names class, method and parameter for a malformed uint64", () => {
    const error = failure(meta("uint64", { name: "Size" }), "abc");
    expect(error.message).toBe('CIM_Job.KillJob() Size: expected uint64, got "abc"');
    expect(error.location).toEqual({
      className: "CIM_Job",
      methodName: "KillJob",
      elementName: "Size",
      path: [],
    });
    expect(error.expected).toBe("uint64");
  });

  it("decodes an unknown ValueMap code as a plain number", () => {
    expect(decoded(meta("uint32"), 99999)).toBe(99999);
  });
});

describe("other scalars", () => {
  it.each([
    ["real64", "1.5e3", 1500],
    ["real32", -0.25, -0.25],
    ["real64", "-INF", Number.NEGATIVE_INFINITY],
    ["boolean", true, true],
    ["boolean", "FALSE", false],
    ["boolean", "true", true],
    ["string", "text", "text"],
    ["char16", "x", "x"],
    ["char16", 65, "A"],
  ] as const)("decodes %s from %s", (type, raw, value) => {
    expect(decoded(meta(type), raw)).toBe(value);
  });

  it("decodes NaN from its XML spelling", () => {
    expect(decoded(meta("real64"), "NaN")).toBeNaN();
  });

  it.each([
    ["real64", "1,5"],
    ["boolean", "yes"],
    ["boolean", 1],
    ["string", 5],
    ["char16", "ab"],
  ] as const)("rejects %s from %s", (type, raw) => {
    expect(failure(meta(type), raw)).toBeInstanceOf(CimDecodeError);
  });

  it("keeps CIM NULL as null", () => {
    expect(decoded(meta("uint32"), null)).toBeNull();
  });
});

describe("datetimes", () => {
  it("brands valid timestamps and intervals", () => {
    expect(decoded(meta("datetime"), "20240131120000.000000+060")).toBe(
      "20240131120000.000000+060",
    );
    expect(decoded(meta("datetime"), "00000001000000.000000:000")).toBe(
      "00000001000000.000000:000",
    );
  });

  it("explains why a datetime is malformed", () => {
    expect(failure(meta("datetime"), "2024-01-31").message).toContain("is not 25 characters long");
  });
});

describe("references", () => {
  const ref = meta("reference", { name: "Job", refClass: "CIM_ConcreteJob" });

  it("parses path text", () => {
    expect(
      decoded(ref, '\\\\H\\root\\virtualization\\v2:Msvm_ConcreteJob.InstanceID="J1"'),
    ).toEqual({
      host: "H",
      namespace: "root\\virtualization\\v2",
      className: "Msvm_ConcreteJob",
      keys: { InstanceID: "J1" },
    });
  });

  it("accepts path objects", () => {
    expect(decoded(ref, { className: "Msvm_ConcreteJob", keys: { InstanceID: "J1" } })).toEqual({
      className: "Msvm_ConcreteJob",
      keys: { InstanceID: "J1" },
    });
  });

  it("rejects class paths and garbage", () => {
    expect(failure(ref, "Msvm_ConcreteJob").message).toBe(
      'CIM_Job.KillJob() Job: expected reference to CIM_ConcreteJob, got "Msvm_ConcreteJob" (not an instance path)',
    );
    expect(failure(ref, 42)).toBeInstanceOf(CimDecodeError);
  });
});

describe("arrays", () => {
  it("decodes each element and keeps null elements", () => {
    expect(decoded(meta("uint16", { array: true }), ["1", 2, null])).toEqual([1, 2, null]);
  });

  it("treats a lone scalar as a one-element array", () => {
    expect(decoded(meta("uint64", { array: true }), "5")).toEqual([5n]);
  });

  it("reports the index of a bad element", () => {
    const error = failure(meta("uint16", { name: "Codes", array: true }), [1, "x"]);
    expect(error.message).toBe('CIM_Job.KillJob() Codes[1]: expected uint16, got "x"');
    expect(error.location.path).toEqual([1]);
  });

  it("rejects an array where a scalar is declared", () => {
    expect(failure(meta("uint16"), [1]).message).toContain(
      "an array where a single value is declared",
    );
  });
});

describe("embedded instances", () => {
  const summary: CimClassMeta = {
    name: "Msvm_SummaryInformation",
    properties: [
      { name: "Name", type: "string", key: true },
      { name: "MemoryUsage", type: "uint64" },
      { name: "Uptime", type: "uint64" },
    ],
  };
  const classes = new Map([["msvm_summaryinformation", summary]]);
  const resolveClass = (name: string) => classes.get(name.toLowerCase());
  const embedded = meta("string", {
    name: "SummaryInformation",
    embeddedClass: "Msvm_SummaryInformation",
  });

  it("decodes known properties by type, with canonical names, and keeps unknown ones raw", () => {
    const raw = {
      className: "Msvm_SummaryInformation",
      properties: { name: "vm1", MemoryUsage: "2048", Extra: "kept" },
    };
    expect(decodeWireValue(embedded, raw, { resolveClass })).toEqual({
      ok: true,
      value: {
        className: "Msvm_SummaryInformation",
        properties: { Name: "vm1", MemoryUsage: 2048n, Extra: "kept" },
      },
    });
  });

  it("falls back to the declared class for an unknown subclass", () => {
    const raw = { className: "Vendor_Summary", properties: { MemoryUsage: 1 } };
    expect(decodeWireValue(embedded, raw, { resolveClass })).toEqual({
      ok: true,
      value: { className: "Vendor_Summary", properties: { MemoryUsage: 1n } },
    });
  });

  it("reports the property path of a bad embedded value", () => {
    const raw = { className: "Msvm_SummaryInformation", properties: { Uptime: "soon" } };
    const result = decodeWireValue(embedded, raw, { resolveClass });
    expect(!result.ok && result.error.message).toBe(
      'SummaryInformation.Uptime: expected uint64, got "soon"',
    );
  });

  it("keeps MOF and CIM-XML text in a wrapper", () => {
    expect(decoded(embedded, '<INSTANCE CLASSNAME="Msvm_SummaryInformation"/>')).toEqual({
      format: "cim-xml",
      text: '<INSTANCE CLASSNAME="Msvm_SummaryInformation"/>',
    });
    expect(decoded(embedded, "instance of Msvm_SummaryInformation { };")).toEqual({
      format: "mof",
      text: "instance of Msvm_SummaryInformation { };",
    });
  });

  it("decodes a fetched instance and refuses text for one", () => {
    const raw = { className: "Msvm_SummaryInformation", properties: { Uptime: "3" } };
    expect(decodeCimInstance("Msvm_SummaryInformation", raw, { resolveClass })).toEqual({
      ok: true,
      value: { className: "Msvm_SummaryInformation", properties: { Uptime: 3n } },
    });
    const text = decodeCimInstance("Msvm_SummaryInformation", "instance of X {};");
    expect(!text.ok && text.error.message).toBe(
      'Msvm_SummaryInformation: expected embedded instance of Msvm_SummaryInformation, got "instance of X {};"',
    );
  });
});
