import path from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../src/api/generate.js";
import { loadSchema } from "../../src/api/load-schema.js";
import { selectClasses } from "../../src/emit/select-classes.js";
import type { CimClass, ModelValue, Qualifiers, Schema } from "../../src/model/model.js";
import { repoRoot } from "../support/fixture-cases.js";

const TINY = `
class T_C { [Key] string Id; };
class T_B { [Key] string Id; T_C REF Target; };
class T_A : T_B { uint32 Size; };
class T_D { [Key] string Id; };
`;

function tinySchema(): Schema {
  const loaded = loadSchema({ files: ["tiny.mof"], sources: { "tiny.mof": TINY } });
  expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return loaded.schema!;
}

const isClassFile = (file: string) => /^T_|^Msvm_|^CIM_|^MSCluster_|^__/.test(file);

describe("selectClasses", () => {
  it("takes the superclass and what it references, nothing else", () => {
    const selected = selectClasses(tinySchema(), ["T_A"]);
    expect([...selected.classes].sort()).toEqual(["t_a", "t_b", "t_c"]);
    expect(selected.diagnostics).toEqual([]);
  });

  it("matches globs and names case-insensitively", () => {
    expect([...selectClasses(tinySchema(), ["t_?"]).classes].sort()).toEqual([
      "t_a",
      "t_b",
      "t_c",
      "t_d",
    ]);
    expect([...selectClasses(tinySchema(), ["*_d"]).classes]).toEqual(["t_d"]);
  });

  it("warns about a pattern that matches nothing, suggesting a close name", () => {
    const selected = selectClasses(tinySchema(), ["T_AA", "X_*"]);
    expect(selected.classes.size).toBe(0);
    expect(selected.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ["MOF5201", "warning", "class pattern 'T_AA' matches no class; did you mean 'T_A'?"],
      ["MOF5201", "warning", "class pattern 'X_*' matches no class"],
    ]);
  });

  it("generates exactly the selected closure: A → {A, B, C} plus the shared files", async () => {
    const sources = { "tiny.mof": TINY };
    const options = { format: false };
    const all = await generate({ files: ["tiny.mof"], sources }, options);
    const some = await generate({ files: ["tiny.mof"], sources }, { ...options, classes: ["T_A"] });
    expect(some.diagnostics).toEqual([]);
    const files = [...some.files.keys()];
    expect(files.filter(isClassFile)).toEqual(["T_A.ts", "T_B.ts", "T_C.ts"]);
    // index, runtime and any other shared module, exactly as for a full run
    expect(files.filter((f) => !isClassFile(f))).toEqual(
      [...all.files.keys()].filter((f) => !isClassFile(f)),
    );
    expect(files).toContain("index.ts");
    expect(files.some((f) => f.startsWith("runtime/"))).toBe(true);
    expect(some.files.get("index.ts")).not.toContain("T_D");
  });
});

/**
 * The closure computed here on its own terms (a fixpoint over the whole schema, reading raw
 * qualifier values), to check selectClasses against something that is not itself.
 */
function expectedClosure(schema: Schema, root: string): string[] {
  const byName = (name: string) => schema.classes.get(name.toLowerCase());
  const strings = (qualifiers: Qualifiers, name: string): string[] => {
    const value: ModelValue | undefined = qualifiers.get(name.toLowerCase())?.value;
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return list.filter((v): v is string => typeof v === "string");
  };
  const needs = (cls: CimClass): string[] => {
    const out: string[] = cls.superclass === undefined ? [] : [cls.superclass];
    const elements = [
      { qualifiers: cls.qualifiers, type: undefined },
      ...cls.properties,
      ...cls.methods.map((m) => ({ qualifiers: m.qualifiers, type: m.returnType })),
      ...cls.methods.flatMap((m) => m.parameters),
    ];
    for (const element of elements) {
      const type = element.type;
      if (type?.kind === "ref") out.push(type.className);
      if (type?.kind === "object" && type.className !== undefined) out.push(type.className);
      out.push(...strings(element.qualifiers, "EmbeddedInstance"));
      for (const replacement of strings(element.qualifiers, "Deprecated")) {
        out.push(replacement.split(".")[0]!.trim());
      }
    }
    return out.filter((name) => byName(name) !== undefined).map((name) => byName(name)!.name);
  };
  let selected = new Set([byName(root)!.name]);
  for (;;) {
    const next = new Set([...selected].flatMap((name) => [name, ...needs(byName(name)!)]));
    if (next.size === selected.size) return [...selected].sort();
    selected = next;
  }
}

describe("selecting Msvm_MigrationJob from the Hyper-V cluster schema", async () => {
  const files = ["WindowsHyperVCluster.V2.mof", "WindowsHyperVCluster.V2.mfl"].map((name) =>
    path.join(repoRoot, "fixtures/hypervcluster", name),
  );
  const loaded = loadSchema({ files });
  const schema = loaded.schema!;
  const expected = expectedClosure(schema, "Msvm_MigrationJob");

  it("the expected closure is the job's ancestry and what it references", () => {
    expect(expected).toEqual(
      expect.arrayContaining(["Msvm_MigrationJob", "CIM_ConcreteJob", "CIM_Job"]),
    );
    expect(expected.length).toBeLessThan(schema.classes.size / 4);
  });

  it("emits exactly that closure", async () => {
    const result = await generate(schema, { classes: ["msvm_migrationjob"], format: false });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const emitted = [...result.files.keys()].filter(isClassFile).map((f) => f.slice(0, -3));
    expect(emitted.sort()).toEqual(expected);
  });
});
