import { describe, expect, it } from "vitest";
import { runFingerprint } from "../../src/cli/run-fingerprint.js";

const base = {
  files: ["/work/a/schema/s.mof"],
  includeDirs: ["/work/a/schema/inc"],
  outDir: "/work/a/out",
  displayOutDir: "out",
  check: false,
  force: false,
  emit: { int64: "bigint" },
};

describe("runFingerprint", () => {
  const fingerprint = runFingerprint(base, base.outDir);

  it("is a stable SHA-256", () => {
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(runFingerprint({ ...base }, base.outDir)).toBe(fingerprint);
  });

  it("does not depend on where the tree is, only on paths relative to the output", () => {
    const moved = {
      ...base,
      files: ["/elsewhere/schema/s.mof"],
      includeDirs: ["/elsewhere/schema/inc"],
    };
    expect(runFingerprint(moved, "/elsewhere/out")).toBe(fingerprint);
  });

  it("ignores what only changes reporting: --check, --force, display names, common flags", () => {
    const reporting = { ...base, check: true, force: true, displayOutDir: "x", label: "t" };
    expect(runFingerprint({ ...reporting, common: { quiet: true } }, base.outDir)).toBe(
      fingerprint,
    );
  });

  it.each([
    ["an emit option", { emit: { int64: "string" } }],
    ["an input file", { files: ["/work/a/schema/t.mof"] }],
    ["the include path", { includeDirs: ["/work/a/schema/inc", "/work/a/more"] }],
    ["a class selection", { classes: ["CIM_Job"] }],
    ["an option it does not know yet", { somethingNew: 1 }],
  ])("changes with %s", (_what, change) => {
    expect(runFingerprint({ ...base, ...change }, base.outDir)).not.toBe(fingerprint);
  });
});
