import { describe, expect, it } from "vitest";
import { invokeCimMethod } from "../../src/runtime/invoke.js";
import { isJobStarted } from "../../src/runtime/job.js";
import type { CimMethodMeta } from "../../src/runtime/metadata.js";
import type { CimReference } from "../../src/runtime/reference.js";
import { cimReference } from "../../src/runtime/reference.js";
import type { CimInvokeRequest, CimTransport } from "../../src/runtime/transport.js";
import { lookupValueName } from "../../src/runtime/value-map.js";
import { CimDecodeError, CimEncodeError } from "../../src/runtime/wire-error.js";
import type { WireValue } from "../../src/runtime/wire-value.js";

/** Records every request and answers with a fixed raw output. */
function fakeTransport(output: Readonly<Record<string, WireValue>>) {
  const requests: CimInvokeRequest[] = [];
  const transport: CimTransport = {
    invokeMethod(request) {
      requests.push(request);
      return Promise.resolve(output);
    },
  };
  return { transport, requests };
}

const requestStateChange: CimMethodMeta = {
  className: "Msvm_ComputerSystem",
  name: "RequestStateChange",
  namespace: "root/virtualization/v2",
  returnType: "uint32",
  parameters: [
    { name: "RequestedState", type: "uint16", in: true },
    { name: "Job", type: "reference", refClass: "CIM_ConcreteJob", out: true },
    { name: "TimeoutPeriod", type: "datetime", in: true },
  ],
};

const killJob: CimMethodMeta = {
  className: "CIM_Job",
  name: "KillJob",
  returnType: "uint32",
  parameters: [{ name: "DeleteOnKill", type: "boolean", in: true }],
};

interface RequestStateChangeOutput {
  readonly ReturnValue: number;
  readonly Job?: CimReference<"CIM_ConcreteJob">;
}

const vm = cimReference("Msvm_ComputerSystem", {
  CreationClassName: "Msvm_ComputerSystem",
  Name: "VM-1",
});

describe("invokeCimMethod", () => {
  it("encodes input, decodes the 4096 return value and the Job reference", async () => {
    const { transport, requests } = fakeTransport({
      ReturnValue: "4096",
      Job: '\\\\HOST\\root\\virtualization\\v2:Msvm_ConcreteJob.InstanceID="J-1"',
    });
    const output = await invokeCimMethod<RequestStateChangeOutput>(
      transport,
      requestStateChange,
      vm,
      {
        RequestedState: 2,
        TimeoutPeriod: undefined,
      },
    );
    expect(requests).toEqual([
      {
        target: vm,
        className: "Msvm_ComputerSystem",
        methodName: "RequestStateChange",
        namespace: "root/virtualization/v2",
        input: { RequestedState: 2 },
      },
    ]);
    expect(output).toEqual({
      ReturnValue: 4096,
      Job: {
        host: "HOST",
        namespace: "root\\virtualization\\v2",
        className: "Msvm_ConcreteJob",
        keys: { InstanceID: "J-1" },
      },
    });
    expect(isJobStarted(output.ReturnValue)).toBe(true);
  });

  it("returns an unknown return code as a number without throwing", async () => {
    const { transport } = fakeTransport({ returnvalue: 99999 });
    const output = await invokeCimMethod<{ readonly ReturnValue: number }>(transport, killJob, vm, {
      DeleteOnKill: true,
    });
    expect(output).toEqual({ ReturnValue: 99999 });
    expect(
      lookupValueName({ singles: [[0, "Success"]], ranges: [] }, output.ReturnValue),
    ).toBeUndefined();
  });

  it("uses the declaring class and the options namespace for a static call", async () => {
    const { transport, requests } = fakeTransport({ ReturnValue: 0 });
    await invokeCimMethod(transport, killJob, null, {}, { namespace: "root/cimv2" });
    expect(requests[0]).toMatchObject({
      target: null,
      className: "CIM_Job",
      namespace: "root/cimv2",
      input: {},
    });
  });

  it("rejects with CimDecodeError when the return value is malformed", async () => {
    const { transport } = fakeTransport({ ReturnValue: "four thousand" });
    const error = await invokeCimMethod(transport, killJob, vm, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CimDecodeError);
    expect((error as CimDecodeError).message).toBe(
      'CIM_Job.KillJob() ReturnValue: expected uint32, got "four thousand"',
    );
  });

  it("rejects with CimDecodeError when the return value is missing", async () => {
    const { transport } = fakeTransport({});
    await expect(invokeCimMethod(transport, killJob, vm, {})).rejects.toThrow(
      "CIM_Job.KillJob() ReturnValue: the transport returned no ReturnValue",
    );
  });

  it("rejects with CimDecodeError naming a malformed OUT parameter", async () => {
    const { transport } = fakeTransport({ ReturnValue: 4096, Job: "not a path" });
    const error = await invokeCimMethod(transport, requestStateChange, vm, {}).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CimDecodeError);
    expect((error as CimDecodeError).location).toMatchObject({
      methodName: "RequestStateChange",
      elementName: "Job",
    });
  });

  it("rejects bad or undeclared input before calling the transport", async () => {
    const { transport, requests } = fakeTransport({ ReturnValue: 0 });
    await expect(
      invokeCimMethod(transport, requestStateChange, vm, { RequestedState: 70000 }),
    ).rejects.toThrow(CimEncodeError);
    await expect(invokeCimMethod(transport, requestStateChange, vm, { Job: vm })).rejects.toThrow(
      "RequestStateChange() Job: Job is not an IN parameter of this method",
    );
    expect(requests).toEqual([]);
  });

  it("omits OUT parameters the transport did not return", async () => {
    const { transport } = fakeTransport({ ReturnValue: 0 });
    expect(await invokeCimMethod(transport, requestStateChange, vm, {})).toEqual({
      ReturnValue: 0,
    });
  });
});
