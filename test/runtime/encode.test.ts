import { describe, expect, it } from "vitest";
import { encodeWireValue } from "../../src/runtime/encode.js";
import type { CimClassMeta, CimValueMeta } from "../../src/runtime/metadata.js";
import { cimReference } from "../../src/runtime/reference.js";
import { CimEncodeError } from "../../src/runtime/wire-error.js";

const meta = (type: CimValueMeta["type"], extra: Partial<CimValueMeta> = {}): CimValueMeta => ({
  name: "Value",
  type,
  ...extra,
});

function encoded(m: CimValueMeta, value: unknown, options = {}) {
  const result = encodeWireValue(m, value, options);
  if (!result.ok) throw new Error(`unexpected failure: ${result.error.message}`);
  return result.value;
}

describe("encodeWireValue", () => {
  it("sends 64-bit integers as decimal strings and smaller ones as numbers", () => {
    expect(encoded(meta("uint64"), 18446744073709551615n)).toBe("18446744073709551615");
    expect(encoded(meta("sint64"), -5)).toBe("-5");
    expect(encoded(meta("uint64"), "42")).toBe("42");
    expect(encoded(meta("uint16"), 7n)).toBe(7);
    expect(encoded(meta("uint32"), 4096)).toBe(4096);
  });

  it.each([
    ["uint8", 256],
    ["uint32", 1.5],
    ["uint32", "5"],
    ["uint64", -1n],
    ["boolean", "true"],
    ["datetime", "2024-01-31"],
    ["char16", ""],
  ] as const)("rejects %s from %s", (type, value) => {
    const result = encodeWireValue(meta(type), value);
    expect(!result.ok && result.error).toBeInstanceOf(CimEncodeError);
  });

  it("names the element and position of a bad value", () => {
    const result = encodeWireValue(meta("uint8", { name: "Levels", array: true }), [1, 300], {
      location: { className: "C", methodName: "M" },
    });
    expect(!result.ok && result.error.message).toBe(
      "C.M() Levels[1]: cannot send 300 as uint8 (out of range)",
    );
  });

  it("sends datetimes as text, converting a Date to a UTC timestamp", () => {
    expect(encoded(meta("datetime"), "00000000000500.000000:000")).toBe(
      "00000000000500.000000:000",
    );
    expect(encoded(meta("datetime"), new Date("2024-01-31T11:00:00Z"))).toBe(
      "20240131110000.000000+000",
    );
  });

  it("sends references as clean path objects, parsing text", () => {
    const ref = cimReference(
      "Msvm_ComputerSystem",
      { Name: "vm1" },
      { namespace: "root/virtualization/v2" },
    );
    expect(encoded(meta("reference"), ref)).toEqual({
      className: "Msvm_ComputerSystem",
      namespace: "root/virtualization/v2",
      keys: { Name: "vm1" },
    });
    expect(encoded(meta("reference"), 'Msvm_ComputerSystem.Name="vm1"')).toEqual({
      className: "Msvm_ComputerSystem",
      keys: { Name: "vm1" },
    });
    expect(encodeWireValue(meta("reference"), "Msvm_ComputerSystem").ok).toBe(false);
  });

  it("sends embedded instances as wire instances with typed properties, or as their text", () => {
    const settings: CimClassMeta = {
      name: "Msvm_MemorySettingData",
      properties: [{ name: "VirtualQuantity", type: "uint64" }],
    };
    const resolveClass = (name: string) => (name === settings.name ? settings : undefined);
    const m = meta("string", { embeddedClass: "Msvm_MemorySettingData" });
    const instance = {
      className: "Msvm_MemorySettingData",
      properties: { VirtualQuantity: 4096n, ElementName: "mem", Skipped: undefined },
    };
    expect(encoded(m, instance, { resolveClass })).toEqual({
      className: "Msvm_MemorySettingData",
      properties: { VirtualQuantity: "4096", ElementName: "mem" },
    });
    expect(encoded(m, { format: "cim-xml", text: "<INSTANCE/>" })).toBe("<INSTANCE/>");
    expect(encoded(m, "instance of X {};")).toBe("instance of X {};");
  });

  it("passes null through and requires arrays where declared", () => {
    expect(encoded(meta("uint32"), null)).toBeNull();
    expect(encoded(meta("string", { array: true }), ["a", null])).toEqual(["a", null]);
    expect(encodeWireValue(meta("string", { array: true }), "a").ok).toBe(false);
    expect(encodeWireValue(meta("string"), ["a"]).ok).toBe(false);
  });
});
