import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMof } from "../../src/ast/parse.js";
import { fsSourceHost } from "../../src/cli/fs-source-host.js";
import { loadCompilationUnit } from "../../src/input/load-unit.js";
import { resolveSchema } from "../../src/model/resolve-schema.js";
import { repoRoot } from "../support/fixture-cases.js";
import { at, qualifierValues } from "./resolve-inline.js";

function resolveFiles(files: readonly string[]) {
  const loaded = loadCompilationUnit(files, {
    includeDirs: [],
    host: fsSourceHost,
    parse: parseMof,
  });
  expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return resolveSchema(loaded.unit, {});
}

const cimEntry = path.resolve(
  repoRoot,
  "../shared/corpora/cim-schema-2.49.0/cim_schema_2.49.0.mof",
);

const hasCim = fs.existsSync(cimEntry);
if (!hasCim)
  console.warn(`skipping the CIM 2.49 model tests: ${cimEntry} not found (../shared is absent)`);

describe.skipIf(!hasCim)("DMTF CIM 2.49 (needs ../shared/corpora/cim-schema-2.49.0)", () => {
  // Collection runs even for a skipped suite, so the schema is only loaded where it exists.
  if (!hasCim) return;
  const { schema, diagnostics } = resolveFiles([cimEntry.split(path.sep).join("/")]);
  const classes = [...schema.classes.values()];
  const cls = (name: string) => schema.classes.get(name.toLowerCase())!;

  it("resolves with no diagnostics at all", () => {
    expect(diagnostics.map(at)).toEqual([]);
  });

  it("has the figures both reference compilers report", () => {
    expect(schema.qualifierTypes.size).toBe(70);
    expect([...schema.qualifierTypes.values()].every((t) => !t.implicit)).toBe(true);
    expect(classes).toHaveLength(1631);
    expect(classes.filter((c) => c.isAssociation)).toHaveLength(643);
    expect(classes.filter((c) => c.isIndication)).toHaveLength(24);
    const local = (kind: "properties" | "methods") =>
      classes.reduce((n, c) => n + c[kind].filter((m) => m.origin === c.name).length, 0);
    expect(local("properties")).toBe(7154);
    expect(local("methods")).toBe(428);
    expect(classes.some((c) => c.implicit)).toBe(false);
  });

  it("orders every superclass before its subclasses", () => {
    const seen = new Set<string>();
    for (const c of classes) {
      if (c.superclass !== undefined) expect(seen.has(c.superclass)).toBe(true);
      seen.add(c.name);
    }
  });

  it("resolves CIM_Job.KillJob as the codegen guide describes it", () => {
    const killJob = cls("CIM_Job").methods.find((m) => m.name === "KillJob")!;
    const q = qualifierValues(killJob);
    expect(q.ValueMap).toEqual(["0", "1", "2", "3", "4", "6", "7", "..", "32768..65535"]);
    expect(q.Values).toEqual([
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
    expect(q.Deprecated).toEqual(["CIM_ConcreteJob.RequestStateChange()"]);
    expect(q.Description).toContain("provides 'Terminate' and 'Kill' options");
    expect(q.Description).toContain("remove any 'dangling' associations.");
    expect(killJob.parameters.map((p) => [p.name, p.in, p.out])).toEqual([
      ["DeleteOnKill", true, false],
    ]);

    const inherited = cls("CIM_ConcreteJob").methods.find((m) => m.name === "KillJob")!;
    expect(inherited.origin).toBe("CIM_Job");
    expect(qualifierValues(inherited).ValueMap).toEqual(q.ValueMap);
  });
});

const hyperV = path.join(repoRoot, "fixtures/hypervcluster/WindowsHyperVCluster.V2.mof");

describe.skipIf(!fs.existsSync(hyperV))("fixtures/hypervcluster", () => {
  const { schema, diagnostics } = resolveFiles([hyperV, hyperV.replace(/\.mof$/, ".mfl")]);

  it("resolves without errors; the only warning is Microsoft's MAX(4) on an array property", () => {
    // The fixture is regenerated from the reference pages, so the line is not pinned.
    expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
      "MOF3009 qualifier 'Max' is not allowed on a property; its scope is reference",
    ]);
    const line = fs.readFileSync(hyperV, "utf8").split("\n")[diagnostics[0]!.span!.line - 1];
    expect(line).toContain("Max(4)");
    expect(line).toContain("uint16 BootOrder[];");
  });

  it("merges the ms_409 amendments and keeps amendment classes out", () => {
    const classes = [...schema.classes.values()];
    expect(classes.every((c) => c.namespace === "Root/HyperVCluster/v2")).toBe(true);
    const job = schema.classes.get("msvm_migrationjob")!;
    const killJob = job.methods.find((m) => m.name === "KillJob")!;
    expect(killJob.qualifiers.get("description")?.flavors.amended).toBe(true);
    expect(typeof job.qualifiers.get("description")?.value).toBe("string");
  });
});
