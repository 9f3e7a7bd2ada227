import { describe, expect, it } from "vitest";
import { renderManifest } from "../../src/output/manifest.js";
import { driftOf, isInSync } from "../../src/output/output-drift.js";
import {
  type ExistingEntry,
  type OutputState,
  type PlanOptions,
  planOutput,
} from "../../src/output/plan-output.js";

const write: PlanOptions = { mode: "write", force: false, displayDir: "out" };
const check: PlanOptions = { mode: "check", force: false, displayDir: "out" };

function state(
  manifestFiles: readonly string[] | undefined,
  disk: Record<string, string | "<dir>">,
): OutputState {
  const entries = new Map<string, ExistingEntry>(
    Object.entries(disk).map(([path, content]) => [
      path,
      content === "<dir>" ? { kind: "other" } : { kind: "file", content },
    ]),
  );
  const manifestText = manifestFiles === undefined ? undefined : renderManifest(manifestFiles);
  return { manifestText, entries };
}

const files = (record: Record<string, string>) => new Map(Object.entries(record));

describe("planOutput", () => {
  it("creates everything in an empty directory, manifest included", () => {
    const plan = planOutput(files({ "b.ts": "B", "a.ts": "A" }), state(undefined, {}), write);
    expect(plan).toMatchObject({
      create: ["a.ts", "b.ts"],
      update: [],
      unchanged: [],
      remove: [],
      conflicts: [],
      manifest: renderManifest(["a.ts", "b.ts"]),
      manifestChange: "create",
      interimManifest: renderManifest(["a.ts", "b.ts"]),
      diagnostics: [],
    });
  });

  it("keeps identical files, updates changed ones and removes files of vanished classes", () => {
    const plan = planOutput(
      files({ "a.ts": "A", "b.ts": "B2", "c.ts": "C" }),
      state(["a.ts", "b.ts", "gone.ts", "gone-already.ts"], {
        "a.ts": "A",
        "b.ts": "B1",
        "gone.ts": "G",
        "mine.ts": "user file",
      }),
      write,
    );
    expect(plan).toMatchObject({
      create: ["c.ts"],
      update: ["b.ts"],
      unchanged: ["a.ts"],
      remove: ["gone.ts"],
      conflicts: [],
      manifestChange: "update",
      interimManifest: renderManifest(["a.ts", "b.ts", "c.ts", "gone.ts", "gone-already.ts"]),
      diagnostics: [],
    });
  });

  it("needs no interim manifest when every written file is already owned", () => {
    const plan = planOutput(files({ "a.ts": "A2" }), state(["a.ts"], { "a.ts": "A1" }), write);
    expect(plan.interimManifest).toBeUndefined();
    expect(plan.manifestChange).toBe("unchanged");
  });

  it("refuses to overwrite a differing file that mofgen did not write", () => {
    const plan = planOutput(
      files({ "a.ts": "A", "user.ts": "generated" }),
      state(["a.ts"], { "a.ts": "A", "user.ts": "hand-written" }),
      write,
    );
    expect(plan.conflicts).toEqual(["user.ts"]);
    expect(plan.update).toEqual([]);
    expect(plan.diagnostics).toEqual([
      {
        code: "MOF5301",
        severity: "error",
        message:
          "refusing to overwrite 'out/user.ts', which was not written by mofgen " +
          "(it is not listed in .mofgen-manifest.json); move it away or pass --force",
      },
    ]);
  });

  it("treats a foreign file with exactly the generated content as unchanged", () => {
    const plan = planOutput(files({ "a.ts": "A" }), state(undefined, { "a.ts": "A" }), write);
    expect(plan.unchanged).toEqual(["a.ts"]);
    expect(plan.diagnostics).toEqual([]);
    expect(plan.manifestChange).toBe("create");
  });

  it("overwrites foreign files with --force", () => {
    const plan = planOutput(files({ "a.ts": "A" }), state(undefined, { "a.ts": "mine" }), {
      ...write,
      force: true,
    });
    expect(plan.update).toEqual(["a.ts"]);
    expect(plan.diagnostics).toEqual([]);
    expect(plan.interimManifest).toBe(renderManifest(["a.ts"]));
  });

  it("reports a directory in the way even with --force", () => {
    const plan = planOutput(files({ "a.ts": "A" }), state(undefined, { "a.ts": "<dir>" }), {
      ...write,
      force: true,
    });
    expect(plan.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["MOF5304", "cannot write 'out/a.ts' because a directory or other non-file is in the way"],
    ]);
  });

  it("rejects unsafe paths from the emitter, including the manifest's own name", () => {
    const plan = planOutput(
      files({ "../a.ts": "A", ".mofgen-manifest.json": "{}" }),
      state(undefined, {}),
      write,
    );
    expect(plan.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["MOF5303", "cannot write output file '../a.ts' because it contains a '..' segment"],
      [
        "MOF5303",
        "cannot write output file '.mofgen-manifest.json' because it is the manifest's own name",
      ],
    ]);
  });

  it("refuses an unusable manifest unless forced, and then ignores it", () => {
    const broken: OutputState = { manifestText: "{", entries: new Map() };
    expect(planOutput(files({ "a.ts": "A" }), broken, write).diagnostics).toEqual([
      {
        code: "MOF5302",
        severity: "error",
        message:
          "cannot use 'out/.mofgen-manifest.json' because it is not valid JSON; mofgen relies on " +
          "it to know which files it owns (delete it, or pass --force to replace it)",
      },
    ]);
    const forced = planOutput(files({ "a.ts": "A" }), broken, { ...write, force: true });
    expect(forced.diagnostics).toEqual([]);
    expect(forced.manifestChange).toBe("update");
  });

  it("never removes a manifest entry that is now a directory", () => {
    const plan = planOutput(files({}), state(["d"], { d: "<dir>" }), write);
    expect(plan.remove).toEqual([]);
  });
});

describe("driftOf", () => {
  it("lists stale, missing and extra files, counting the manifest like a file", () => {
    const plan = planOutput(
      files({ "a.ts": "A", "b.ts": "B2", "c.ts": "C", "foreign.ts": "F" }),
      state(["a.ts", "b.ts", "gone.ts"], {
        "a.ts": "A",
        "b.ts": "B1",
        "gone.ts": "G",
        "foreign.ts": "not ours",
      }),
      check,
    );
    expect(plan.diagnostics).toEqual([]);
    const drift = driftOf(plan);
    expect(drift).toEqual({
      stale: [".mofgen-manifest.json", "b.ts", "foreign.ts"],
      missing: ["c.ts"],
      extra: ["gone.ts"],
    });
    expect(isInSync(drift)).toBe(false);
  });

  it("is in sync when every file and the manifest match", () => {
    const plan = planOutput(files({ "a.ts": "A" }), state(["a.ts"], { "a.ts": "A" }), check);
    expect(driftOf(plan)).toEqual({ stale: [], missing: [], extra: [] });
    expect(isInSync(driftOf(plan))).toBe(true);
  });

  it("reports a missing manifest", () => {
    const plan = planOutput(files({ "a.ts": "A" }), state(undefined, { "a.ts": "A" }), check);
    expect(driftOf(plan).missing).toEqual([".mofgen-manifest.json"]);
  });
});
