import { describe, expect, it } from "vitest";
import {
  asCimObjectPath,
  formatCimObjectPath,
  parseCimObjectPath,
} from "../../src/runtime/object-path.js";
import { cimReference, toCimReference } from "../../src/runtime/reference.js";

describe("parseCimObjectPath", () => {
  it("reads a WMI path with host, namespace and an escaped key", () => {
    const text =
      '\\\\HOST\\root\\virtualization\\v2:Msvm_ConcreteJob.InstanceID="6A5C\\"x\\"\\\\y"';
    expect(parseCimObjectPath(text)).toEqual({
      host: "HOST",
      namespace: "root\\virtualization\\v2",
      className: "Msvm_ConcreteJob",
      keys: { InstanceID: '6A5C"x"\\y' },
    });
  });

  it("reads a relative path with several keys in order", () => {
    const path = parseCimObjectPath('Msvm_X.Name="a",CreationClassName="b"');
    expect(path).toEqual({ className: "Msvm_X", keys: { Name: "a", CreationClassName: "b" } });
    expect(Object.keys(path?.keys ?? {})).toEqual(["Name", "CreationClassName"]);
  });

  it("reads numeric, 64-bit and boolean keys", () => {
    expect(
      parseCimObjectPath("root/cimv2:C.A=5,B=-7,C=18446744073709551615,D=true,E=FALSE"),
    ).toEqual({
      namespace: "root/cimv2",
      className: "C",
      keys: { A: 5, B: -7, C: 18446744073709551615n, D: true, E: false },
    });
  });

  it("keeps colons, commas and equals signs inside quoted values", () => {
    expect(parseCimObjectPath('C.Path="\\\\\\\\H\\\\root:X.K=\\"1\\",Y"')?.keys).toEqual({
      Path: '\\\\H\\root:X.K="1",Y',
    });
  });

  it("reads class paths and singletons", () => {
    expect(parseCimObjectPath("//server/root/cimv2:CIM_Foo")).toEqual({
      host: "server",
      namespace: "root/cimv2",
      className: "CIM_Foo",
    });
    expect(parseCimObjectPath("CIM_Singleton=@")).toEqual({ className: "CIM_Singleton", keys: {} });
  });

  it.each([
    ["empty text", ""],
    ["an unterminated string", 'C.K="abc'],
    ["an unknown escape", 'C.K="a\\nb"'],
    ["a trailing comma", 'C.K="a",'],
    ["a bare word value", "C.K=abc"],
    ["a real-valued key", "C.K=1.5"],
    ["the abbreviated single-key form", 'C="a"'],
    ["a host without namespace", "\\\\HOST\\C.K=1"],
    ["text after the value", 'C.K="a"x'],
    ["a key name that is not an identifier", 'C.1K="a"'],
  ])("rejects %s", (_label, text) => {
    expect(parseCimObjectPath(text)).toBeUndefined();
  });
});

describe("formatCimObjectPath", () => {
  it.each([
    '\\\\HOST\\root\\virtualization\\v2:Msvm_ConcreteJob.InstanceID="a\\"b\\\\c"',
    '//server/root/cimv2:CIM_Foo.Name="x",Id=42,Big=18446744073709551615,Flag=TRUE',
    "root\\cimv2:Win32_Process",
    "CIM_Singleton=@",
    'Msvm_X.Name="a",CreationClassName="b"',
  ])("round-trips %s", (text) => {
    const parsed = parseCimObjectPath(text);
    expect(parsed).toBeDefined();
    expect(parsed && formatCimObjectPath(parsed)).toBe(text);
  });

  it("drops a host that has no namespace", () => {
    expect(formatCimObjectPath({ className: "C", host: "H", keys: { K: 1 } })).toBe("C.K=1");
  });
});

describe("asCimObjectPath", () => {
  it("copies only the known fields of a well-formed object", () => {
    const raw = { className: "C", namespace: "root/x", keys: { K: "v" }, extra: 1 };
    const path = asCimObjectPath(raw);
    expect(path).toEqual({ className: "C", namespace: "root/x", keys: { K: "v" } });
    expect(path?.keys).not.toBe(raw.keys);
  });

  it.each([
    ["null", null],
    ["an array", []],
    ["a missing class name", { keys: {} }],
    ["an object key value", { className: "C", keys: { K: {} } }],
    ["a NaN key value", { className: "C", keys: { K: Number.NaN } }],
    ["a numeric namespace", { className: "C", namespace: 5 }],
  ])("rejects %s", (_label, value) => {
    expect(asCimObjectPath(value)).toBeUndefined();
  });
});

describe("references", () => {
  it("builds a typed reference from parts", () => {
    const job = cimReference(
      "Msvm_ConcreteJob",
      { InstanceID: "J1" },
      { namespace: "root/virtualization/v2" },
    );
    expect(job).toEqual({
      className: "Msvm_ConcreteJob",
      keys: { InstanceID: "J1" },
      namespace: "root/virtualization/v2",
    });
    expect(formatCimObjectPath(job)).toBe(
      'root/virtualization/v2:Msvm_ConcreteJob.InstanceID="J1"',
    );
  });

  it("brands instance paths but not class paths", () => {
    expect(toCimReference({ className: "C", keys: { K: 1 } })).toEqual({
      className: "C",
      keys: { K: 1 },
    });
    expect(toCimReference({ className: "C" })).toBeUndefined();
  });
});
