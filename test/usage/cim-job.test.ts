/**
 * Hand-written consumer of the cim-job golden bindings, written the way an SDK would use them.
 * It runs under Vitest and is also type-checked with the goldens by generated/tsconfig.json, so
 * a change to the generated shape that breaks callers fails here, not in users' builds.
 */
import { describe, expect, it } from "vitest";
import {
  CIM_ConcreteJob,
  CIM_Job_KillJob_ReturnValue,
  CIM_Job_KillJob_ReturnValue_ValueMap,
  CIM_StorageConfigurationService,
  CIM_StorageConfigurationService_CreateOrModifyElementFromStoragePool_ReturnValue as CreateReturn,
} from "../../generated/cim-job/index.js";
import type {
  CimInvokeRequest,
  CimTransport,
  WireValue,
} from "../../generated/cim-job/runtime/index.js";
import {
  cimReference,
  decodeCimInstance,
  isCimInterval,
  parseCimDateTime,
} from "../../generated/cim-job/runtime/index.js";

/** A transport double: records each request and answers with the next canned output. */
function testTransport(...outputs: Readonly<Record<string, WireValue>>[]) {
  const requests: CimInvokeRequest[] = [];
  const transport: CimTransport = {
    invokeMethod(request) {
      requests.push(request);
      const output = outputs.shift();
      return output === undefined
        ? Promise.reject(new Error("no canned output left"))
        : Promise.resolve(output);
    },
  };
  return { transport, requests };
}

const job = cimReference("CIM_ConcreteJob", { InstanceID: "job-1" }, { namespace: "root/cimv2" });

describe("CIM_ConcreteJob.KillJob (deprecated, inherits CIM_Job's return codes)", () => {
  it("sends the IN parameter and types the return code", async () => {
    const { transport, requests } = testTransport({ ReturnValue: 0 });
    // Deprecated in favour of RequestStateChange (editors strike it through); still callable.
    const output = await CIM_ConcreteJob.KillJob(transport, job, { DeleteOnKill: true });
    expect(requests).toEqual([
      {
        target: job,
        className: "CIM_ConcreteJob",
        methodName: "KillJob",
        namespace: "root/cimv2",
        input: { DeleteOnKill: true },
      },
    ]);
    const success: CIM_Job_KillJob_ReturnValue = CIM_Job_KillJob_ReturnValue.Success;
    expect(output.ReturnValue).toBe(success);
  });

  it("returns a code the ValueMap leaves unclaimed as data, named by the '..' entry", async () => {
    const { transport } = testTransport({ ReturnValue: 5 });
    const { ReturnValue } = await CIM_ConcreteJob.KillJob(transport, job);
    expect(ReturnValue).toBe(5);
    expect(CIM_Job_KillJob_ReturnValue_ValueMap.nameOf(ReturnValue)).toBe("DMTF Reserved");
    expect(CIM_Job_KillJob_ReturnValue_ValueMap.isDmtfReserved(ReturnValue)).toBe(true);
  });

  it("recognises a vendor-range code", async () => {
    const { transport } = testTransport({ ReturnValue: "32770" });
    const { ReturnValue } = await CIM_ConcreteJob.KillJob(transport, job);
    expect(ReturnValue).toBe(32770);
    expect(CIM_Job_KillJob_ReturnValue_ValueMap.isVendorSpecific(ReturnValue)).toBe(true);
    expect(CIM_Job_KillJob_ReturnValue_ValueMap.nameOf(ReturnValue)).toBe("Vendor Specific");
  });
});

describe("a method that starts a job", () => {
  it("round-trips a 64-bit size beyond 2^53 and returns the job reference", async () => {
    const big = 2n ** 60n + 1n;
    const { transport, requests } = testTransport({
      ReturnValue: 4096,
      Job: { className: "CIM_ConcreteJob", namespace: "root/cimv2", keys: { InstanceID: "j7" } },
      Size: (big + 1n).toString(),
    });
    const service = cimReference("CIM_StorageConfigurationService", { Name: "pool-svc" });
    const output = await CIM_StorageConfigurationService.CreateOrModifyElementFromStoragePool(
      transport,
      service,
      { ElementName: "vol1", Size: big },
    );
    expect(requests[0]?.input).toEqual({ ElementName: "vol1", Size: big.toString() });
    expect(output.ReturnValue).toBe(CreateReturn["Method Parameters Checked - Job Started"]);
    expect(output.Size).toBe(big + 1n);
    expect(output.Job?.keys).toEqual({ InstanceID: "j7" });
  });
});

describe("decoding a job instance", () => {
  it("checks datetimes and tells timestamps from intervals", () => {
    const decoded = decodeCimInstance(
      "CIM_ConcreteJob",
      {
        className: "CIM_ConcreteJob",
        properties: {
          InstanceID: "j7",
          TimeSubmitted: "20260126101500.000000+060",
          ElapsedTime: "00000001020304.000000:000",
          JobState: 4,
        },
      },
      { resolveClass: (name) => (name === "CIM_ConcreteJob" ? CIM_ConcreteJob.$class : undefined) },
    );
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const { TimeSubmitted, ElapsedTime } = decoded.value.properties as Record<string, string>;
    const submitted = parseCimDateTime(TimeSubmitted ?? "");
    expect(
      submitted.ok && submitted.kind === "timestamp" && submitted.fields.utcOffsetMinutes,
    ).toBe(60);
    const elapsed = parseCimDateTime(ElapsedTime ?? "");
    expect(elapsed.ok && isCimInterval(elapsed.value)).toBe(true);
    expect(elapsed.ok && elapsed.kind === "interval" && elapsed.fields.days).toBe(1);
  });

  it("rejects a malformed datetime instead of passing it on", () => {
    const decoded = decodeCimInstance(
      "CIM_ConcreteJob",
      { className: "CIM_ConcreteJob", properties: { TimeSubmitted: "yesterday" } },
      { resolveClass: () => CIM_ConcreteJob.$class },
    );
    expect(decoded.ok).toBe(false);
  });
});
