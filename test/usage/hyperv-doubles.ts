/**
 * What the Hyper-V usage tests share: the management service's path, as an SDK would hold it,
 * and a transport double that answers every call with one output and records the requests.
 */
import type {
  CimInvokeRequest,
  CimTransport,
  WireValue,
} from "../../generated/hypervcluster/runtime/index.js";
import { cimReference } from "../../generated/hypervcluster/runtime/index.js";

export const namespace = "root/virtualization/v2";

export const service = cimReference(
  "Msvm_VirtualSystemManagementService",
  {
    CreationClassName: "Msvm_VirtualSystemManagementService",
    Name: "vmms",
    SystemCreationClassName: "Msvm_ComputerSystem",
    SystemName: "HOST",
  },
  { namespace },
);

/** Answers every call with `output` and records the requests. */
export function answering(output: Readonly<Record<string, WireValue>>) {
  const requests: CimInvokeRequest[] = [];
  const transport: CimTransport = {
    invokeMethod(request) {
      requests.push(request);
      return Promise.resolve(output);
    },
  };
  return { transport, requests };
}
