import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ClassDeclaration, MethodDeclaration, Production } from "../../src/ast/ast.js";
import { parseMof } from "../../src/ast/parse.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { sharedMaterial } from "../support/shared-material.js";

const { path: corpus, present } = sharedMaterial(
  "corpora/cim-schema-2.49.0",
  "the CIM 2.49 parser corpus tests",
);

function mofFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return mofFiles(full);
    return entry.name.endsWith(".mof") ? [full] : [];
  });
}

describe.skipIf(!present)(
  `DMTF CIM 2.49 schema, every file parsed on its own (needs ${corpus})`,
  () => {
    const files = present ? mofFiles(corpus) : [];
    const productions: Production[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const file of files) {
      const result = parseMof(readFileSync(file, "utf8"), file);
      productions.push(...result.document.productions);
      diagnostics.push(...result.diagnostics);
    }
    const classes = productions.filter((p): p is ClassDeclaration => p.kind === "class");

    it("finds all 1,634 files and reports no diagnostics", () => {
      expect(files).toHaveLength(1634);
      expect(diagnostics).toEqual([]);
    });

    it("has exactly 70 qualifier declarations and 1,631 classes", () => {
      expect(productions.filter((p) => p.kind === "qualifierDeclaration")).toHaveLength(70);
      expect(classes).toHaveLength(1631);
    });

    it("records the entry file's pragmas: one locale and 1,633 includes", () => {
      const pragmas = productions.filter((p) => p.kind === "pragma");
      expect(pragmas.filter((p) => p.name === "locale")).toHaveLength(1);
      expect(pragmas.filter((p) => p.name === "include")).toHaveLength(1633);
    });

    it("keeps the apostrophes written as \\' (CIM_Job.KillJob's Description)", () => {
      const job = classes.find((c) => c.name.text === "CIM_Job")!;
      const killJob = job.features.find(
        (f): f is MethodDeclaration => f.kind === "method" && f.name.text === "KillJob",
      )!;
      const description = killJob.qualifiers.find((q) => q.name.text === "Description")!;
      expect(description.value?.kind).toBe("string");
      const text = description.value?.kind === "string" ? description.value.value : "";
      expect(text).toContain("provides 'Terminate' and 'Kill' options");
      expect(text).toContain("any 'dangling' associations");
      expect(text).not.toContain("\\");
    });
  },
);
