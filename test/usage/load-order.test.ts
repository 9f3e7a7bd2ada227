/**
 * Module load order with shared bindings. A class module whose methods embed instances imports
 * the class registry (schema.ts), which imports every class module; so when such a module is
 * imported first, the registry runs its subclasses' modules before the module itself has
 * initialised. Their inherited bindings must not read the declaring class's const while
 * loading (that would throw). Nothing here imports the goldens statically: the first dynamic
 * import below is the first time this file's module graph loads them.
 */
import { describe, expect, it } from "vitest";
import type { CimTransport } from "../../generated/hypervcluster/runtime/index.js";

describe("importing a base class module first", () => {
  it("loads its subclasses' shared bindings lazily, and they work once loaded", async () => {
    const base = await import(
      "../../generated/hypervcluster/CIM_VirtualSystemManagementService.js"
    );
    const sub = await import(
      "../../generated/hypervcluster/Msvm_VirtualSystemManagementService.js"
    );
    const { CIM_VirtualSystemManagementService } = base;
    const { Msvm_VirtualSystemManagementService } = sub;
    expect(Msvm_VirtualSystemManagementService.$methods.DestroySystem).toBe(
      CIM_VirtualSystemManagementService.$methods.DestroySystem,
    );

    const methods: string[] = [];
    const transport: CimTransport = {
      invokeMethod(request) {
        methods.push(`${request.className}.${request.methodName}`);
        return Promise.resolve({ ReturnValue: 0 });
      },
    };
    const { cimReference } = await import("../../generated/hypervcluster/runtime/index.js");
    const service = cimReference("Msvm_VirtualSystemManagementService", { Name: "vmms" });
    const result = await Msvm_VirtualSystemManagementService.$jobs.DestroySystem(
      transport,
      service,
    );
    expect(result.kind).toBe("completed");
    expect(methods).toEqual(["Msvm_VirtualSystemManagementService.DestroySystem"]);
  });
});
