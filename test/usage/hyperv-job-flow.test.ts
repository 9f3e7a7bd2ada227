/**
 * The Hyper-V job pattern end to end against the hypervcluster goldens, written as an SDK
 * would: DefineSystem returns 4096 with an OUT Job reference, the `$jobs` wrapper hands back
 * the typed reference, and `waitForJob` polls it through an injected getter that decodes each
 * fetched instance with the generated class registry. Type-checked by generated/tsconfig.json,
 * so the `@ts-expect-error` lines fail the build if the reference loses its class.
 */
import { describe, expect, it } from "vitest";
import {
  CIM_ConcreteJob_JobState,
  Msvm_VirtualSystemManagementService_DefineSystem_ReturnValue as DefineSystemReturn,
  type Msvm_ConcreteJob,
  Msvm_VirtualSystemManagementService,
  resolveClass,
} from "../../generated/hypervcluster/index.js";
import type { CimReference, WireInstance } from "../../generated/hypervcluster/runtime/index.js";
import {
  cimInstanceText,
  decodeCimInstance,
  isJobSuccessful,
  waitForJob,
} from "../../generated/hypervcluster/runtime/index.js";
import { answering, namespace, service } from "./hyperv-doubles.js";

const settings = cimInstanceText('<INSTANCE CLASSNAME="Msvm_VirtualSystemSettingData"/>');

/** A job store that answers each poll with the next snapshot, as GetInstance would. */
function jobStore(...snapshots: WireInstance[]) {
  const fetched: CimReference<"CIM_ConcreteJob">[] = [];
  const getJob = async (job: CimReference<"CIM_ConcreteJob">): Promise<Msvm_ConcreteJob> => {
    fetched.push(job);
    const raw = snapshots.length > 1 ? snapshots.shift() : snapshots[0];
    if (raw === undefined) throw new Error("no snapshot");
    const decoded = decodeCimInstance<Msvm_ConcreteJob>(job.className, raw, { resolveClass });
    if (!decoded.ok) throw decoded.error;
    return decoded.value.properties;
  };
  return { getJob, fetched };
}

describe("Msvm_VirtualSystemManagementService.$jobs.DefineSystem", () => {
  it("returns the typed job reference for 4096 and polls the job to Completed", async () => {
    const { transport, requests } = answering({
      ReturnValue: "4096",
      Job: '\\\\HOST\\root\\virtualization\\v2:Msvm_ConcreteJob.InstanceID="J-1"',
    });
    const result = await Msvm_VirtualSystemManagementService.$jobs.DefineSystem(
      transport,
      service,
      { SystemSettings: settings },
    );
    expect(requests[0]?.methodName).toBe("DefineSystem");
    expect(requests[0]?.input).toEqual({ SystemSettings: settings.text });
    if (result.kind !== "job") throw new Error(`expected a job, got ${result.kind}`);

    const job: CimReference<"CIM_ConcreteJob"> = result.job;
    // @ts-expect-error the job reference is not a reference to a computer system
    const notASystem: CimReference<"Msvm_ComputerSystem"> = result.job;
    expect(notASystem).toBe(job);
    expect(job.className).toBe("Msvm_ConcreteJob");
    expect(job.keys).toEqual({ InstanceID: "J-1" });
    expect(result.output.ReturnValue).toBe(
      DefineSystemReturn["Method Parameters Checked - Job Started"],
    );

    const { getJob, fetched } = jobStore(
      {
        className: "Msvm_ConcreteJob",
        properties: { InstanceID: "J-1", JobState: "4", PercentComplete: "40" },
      },
      {
        className: "Msvm_ConcreteJob",
        properties: { InstanceID: "J-1", JobState: "7", ErrorCode: "0", Cancellable: "true" },
      },
    );
    const sleeps: number[] = [];
    const sleep = (ms: number) => {
      sleeps.push(ms);
      return Promise.resolve();
    };
    const finished = await waitForJob(getJob, result.job, { sleep, intervalMs: 100 });
    const last: Msvm_ConcreteJob = finished.job;
    expect(finished.status).toBe("finished");
    expect(finished.polls).toBe(2);
    expect(sleeps).toEqual([100]);
    expect(fetched).toEqual([job, job]);
    expect(last.JobState).toBe(CIM_ConcreteJob_JobState.Completed);
    // Msvm_ConcreteJob's own property, decoded through the registry like the inherited ones.
    expect(last.Cancellable).toBe(true);
    expect(isJobSuccessful(last)).toBe(true);
  });

  it("reports 0 as completed with the resulting system", async () => {
    const { transport } = answering({
      ReturnValue: 0,
      ResultingSystem: {
        className: "Msvm_ComputerSystem",
        namespace,
        keys: { CreationClassName: "Msvm_ComputerSystem", Name: "VM-1" },
      },
    });
    const result = await Msvm_VirtualSystemManagementService.$jobs.DefineSystem(transport, service);
    if (result.kind !== "completed") throw new Error(`expected completed, got ${result.kind}`);
    expect(result.output.ResultingSystem?.keys.Name).toBe("VM-1");
  });

  it("reports other codes as failed, named by the method's ValueMap", async () => {
    const { transport } = answering({ ReturnValue: 4 });
    const result = await Msvm_VirtualSystemManagementService.$jobs.DefineSystem(transport, service);
    expect(result).toMatchObject({ kind: "failed", code: 4, name: "Invalid Parameter" });
    if (result.kind === "failed") {
      const code: DefineSystemReturn = result.code;
      expect(code).toBe(DefineSystemReturn["Invalid Parameter"]);
    }
  });
});
