import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  Msvm_MigrationJob as binding,
  Msvm_MigrationJob_KillJob_ReturnValue_ValueMap as codes,
} from "../../generated/hypervcluster/Msvm_MigrationJob.js";
import type { CimClass } from "../../src/model/model.js";
import { generatedDir, resolveFixture } from "./fixture-schema.js";

/** The seed example: Msvm_MigrationJob.KillJob, deprecated, with a return-code map from the .mfl. */
describe("Msvm_MigrationJob.KillJob", () => {
  let job: CimClass;

  beforeAll(() => {
    const { schema, errors } = resolveFixture();
    expect(errors).toEqual([]);
    const found = schema.classes.get("msvm_migrationjob");
    if (found === undefined) throw new Error("Msvm_MigrationJob is not in the model");
    job = found;
  });

  const killJob = () => {
    const method = job.methods.find((m) => m.name === "KillJob");
    if (method === undefined) throw new Error("Msvm_MigrationJob has no KillJob");
    return method;
  };

  it("is a CIM_ConcreteJob", () => {
    expect(job.superclass).toBe("CIM_ConcreteJob");
  });

  it("takes one IN parameter, DeleteOnKill: boolean", () => {
    expect(
      killJob().parameters.map((p) => ({
        name: p.name,
        type: p.type,
        in: p.in,
        out: p.out,
        array: p.array,
      })),
    ).toEqual([
      {
        name: "DeleteOnKill",
        type: { kind: "primitive", name: "boolean" },
        in: true,
        out: false,
        array: false,
      },
    ]);
  });

  it("has the named return codes once the .mfl is merged", () => {
    const qualifiers = killJob().qualifiers;
    expect(qualifiers.get("valuemap")?.value).toEqual([
      "0",
      "1",
      "2",
      "3",
      "4",
      "6",
      "7",
      "8..32767",
      "32768..65535",
    ]);
    expect(qualifiers.get("values")?.value).toEqual([
      "Success",
      "Not Supported",
      "Unknown",
      "Timeout",
      "Failed",
      "Access Denied",
      "Not Found",
      "DMTF Reserved",
      "Vendor Specific",
    ]);
    expect(qualifiers.get("values")?.flavors.amended).toBe(true);
  });

  it("is deprecated in favour of RequestStateChange", () => {
    expect(killJob().qualifiers.get("deprecated")?.value).toEqual([
      "Msvm_MigrationJob.RequestStateChange()",
    ]);
  });

  describe("generated binding", () => {
    const source = readFileSync(path.join(generatedDir, "Msvm_MigrationJob.ts"), "utf8");

    it("has an input type with the optional DeleteOnKill: boolean only", () => {
      const input =
        source.match(/export interface Msvm_MigrationJob_KillJob_Input \{([^}]*)\}/)?.[1] ?? "";
      expect(
        [...input.matchAll(/^\s*readonly (\w+)(\??): ([^;]+);/gm)].map((m) => m.slice(1)),
      ).toEqual([["DeleteOnKill", "?", "boolean"]]);
      expect(binding.$methods.KillJob.parameters).toEqual([
        { name: "DeleteOnKill", type: "boolean", in: true },
      ]);
    });

    it("names every return code, ranges included", () => {
      expect(codes.singles).toEqual([
        [0, "Success"],
        [1, "Not Supported"],
        [2, "Unknown"],
        [3, "Timeout"],
        [4, "Failed"],
        [6, "Access Denied"],
        [7, "Not Found"],
      ]);
      expect(codes.ranges).toEqual([
        { lo: 8, hi: 32767, name: "DMTF Reserved" },
        { lo: 32768, hi: 65535, name: "Vendor Specific" },
      ]);
      expect([codes.nameOf(6), codes.nameOf(40000)]).toEqual(["Access Denied", "Vendor Specific"]);
    });

    it("marks the method @deprecated with a link to RequestStateChange", () => {
      const doc = source.match(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*KillJob\(/)?.[1] ?? "";
      expect(doc).toMatch(/@deprecated\b.*\{@link Msvm_MigrationJob\.RequestStateChange\}/);
    });
  });
});
