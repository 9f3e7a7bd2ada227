import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { sharedMaterial } from "../support/shared-material.js";
import { type BindingComparison, compareBinding, type GeneratedModule } from "./compare-binding.js";
import { compareModel, type ModelComparison, type Tally } from "./compare-model.js";
import { generatedDir, resolveFixture } from "./fixture-schema.js";
import { type ReferencePages, readReferencePages } from "./reference-pages.js";

const { path: pagesDir, present: available } = sharedMaterial(
  "reference/ClusHyperV",
  "the HyperVCluster fidelity tests",
);

/**
 * Where the fixture deliberately differs from a page (see fixtures/hypervcluster/README.md,
 * "Corrections to the pages"). Each entry is a reported difference, word for word; an entry
 * that no longer occurs fails the test, so the list cannot go stale.
 */
const DELIBERATE = new Set<string>([
  // The page writes the output array as `ReplicationHealthIssues[1]`; the fixture declares it
  // `[]` (README: "ReplicationHealthIssues[1] becomes ReplicationHealthIssues[]").
  "msvm-collectionreplicationservice-getreplicationstatistics.md: Msvm_CollectionReplicationService.GetReplicationStatistics(ReplicationHealthIssues) is string[], the page says string[1]",
]);

function tallyText(label: string, tally: Tally): string {
  return `${label} ${tally.matched}/${tally.total}`;
}

/**
 * The fixture against an independent reading of the Microsoft reference pages it was rebuilt
 * from: every documented class, property, method, parameter and return code must be in the
 * resolved model (.mof and .mfl merged) exactly as documented.
 */
describe.skipIf(!available)(
  "HyperVCluster fixture fidelity (needs ../shared/reference/ClusHyperV)",
  () => {
    let pages: ReferencePages;
    let errors: readonly string[];
    let model: ModelComparison;

    beforeAll(() => {
      pages = readReferencePages(pagesDir);
      const fixture = resolveFixture();
      errors = fixture.errors;
      model = compareModel(fixture.schema, pages.classPages, pages.methodPages, DELIBERATE);
    });

    it("reads every class and method page", () => {
      expect(pages.unreadable).toEqual([]);
      expect([pages.classPages.length, pages.methodPages.length]).toEqual([201, 446]);
    });

    it("resolves the fixture without errors", () => {
      expect(errors).toEqual([]);
    });

    it("has every documented class with its superclass and properties", () => {
      expect(model.classMismatches).toEqual([]);
    });

    it("has every documented method with its parameters and return codes", () => {
      expect(model.methodMismatches).toEqual([]);
    });

    it("uses every deliberate difference it lists", () => {
      expect([...DELIBERATE].filter((m) => !model.deliberate.includes(m))).toEqual([]);
    });

    it("matches the pages in full", () => {
      const totals = [
        tallyText("classes", model.classes),
        tallyText("properties", model.properties),
        tallyText("methods", model.methods),
        tallyText("parameters", model.parameters),
        tallyText("return-code lists", model.returnCodeLists),
        `prose return values ${model.proseReturnValues}`,
        `deliberate differences ${DELIBERATE.size}`,
      ].join(", ");
      console.log(`HyperVCluster model against the pages: ${totals}`);
      expect(totals).toBe(
        "classes 201/201, properties 3560/3560, methods 446/446, parameters 758/758, return-code lists 204/204, prose return values 242, deliberate differences 1",
      );
    });

    describe("generated binding (generated/hypervcluster)", () => {
      let binding: BindingComparison;

      beforeAll(async () => {
        const modules = new Map<string, GeneratedModule>();
        // Every class module: a method's types live in the module of the class declaring it.
        const files = existsSync(generatedDir) ? readdirSync(generatedDir) : [];
        for (const file of files.filter((f) => /^(CIM|Msvm)_\w+\.ts$/.test(f))) {
          const full = path.join(generatedDir, file);
          const exports = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
          modules.set(file.slice(0, -3), { exports, source: readFileSync(full, "utf8") });
        }
        binding = compareBinding(pages.methodPages, (name) => modules.get(name));
      });

      it("has every documented method with its input, output and return-code types", () => {
        expect(binding.mismatches).toEqual([]);
      });

      it("matches the method pages in full", () => {
        const totals = [
          tallyText("methods", binding.methods),
          tallyText("return-code lists", binding.returnCodeLists),
        ].join(", ");
        console.log(`HyperVCluster binding against the pages: ${totals}`);
        expect(totals).toBe("methods 446/446, return-code lists 204/204");
      });
    });
  },
);
