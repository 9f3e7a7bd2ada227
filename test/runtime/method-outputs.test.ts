import { describe, expect, it } from "vitest";
import { parseCimDateTime } from "../../src/runtime/datetime.js";
import type { CimMethodOutput } from "../../src/runtime/invoke.js";
import { invokeCimMethod } from "../../src/runtime/invoke.js";
import type { CimMethodMeta } from "../../src/runtime/metadata.js";
import type { CimTransport } from "../../src/runtime/transport.js";
import { CimDecodeError } from "../../src/runtime/wire-error.js";
import type { WireValue } from "../../src/runtime/wire-value.js";

/** Answers every call with `output`. */
function answering(output: Readonly<Record<string, WireValue>>): CimTransport {
  return { invokeMethod: () => Promise.resolve(output) };
}

function method(returnType: CimMethodMeta["returnType"], extra: Partial<CimMethodMeta> = {}) {
  const meta: CimMethodMeta = {
    className: "Sample_Service",
    name: "Run",
    returnType,
    parameters: [],
  };
  return { ...meta, ...extra };
}

describe("return values that are not uint32", () => {
  it("decodes a uint64 return value as a bigint by default", async () => {
    const output: CimMethodOutput = await invokeCimMethod(
      answering({ ReturnValue: "18446744073709551615" }),
      method("uint64"),
      null,
      {},
    );
    expect(output).toEqual({ ReturnValue: 18446744073709551615n });
  });

  it("decodes a uint64 return value as text in the string int64 mode", async () => {
    const output = await invokeCimMethod(
      answering({ ReturnValue: 42 }),
      method("uint64"),
      null,
      {},
      { int64: "string" },
    );
    expect(output.ReturnValue).toBe("42");
  });

  it("decodes string and datetime return values", async () => {
    const text = await invokeCimMethod(
      answering({ ReturnValue: "ok" }),
      method("string"),
      null,
      {},
    );
    expect(text.ReturnValue).toBe("ok");
    const stamp = "20260126101500.000000+060";
    const when = await invokeCimMethod(
      answering({ ReturnValue: stamp }),
      method("datetime"),
      null,
      {},
    );
    const parsed = parseCimDateTime(stamp);
    expect(parsed.ok && when.ReturnValue === parsed.value).toBe(true);
  });
});

describe("void methods", () => {
  const getSettings = method("void", {
    parameters: [
      { name: "Count", type: "uint32", out: true },
      { name: "ReturnValue", type: "uint16", out: true },
    ],
  });

  it("need no ReturnValue", async () => {
    const output = await invokeCimMethod(answering({ Count: "3" }), method("void"), null, {});
    expect(output).toEqual({});
  });

  it("decode an OUT parameter named ReturnValue as that parameter", async () => {
    const output = await invokeCimMethod(
      answering({ count: 3, returnvalue: "7" }),
      getSettings,
      null,
      {},
    );
    expect(output).toEqual({ Count: 3, ReturnValue: 7 });
  });

  it("check that OUT parameter against its own type", async () => {
    const call = invokeCimMethod(answering({ ReturnValue: 70000 }), getSettings, null, {});
    await expect(call).rejects.toThrow(CimDecodeError);
    await expect(call).rejects.toThrow(/Sample_Service\.Run\(\) ReturnValue/);
  });

  it("drop a ReturnValue the transport sends for a method without one", async () => {
    const output = await invokeCimMethod(
      answering({ ReturnValue: 0, Count: 1 }),
      method("void", { parameters: [{ name: "Count", type: "uint32", out: true }] }),
      null,
      {},
    );
    expect(output).toEqual({ Count: 1 });
  });
});

describe("a non-void method with an OUT parameter named ReturnValue", () => {
  it("keeps the decoded return value", async () => {
    const output = await invokeCimMethod(
      answering({ ReturnValue: "5" }),
      method("uint32", { parameters: [{ name: "ReturnValue", type: "string", out: true }] }),
      null,
      {},
    );
    expect(output).toEqual({ ReturnValue: 5 });
  });
});
