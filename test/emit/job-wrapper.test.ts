import { describe, expect, it } from "vitest";
import { generateFiles } from "../../src/emit/generate-files.js";
import type { Schema } from "../../src/model/model.js";
import { buildSchema, type MethodInput, prim, ref } from "./schema-builder.js";

const runtimeSources = new Map([["index.ts", "export {};\n"]]);
const jobCodes = { ValueMap: ["0", "2", "4096", "32775"], Values: ["OK", "Failed", "Job", "Busy"] };

/**
 * CIM_Job → CIM_ConcreteJob → Msvm_ConcreteJob, a service declaring `method`, a subclass in
 * its namespace and one in another namespace.
 */
function serviceSchema(method: MethodInput): Schema {
  return buildSchema([
    { name: "CIM_Job", abstract: true },
    { name: "CIM_ConcreteJob", superclass: "CIM_Job" },
    { name: "Msvm_ConcreteJob", superclass: "CIM_ConcreteJob" },
    { name: "CIM_Other" },
    { name: "Svc", methods: [method] },
    { name: "Msvm_Svc", superclass: "Svc" },
    { name: "Remote_Svc", superclass: "Svc", namespace: "root/remote" },
  ]);
}

async function generate(method: MethodInput) {
  const { files, diagnostics } = await generateFiles(serviceSchema(method), { runtimeSources });
  expect(diagnostics).toEqual([]);
  return files;
}

const jobOut = { name: "Job", type: ref("Msvm_ConcreteJob"), in: false, out: true };

describe("job-aware wrappers", () => {
  it("wraps a method returning 4096 with an OUT reference to a CIM_Job subclass", async () => {
    const files = await generate({ name: "Start", q: jobCodes, parameters: [jobOut] });
    expect(files.get("Svc.ts")).toContain(
      [
        "  $jobs: {",
        "    /**",
        "     * Calls {@link Svc.Start} and tells its outcomes apart:",
        "     * - `completed`: 0, the method finished.",
        "     * - `job`: 4096, the work continues in the {@link Msvm_ConcreteJob} named by `Job`;",
        "     *   poll it with the runtime's `waitForJob`.",
        "     * - `failed`: any other code, with its Values name.",
        "     */",
        "    async Start(",
        "      transport: $rt.CimTransport,",
        '      target: $rt.CimReference<"Svc">,',
        "      options: $rt.CimInvokeOptions = {},",
        '    ): Promise<$rt.CimJobResult<Svc_Start_Output, "Msvm_ConcreteJob">> {',
        "      const output = await Svc.Start(transport, target, options);",
        "      return $rt.classifyJobResult(",
        "        Svc.$methods.Start,",
        "        output,",
        '        "Job",',
        "        Svc_Start_ReturnValue_ValueMap,",
        "      );",
        "    },",
        "  },",
      ].join("\n"),
    );
  });

  it("forwards the wrapper of an inherited method to the declaring class's", async () => {
    const files = await generate({ name: "Start", q: jobCodes, parameters: [jobOut] });
    const sub = files.get("Msvm_Svc.ts") ?? "";
    expect(sub).toContain('import { Svc } from "./Svc.js";');
    expect(sub).toContain(
      [
        "  $jobs: {",
        "    /**",
        "     * Inherited from {@link Svc.$jobs.Start}.",
        "     */",
        '    Start: $rt.inheritedMethod("Msvm_Svc", () => Svc.$jobs.Start),',
        "  },",
      ].join("\n"),
    );
    expect(sub).not.toContain("classifyJobResult");
  });

  it("wraps a method inherited from another namespace in full, importing the return codes as a value", async () => {
    const files = await generate({ name: "Start", q: jobCodes, parameters: [jobOut] });
    const sub = files.get("Remote_Svc.ts") ?? "";
    expect(sub).toContain(
      'import { type Svc, type Svc_Start_Output, Svc_Start_ReturnValue_ValueMap } from "./Svc.js";',
    );
    expect(sub).toContain("const output = await Remote_Svc.Start(transport, target, options);");
  });

  it("passes input to the raw binding and leaves out the target of a static method", async () => {
    const files = await generate({
      name: "Create",
      static: true,
      q: jobCodes,
      parameters: [{ name: "Size", type: prim("uint64"), q: { Required: true } }, jobOut],
    });
    const svc = files.get("Svc.ts") ?? "";
    expect(svc).toContain("const output = await Svc.Create(transport, input, options);");
    // A static method has no target to retype: its subclasses bind it in full.
    expect(files.get("Msvm_Svc.ts")).toContain(
      "const output = await Msvm_Svc.Create(transport, input, options);",
    );
    expect(svc).toContain(
      "    async Create(\n      transport: $rt.CimTransport,\n      input: Svc_Create_Input,",
    );
  });

  it.each([
    ["no 4096 code", { ValueMap: ["0", "1"], Values: ["OK", "Failed"] }, [jobOut]],
    ["no return-code ValueMap", {}, [jobOut]],
    ["an IN-only job reference", jobCodes, [{ ...jobOut, in: true, out: false }]],
    ["a reference to a class that is not a job", jobCodes, [{ ...jobOut, type: ref("CIM_Other") }]],
    ["an array of job references", jobCodes, [{ ...jobOut, array: true }]],
  ] as const)("adds no wrapper for %s", async (_, q, parameters) => {
    const files = await generate({ name: "Start", q, parameters });
    expect(files.get("Svc.ts")).not.toContain("$jobs");
    expect(files.get("Svc.ts")).not.toContain("classifyJobResult");
  });

  it("adds no wrapper for a uint64 return value", async () => {
    const files = await generate({
      name: "Start",
      returnType: prim("uint64"),
      q: jobCodes,
      parameters: [jobOut],
    });
    expect(files.get("Svc.ts")).not.toContain("$jobs");
  });

  it("accepts CIM_Job itself as the job class", async () => {
    const files = await generate({
      name: "Start",
      q: jobCodes,
      parameters: [{ ...jobOut, type: ref("cim_job") }],
    });
    expect(files.get("Svc.ts")).toContain('Promise<$rt.CimJobResult<Svc_Start_Output, "CIM_Job">>');
  });
});
