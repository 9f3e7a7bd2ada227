/**
 * The README's walkthrough, executed: the lines between the `readme-walkthrough` markers are
 * the README block verbatim (test/api/readme-snippets.test.ts compares them), so the snippet
 * type-checks with the goldens under generated/tsconfig.json and runs here against a transport
 * double.
 */
import { describe, expect, it } from "vitest";
// readme-walkthrough:start
import {
  Msvm_MigrationJob_KillJob_ReturnValue as KillJobCode,
  Msvm_MigrationJob_KillJob_ReturnValue_ValueMap as KillJobCodes,
  type Msvm_ConcreteJob,
  Msvm_MigrationJob,
  Msvm_VirtualSystemManagementService,
  resolveClass,
} from "../../generated/hypervcluster/index.js";
import {
  type CimInstanceText,
  type CimObjectPath,
  type CimReference,
  type CimTransport,
  decodeCimInstance,
  isJobSuccessful,
  type WireInstance,
  waitForJob,
} from "../../generated/hypervcluster/runtime/index.js";

/** What the SDK provides: method calls (all the bindings need) plus GetInstance. */
interface Connection extends CimTransport {
  getInstance(path: CimObjectPath): Promise<WireInstance>;
}

/** Kills a migration job; KillJob is deprecated in favour of RequestStateChange. */
async function killMigration(
  connection: Connection,
  job: CimReference<"Msvm_MigrationJob">,
): Promise<string> {
  const { ReturnValue } = await Msvm_MigrationJob.KillJob(connection, job, { DeleteOnKill: true });
  if (ReturnValue === KillJobCode.Success) return "killed";
  // Codes outside the ValueMap are data, not exceptions: the union is open and the
  // descriptor names ranges ("DMTF Reserved", "Vendor Specific") too.
  if (KillJobCodes.isVendorSpecific(ReturnValue)) return `vendor error ${ReturnValue}`;
  return KillJobCodes.nameOf(ReturnValue) ?? `unknown code ${ReturnValue}`;
}

/** Defines a VM; 4096 means a job was started, which is polled to its end. */
async function defineSystem(
  connection: Connection,
  service: CimReference<"Msvm_VirtualSystemManagementService">,
  settings: CimInstanceText,
): Promise<Msvm_ConcreteJob | undefined> {
  const result = await Msvm_VirtualSystemManagementService.$jobs.DefineSystem(connection, service, {
    SystemSettings: settings,
  });
  if (result.kind === "completed") return undefined;
  if (result.kind === "failed") throw new Error(`DefineSystem: ${result.name ?? result.code}`);
  // result.job is a CimReference<"CIM_ConcreteJob">; poll it with the SDK's GetInstance.
  const getJob = async (job: CimReference<"CIM_ConcreteJob">) => {
    const raw = await connection.getInstance(job);
    const decoded = decodeCimInstance<Msvm_ConcreteJob>(job.className, raw, { resolveClass });
    if (!decoded.ok) throw decoded.error;
    return decoded.value.properties;
  };
  const done = await waitForJob(getJob, result.job, { intervalMs: 500, maxPolls: 120 });
  if (done.status === "gave-up" || !isJobSuccessful(done.job)) {
    throw new Error(`job ended in state ${done.job.JobState}: ${done.job.ErrorDescription}`);
  }
  return done.job;
}

// readme-walkthrough:end

import type { CimInvokeRequest, WireValue } from "../../generated/hypervcluster/runtime/index.js";
import { cimInstanceText, cimReference } from "../../generated/hypervcluster/runtime/index.js";

/** A connection double: answers each method call and GetInstance from queues, records calls. */
function fakeConnection(
  outputs: Readonly<Record<string, WireValue>>[],
  instances: WireInstance[] = [],
) {
  const requests: CimInvokeRequest[] = [];
  const fetched: CimObjectPath[] = [];
  const connection: Connection = {
    invokeMethod(request) {
      requests.push(request);
      const output = outputs.shift();
      return output === undefined
        ? Promise.reject(new Error("no output"))
        : Promise.resolve(output);
    },
    getInstance(path) {
      fetched.push(path);
      const instance = instances.shift();
      return instance === undefined
        ? Promise.reject(new Error("no instance"))
        : Promise.resolve(instance);
    },
  };
  return { connection, requests, fetched };
}

const namespace = "root/virtualization/v2";
const migration = cimReference("Msvm_MigrationJob", { InstanceID: "M-1" }, { namespace });
const service = cimReference(
  "Msvm_VirtualSystemManagementService",
  {
    CreationClassName: "Msvm_VirtualSystemManagementService",
    Name: "vmms",
    SystemCreationClassName: "Msvm_ComputerSystem",
    SystemName: "HOST",
  },
  { namespace },
);
const settings = cimInstanceText('<INSTANCE CLASSNAME="Msvm_VirtualSystemSettingData"/>');

describe("README walkthrough: Msvm_MigrationJob.KillJob", () => {
  it("sends DeleteOnKill to the job and reads 0 as Success", async () => {
    const { connection, requests } = fakeConnection([{ ReturnValue: 0 }]);
    expect(await killMigration(connection, migration)).toBe("killed");
    expect(requests).toEqual([
      {
        target: migration,
        className: "Msvm_MigrationJob",
        methodName: "KillJob",
        namespace,
        input: { DeleteOnKill: true },
      },
    ]);
  });

  it("names listed codes, reserved ranges and vendor codes without throwing", async () => {
    const answers = [{ ReturnValue: "6" }, { ReturnValue: 8 }, { ReturnValue: 40000 }];
    const { connection } = fakeConnection(answers);
    expect(await killMigration(connection, migration)).toBe("Access Denied");
    expect(await killMigration(connection, migration)).toBe("DMTF Reserved");
    expect(await killMigration(connection, migration)).toBe("vendor error 40000");
  });
});

describe("README walkthrough: $jobs.DefineSystem and waitForJob", () => {
  it("polls the started job until it completes", async () => {
    const jobPath = '\\\\HOST\\root\\virtualization\\v2:Msvm_ConcreteJob.InstanceID="J-1"';
    const { connection, fetched } = fakeConnection(
      [{ ReturnValue: 4096, Job: jobPath }],
      [
        { className: "Msvm_ConcreteJob", properties: { InstanceID: "J-1", JobState: "4" } },
        { className: "Msvm_ConcreteJob", properties: { InstanceID: "J-1", JobState: 7 } },
      ],
    );
    const job = await defineSystem(connection, service, settings);
    expect(job?.JobState).toBe(7);
    expect(fetched.map((path) => path.keys)).toEqual([
      { InstanceID: "J-1" },
      { InstanceID: "J-1" },
    ]);
  }, 10_000);

  it("returns undefined for 0 and throws with the Values name for a failure code", async () => {
    const { connection } = fakeConnection([{ ReturnValue: 0 }, { ReturnValue: 4 }]);
    expect(await defineSystem(connection, service, settings)).toBeUndefined();
    await expect(defineSystem(connection, service, settings)).rejects.toThrow(
      "DefineSystem: Invalid Parameter",
    );
  });

  it("reports a job that ends in Exception with its error description", async () => {
    const { connection } = fakeConnection(
      [{ ReturnValue: 4096, Job: { className: "Msvm_ConcreteJob", keys: { InstanceID: "J-2" } } }],
      [
        {
          className: "Msvm_ConcreteJob",
          properties: { JobState: 10, ErrorCode: 32768, ErrorDescription: "disk full" },
        },
      ],
    );
    await expect(defineSystem(connection, service, settings)).rejects.toThrow(
      "job ended in state 10: disk full",
    );
  });
});
