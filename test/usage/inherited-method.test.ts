/**
 * An inherited method as an SDK calls it, against the hypervcluster goldens:
 * Msvm_VirtualSystemManagementService inherits DestroySystem from
 * CIM_VirtualSystemManagementService and shares its binding. Type-checked by
 * generated/tsconfig.json, so the `expectTypeOf` and `@ts-expect-error` lines fail the build if
 * the subclass's binding loses its target class or the declaration's parameters.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  CIM_VirtualSystemManagementService,
  type CIM_VirtualSystemManagementService_DestroySystem_Input as DestroySystemInput,
  type CIM_VirtualSystemManagementService_DestroySystem_Output as DestroySystemOutput,
  Msvm_VirtualSystemManagementService,
} from "../../generated/hypervcluster/index.js";
import type {
  CimInvokeOptions,
  CimJobResult,
  CimReference,
  CimTransport,
} from "../../generated/hypervcluster/runtime/index.js";
import { cimReference, toCimReference } from "../../generated/hypervcluster/runtime/index.js";
import { answering, namespace, service } from "./hyperv-doubles.js";

/** The same path typed as the declaring class's reference, for calling its binding. */
const serviceAsDeclared: CimReference<"CIM_VirtualSystemManagementService"> | undefined =
  toCimReference(service);
const vm = cimReference("CIM_ComputerSystem", {
  CreationClassName: "Msvm_ComputerSystem",
  Name: "VM-1",
});
const jobPath = '\\\\HOST\\root\\virtualization\\v2:Msvm_ConcreteJob.InstanceID="J-1"';

function declaredTarget(): CimReference<"CIM_VirtualSystemManagementService"> {
  if (serviceAsDeclared === undefined) throw new Error("the service path has keys");
  return serviceAsDeclared;
}

describe("a method the subclass inherits (DestroySystem of the Hyper-V service)", () => {
  it("sends exactly the request the declaring class's binding sends", async () => {
    const inherited = answering({ ReturnValue: 0 });
    const declared = answering({ ReturnValue: 0 });
    const output = await Msvm_VirtualSystemManagementService.DestroySystem(
      inherited.transport,
      service,
      { AffectedSystem: vm },
    );
    const declaredOutput = await CIM_VirtualSystemManagementService.DestroySystem(
      declared.transport,
      declaredTarget(),
      { AffectedSystem: vm },
    );
    expect(inherited.requests).toEqual([
      {
        target: service,
        className: "Msvm_VirtualSystemManagementService",
        methodName: "DestroySystem",
        namespace,
        input: { AffectedSystem: vm },
      },
    ]);
    expect(inherited.requests).toEqual(declared.requests);
    expect(output).toEqual({ ReturnValue: 0 });
    expect(output).toEqual(declaredOutput);
    expectTypeOf(output).toEqualTypeOf<DestroySystemOutput>();
  });

  it("types the target as the subclass and keeps the declaration's parameters", async () => {
    const binding = Msvm_VirtualSystemManagementService.DestroySystem;
    expectTypeOf(binding).parameter(0).toEqualTypeOf<CimTransport>();
    expectTypeOf(binding)
      .parameter(1)
      .toEqualTypeOf<CimReference<"Msvm_VirtualSystemManagementService">>();
    expectTypeOf(binding).parameter(2).toEqualTypeOf<DestroySystemInput | undefined>();
    expectTypeOf(binding).parameter(3).toEqualTypeOf<CimInvokeOptions | undefined>();
    expectTypeOf(binding).returns.toEqualTypeOf<Promise<DestroySystemOutput>>();

    const { transport, requests } = answering({ ReturnValue: 0 });
    const job = cimReference("CIM_ConcreteJob", { InstanceID: "J-1" });
    // @ts-expect-error a job reference is not a reference to the service
    await binding(transport, job);
    // @ts-expect-error nor is a reference typed as the declaring class
    await binding(transport, declaredTarget());
    // The class exists only in types: at run time both calls go through as given.
    expect(requests.map((r) => r.target)).toEqual([job, service]);
  });

  it("looks its metadata up in the declaring class", () => {
    const meta = Msvm_VirtualSystemManagementService.$methods.DestroySystem;
    expect(meta).toBe(CIM_VirtualSystemManagementService.$methods.DestroySystem);
    expect(meta.className).toBe("CIM_VirtualSystemManagementService");
    expect(meta.namespace).toBe("Root/HyperVCluster/v2");
    expect(Object.keys(Msvm_VirtualSystemManagementService.$methods)).toContain("DestroySystem");
  });

  it("has the declaring class's job-aware wrapper under $jobs", async () => {
    const inherited = answering({ ReturnValue: "4096", Job: jobPath });
    const declared = answering({ ReturnValue: "4096", Job: jobPath });
    const result = await Msvm_VirtualSystemManagementService.$jobs.DestroySystem(
      inherited.transport,
      service,
      { AffectedSystem: vm },
    );
    const declaredResult = await CIM_VirtualSystemManagementService.$jobs.DestroySystem(
      declared.transport,
      declaredTarget(),
      { AffectedSystem: vm },
    );
    expectTypeOf(result).toEqualTypeOf<CimJobResult<DestroySystemOutput, "CIM_ConcreteJob">>();
    if (result.kind !== "job") throw new Error(`expected a job, got ${result.kind}`);
    expect(result.job.className).toBe("Msvm_ConcreteJob");
    expect(result.job.keys).toEqual({ InstanceID: "J-1" });
    expect(result).toEqual(declaredResult);
    expect(inherited.requests).toEqual(declared.requests);
  });
});
