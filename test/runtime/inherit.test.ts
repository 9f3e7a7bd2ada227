import { describe, expect, it } from "vitest";
import { inheritedMethod } from "../../src/runtime/inherit.js";
import type { CimReference } from "../../src/runtime/reference.js";
import { cimReference } from "../../src/runtime/reference.js";
import type { CimTransport } from "../../src/runtime/transport.js";

const transport: CimTransport = {
  invokeMethod: () => Promise.reject(new Error("not called")),
};

describe("inheritedMethod", () => {
  it("reads the declaring binding on each call, not when it is created", () => {
    const calls: string[] = [];
    let declared:
      | ((t: CimTransport, target: CimReference<"Base">, n: number) => string)
      | undefined;
    const forward = inheritedMethod("Sub", () => {
      if (declared === undefined) throw new Error("read before the declaring class initialised");
      return declared;
    });
    declared = (_t, target, n) => {
      calls.push(`${target.className} ${n}`);
      return `first ${n}`;
    };
    const sub = cimReference("Sub", { Id: "1" });
    expect(forward(transport, sub, 1)).toBe("first 1");
    declared = (_t, _target, n) => `second ${n}`;
    expect(forward(transport, sub, 2)).toBe("second 2");
    expect(calls).toEqual(["Sub 1"]);
  });

  it("passes the transport, target and every further argument through unchanged", async () => {
    const seen: unknown[][] = [];
    const declared = async (
      t: CimTransport,
      target: CimReference<"Base">,
      input?: { readonly Force?: boolean },
      options: { readonly namespace?: string } = {},
    ) => {
      seen.push([t, target, input, options]);
      return { ReturnValue: 0 };
    };
    const forward = inheritedMethod("Sub", () => declared);
    const sub = cimReference("Sub", { Id: "1" });
    const options = { namespace: "root/x" };
    await expect(forward(transport, sub, { Force: true }, options)).resolves.toEqual({
      ReturnValue: 0,
    });
    expect(seen).toEqual([[transport, sub, { Force: true }, options]]);
    expect(seen[0]?.[0]).toBe(transport);
    expect(seen[0]?.[1]).toBe(sub);
    // @ts-expect-error the forwarder takes references to its own class only
    await forward(transport, cimReference("Base", { Id: "2" }));
  });
});
