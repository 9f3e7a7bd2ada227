import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createFormatPool, defaultPoolSize } from "../../src/cli/format-pool.js";
import { generateInMemory } from "../../src/cli/generate-in-memory.js";
import { serialFormatter } from "../../src/emit/format-typescript.js";
import { repoRoot } from "../support/fixture-cases.js";

const pool = createFormatPool(2);
afterAll(() => pool.close());

const request = {
  files: [path.join(repoRoot, "fixtures/hypervcluster/WindowsHyperVCluster.V2.mof")],
  includeDirs: [],
  emit: {},
};

describe("format pool", () => {
  it("formats every file exactly as the in-process formatter does, in the same order", async () => {
    const inProcess = await generateInMemory(request);
    const pooled = await generateInMemory({ ...request, format: pool.format });
    expect(pooled.diagnostics).toEqual(inProcess.diagnostics);
    expect(pooled.files.size).toBeGreaterThan(100);
    expect([...pooled.files.keys()]).toEqual([...inProcess.files.keys()]);
    expect(pooled.files).toEqual(inProcess.files);
  });

  it("answers each request with its own result, whichever worker finishes first", async () => {
    const sources = Array.from({ length: 40 }, (_, i) =>
      i % 3 === 0 ? `export const v${i}={a:${i},b:[${"1,".repeat(i * 20)}]}` : `type T${i}=${i}`,
    );
    const results = await Promise.all(sources.map((s, i) => pool.format(`f${i}.ts`, s)));
    const serial = serialFormatter();
    const expected = await Promise.all(sources.map((s, i) => serial(`f${i}.ts`, s)));
    expect(results).toEqual(expected);
    expect(results[1]).toBe("type T1 = 1;\n");
  });

  it("rejects a file that does not parse, and keeps working", async () => {
    await expect(pool.format("bad.ts", "export const = ;")).rejects.toThrow(/Unexpected token/);
    await expect(pool.format("good.ts", "let  x=1")).resolves.toBe("let x = 1;\n");
  });

  it("rejects work once closed", async () => {
    const closed = createFormatPool(1);
    await closed.close();
    await expect(closed.format("a.ts", "let x")).rejects.toThrow("the formatting pool was closed");
  });
});

describe("defaultPoolSize", () => {
  it("is at most two workers, or what MOFGEN_FORMAT_WORKERS says", () => {
    expect(defaultPoolSize({})).toBe(Math.min(2, os.availableParallelism()));
    expect(defaultPoolSize({ MOFGEN_FORMAT_WORKERS: "0" })).toBe(0);
    expect(defaultPoolSize({ MOFGEN_FORMAT_WORKERS: "3" })).toBe(3);
    expect(defaultPoolSize({ MOFGEN_FORMAT_WORKERS: "many" })).toBe(
      Math.min(2, os.availableParallelism()),
    );
  });
});
