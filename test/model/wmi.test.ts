import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { qualifierValues, resolveInline } from "./resolve-inline.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const fixture = (...names: string[]) =>
  Object.fromEntries(
    names.map((name) => [name, fs.readFileSync(path.join(repoRoot, "fixtures", name), "utf8")]),
  );

describe("WMI amendments (fixtures/wmi-amendment)", () => {
  const files = fixture("wmi-amendment/Sample.mof", "wmi-amendment/Sample.mfl");

  it("merges the en-US Amended qualifiers onto the base classes and members", () => {
    const r = resolveInline(files);
    expect(r.found).toEqual(["MOF3601 17:67", "MOF3601 21:7"]);
    expect([...r.schema.classes.values()].map((c) => `${c.name} ${c.namespace}`)).toEqual([
      "Sample_Element Root/Sample",
      "Sample_Service Root/Sample",
    ]);
    const service = r.cls("Sample_Service");
    expect(qualifierValues(service)).toEqual({
      Description: "A service.",
      Dynamic: true,
      Provider: "SampleProvider",
      Locale: 1033n,
      DisplayName: "Service",
    });
    expect(service.qualifiers.get("description")?.flavors.amended).toBe(true);
    const state = service.properties.find((p) => p.name === "State")!;
    expect(state.origin).toBe("Sample_Element");
    expect(qualifierValues(state)).toEqual({
      ValueMap: ["0", "2", "3", ".."],
      Description: "Current state.",
      Values: ["Unknown", "Running", "Stopped", "Reserved"],
    });
    const restart = service.methods[0]!;
    expect(qualifierValues(restart)).toEqual({
      Implemented: true,
      ValueMap: ["0", "1", "4096"],
      Description: "Restarts the service.",
      Values: ["Completed", "Failed", "Job started"],
    });
    expect(
      restart.parameters.map((p) => [p.name, p.in, p.out, p.qualifiers.get("description")?.value]),
    ).toEqual([
      ["Force", true, false, "Restart even when busy."],
      ["Job", false, true, "The job."],
    ]);
  });

  it.each(["0x407", "1031", "ms_407", "de-DE"])("merges the locale selected as %s", (locale) => {
    const r = resolveInline(files, { locale });
    expect(r.found).toEqual([]);
    expect(qualifierValues(r.cls("Sample_Element"))).toEqual({
      Abstract: true,
      Locale: 1033n,
      UUID: "{9A1B2C3D-0000-4000-8000-000000000001}",
      Description: "Basis jedes Beispielelements.",
    });
    // Sample_Service has no German amendment: it inherits its superclass's description.
    expect(r.cls("Sample_Service").qualifiers.get("description")).toMatchObject({
      value: "Basis jedes Beispielelements.",
      origin: "Sample_Element",
    });
  });

  it("warns about an unknown locale and merges the default one", () => {
    const r = resolveInline(files, { locale: "xx-YY" });
    expect(r.found).toEqual(["MOF3602", "MOF3601 17:67", "MOF3601 21:7"]);
    expect(r.cls("Sample_Element").qualifiers.get("description")?.value).toBe(
      "Base of every sample element.",
    );
  });
});

describe("WMI system classes (fixtures/wmi-provider)", () => {
  it("knows the system classes the input uses, implicitly", () => {
    const r = resolveInline(fixture("wmi-provider/SampleProvider.mof"));
    expect(r.found).toEqual([]);
    const implicit = [...r.schema.classes.values()].filter((c) => c.implicit).map((c) => c.name);
    expect(implicit).toEqual([
      "__SystemClass",
      "__NotifyStatus",
      "__ExtendedStatus",
      "__Provider",
      "__Win32Provider",
      "__ProviderRegistration",
      "__ObjectProviderRegistration",
      "__InstanceProviderRegistration",
      "__MethodProviderRegistration",
      "__IndicationRelated",
      "__Event",
      "__ExtrinsicEvent",
    ]);
    const event = r.cls("Sample_StatusEvent");
    expect(event.superclass).toBe("__ExtrinsicEvent");
    expect(event.isIndication).toBe(true);
    expect(event.properties.map((p) => `${p.name}@${p.origin}`)).toEqual([
      "SECURITY_DESCRIPTOR@__Event",
      "TIME_CREATED@__Event",
      "Code@Sample_StatusEvent",
      "Detail@Sample_StatusEvent",
    ]);
    expect(r.cls("Sample_Status").properties.map((p) => p.name)).toEqual([
      "StatusCode",
      "Description",
      "Operation",
      "ParameterInfo",
      "ProviderName",
      "Extra",
    ]);
    expect(r.cls("__Provider").isAbstract).toBe(true);
    expect(r.schema.instances.map((i) => [i.className, i.properties[0]?.value])).toEqual([
      ["__Win32Provider", "SampleProvider"],
      ["__InstanceProviderRegistration", '__Win32Provider.Name="SampleProvider"'],
      ["__MethodProviderRegistration", '__Win32Provider.Name="SampleProvider"'],
    ]);
    const reset = r.cls("Sample_Config").methods[0]!;
    expect(reset.static).toBe(true);
    expect(reset.parameters[1]?.type).toEqual({ kind: "object", className: "__ExtendedStatus" });
  });

  it.each([
    ['"__ExtendedStatus"'],
    [String.raw`"\x5F\x005FExtendedStatus"`],
    [String.raw`"\x005f_ExtendedStatus"`],
    ['"_" "_ExtendedStatus"'],
  ])("knows a system class that only EmbeddedInstance(%s) names", (value) => {
    const r = resolveInline({
      "a.mof": "class A { string S; };",
      "b.mof": `class B { [EmbeddedInstance(${value})] string S; };`,
    });
    expect(r.found).toEqual([]);
    expect(r.cls("__ExtendedStatus").implicit).toBe(true);
    expect(r.cls("B").properties[0]?.qualifiers.get("embeddedinstance")?.value).toBe(
      "__ExtendedStatus",
    );
  });

  it("lets a declared system class win over the implicit one", () => {
    const r = resolveInline(`class __Provider { string Own; };
class P : __Win32Provider { };`);
    expect(r.found).toEqual([]);
    expect(r.cls("__Provider").implicit).toBe(false);
    expect(r.cls("P").properties[0]?.name).toBe("Own");
    expect(r.cls("__Win32Provider").implicit).toBe(true);
    expect(r.schema.classes.has("__systemclass")).toBe(false);
  });
});
