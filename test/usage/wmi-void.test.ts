/**
 * Consumer of the wmi-void goldens: `void` methods (no ReturnValue, in types and at run time)
 * and embedded instances decoded by default with the generated class registry, subclasses
 * and inherited properties included. Type-checked by generated/tsconfig.json.
 */
import { describe, expect, it } from "vitest";
import {
  resolveClass,
  type Sample_ExtendedSettings,
  Sample_Service,
  type Sample_Service_Reset_Output,
  Sample_Settings,
} from "../../generated/wmi-void/index.js";
import type { CimTransport, WireValue } from "../../generated/wmi-void/runtime/index.js";
import { cimReference, isCimDateTime } from "../../generated/wmi-void/runtime/index.js";

function answering(output: Readonly<Record<string, WireValue>>): CimTransport {
  return { invokeMethod: () => Promise.resolve(output) };
}

const service = cimReference("Sample_Service", { Name: "svc" });

describe("void methods", () => {
  it("resolve without a ReturnValue and have none in their output type", async () => {
    const output: Sample_Service_Reset_Output = await Sample_Service.Reset(answering({}), service);
    expect(output).toEqual({});
    // @ts-expect-error a void method's output has no ReturnValue
    expect(output.ReturnValue).toBeUndefined();
    expect(Sample_Service.$methods.Reset.returnType).toBe("void");
  });

  it("keep an OUT parameter named ReturnValue as a parameter", async () => {
    const output = await Sample_Service.GetSettings(answering({ ReturnValue: "3" }));
    const count: number | undefined = output.ReturnValue;
    expect(count).toBe(3);
  });
});

describe("embedded instances", () => {
  const extended = {
    className: "Sample_ExtendedSettings",
    properties: {
      InstanceID: "s-1",
      Capacity: "18446744073709551615",
      Created: "20260126101500.000000+060",
      Extra: "12",
      Unknown: "kept as sent",
    },
  };

  it("decode a subclass instance with the registry by default", async () => {
    const { Settings } = await Sample_Service.GetSettings(answering({ Settings: extended }));
    if (Settings === undefined || "text" in Settings) throw new Error("expected an instance");
    expect(Settings.className).toBe("Sample_ExtendedSettings");
    const properties = Settings.properties as Sample_ExtendedSettings;
    expect(properties.Capacity).toBe(18446744073709551615n);
    expect(isCimDateTime(properties.Created ?? "")).toBe(true);
    expect(properties.Extra).toBe(12);
    expect(Settings.properties).toMatchObject({ Unknown: "kept as sent" });
  });

  it("use the caller's resolver when the options name one", async () => {
    const { Settings } = await Sample_Service.GetSettings(answering({ Settings: extended }), {
      resolveClass: () => undefined,
    });
    expect(Settings).toEqual(extended);
  });

  it("find every class case-insensitively, inherited properties included", () => {
    expect(resolveClass("SAMPLE_SETTINGS")).toBe(Sample_Settings.$class);
    expect(resolveClass("sample_extendedsettings")?.properties.map((p) => p.name)).toEqual([
      "InstanceID",
      "Capacity",
      "SizeMB",
      "Created",
      "Extra",
    ]);
    expect(resolveClass("Sample_Missing")).toBeUndefined();
  });
});
