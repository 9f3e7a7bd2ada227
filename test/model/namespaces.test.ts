import { describe, expect, it } from "vitest";
import { createNamespaceTracker, resolveNamespacePath } from "../../src/model/namespaces.js";

describe("namespace pragmas", () => {
  it.each([
    ["\\\\.\\root\\cimv2", "root/x", "root/cimv2"],
    ["\\\\server\\Root\\HyperVCluster\\v2", "root/x", "Root/HyperVCluster/v2"],
    ["//./root/test", "root/x", "root/test"],
    ["root/test", "root/x", "root/test"],
    ["root\\test", "root/x", "root/test"],
    ["/interop", "root/x", "interop"],
    ["http://host:5988/root/pg", "root/x", "root/pg"],
    ["ms_409", "root/x", "root/x/ms_409"],
    ["sub\\child", "root/x", "root/x/sub/child"],
    ["__create", "root/x", "root/x"],
    ["\\\\.\\root\\__CREATE\\y", "root/x", "root/y"],
    ["", "root/x", "root/x"],
  ])("%s in %s is %s", (argument, current, expected) => {
    expect(resolveNamespacePath(argument, current)).toBe(expected);
  });

  it("keeps the first spelling of a namespace and resolves relative to the current one", () => {
    const tracker = createNamespaceTracker("root/cimv2");
    expect(tracker.current()).toBe("root/cimv2");
    tracker.apply("\\\\.\\Root\\HyperVCluster\\v2");
    tracker.apply("ms_409");
    expect(tracker.current()).toBe("Root/HyperVCluster/v2/ms_409");
    tracker.apply("\\\\.\\ROOT\\hypervcluster\\V2");
    expect(tracker.current()).toBe("Root/HyperVCluster/v2");
    tracker.apply("\\\\.\\root\\CIMV2");
    expect(tracker.current()).toBe("root/cimv2");
  });

  it("uses the configured default namespace", () => {
    expect(createNamespaceTracker("root\\interop").current()).toBe("root/interop");
  });
});
