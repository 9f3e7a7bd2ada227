import { describe, expect, it } from "vitest";
import { classifyJobResult } from "../../src/runtime/job.js";
import type { CimMethodMeta } from "../../src/runtime/metadata.js";
import type { CimReference } from "../../src/runtime/reference.js";
import { cimReference } from "../../src/runtime/reference.js";
import type { CimValueMap } from "../../src/runtime/value-map.js";
import { CimDecodeError } from "../../src/runtime/wire-error.js";

const defineSystem: CimMethodMeta = {
  className: "Msvm_VirtualSystemManagementService",
  name: "DefineSystem",
  returnType: "uint32",
  parameters: [{ name: "Job", type: "reference", refClass: "CIM_ConcreteJob", out: true }],
};

const returnCodes: CimValueMap = {
  singles: [
    [0, "Completed with No Error"],
    [4096, "Method Parameters Checked - Job Started"],
    [32775, "Invalid State for this operation"],
  ],
  ranges: [{ lo: 32768, hi: 65535, name: "Vendor Specific" }],
};

interface DefineSystemOutput {
  readonly ReturnValue: number;
  readonly Job?: CimReference<"CIM_ConcreteJob">;
  readonly ResultingSystem?: CimReference<"CIM_ComputerSystem">;
}

const job = cimReference("CIM_ConcreteJob", { InstanceID: "J-1" });

describe("classifyJobResult", () => {
  it("returns the job reference for 4096", () => {
    const output: DefineSystemOutput = { ReturnValue: 4096, Job: job };
    expect(classifyJobResult(defineSystem, output, "Job", returnCodes)).toEqual({
      kind: "job",
      job,
      output,
    });
  });

  it("reports 0 as completed, keeping the other OUT parameters", () => {
    const vm = cimReference("CIM_ComputerSystem", { Name: "VM-1" });
    const output: DefineSystemOutput = { ReturnValue: 0, ResultingSystem: vm };
    expect(classifyJobResult(defineSystem, output, "Job", returnCodes)).toEqual({
      kind: "completed",
      output,
    });
  });

  it.each([
    [32775, "Invalid State for this operation"],
    [40000, "Vendor Specific"],
    [5, undefined],
  ])("reports %d as failed, named %s", (code, name) => {
    const output: DefineSystemOutput = { ReturnValue: code };
    expect(classifyJobResult(defineSystem, output, "Job", returnCodes)).toEqual({
      kind: "failed",
      code,
      name,
      output,
    });
  });

  it("names no failure code without a ValueMap", () => {
    const result = classifyJobResult(defineSystem, { ReturnValue: 1, Job: job }, "Job");
    expect(result).toMatchObject({ kind: "failed", code: 1, name: undefined });
  });

  it("rejects 4096 without a job reference, naming the method and parameter", () => {
    const output: DefineSystemOutput = { ReturnValue: 4096 };
    const classify = () => classifyJobResult(defineSystem, output, "Job", returnCodes);
    expect(classify).toThrow(CimDecodeError);
    expect(classify).toThrow(
      "Msvm_VirtualSystemManagementService.DefineSystem() Job: the method returned 4096 (job started) but no job reference",
    );
  });
});
