import { describe, expect, it } from "vitest";
import { contentHash } from "../../src/output/content-hash.js";
import { ownershipOnly, renderManifest } from "../../src/output/manifest.js";
import { driftOf, isInSync } from "../../src/output/output-drift.js";
import {
  type ExistingEntry,
  type OutputState,
  type PlanOptions,
  planOutput,
} from "../../src/output/plan-output.js";
import { hashedManifest } from "../support/manifests.js";

const write: PlanOptions = { mode: "write", force: false, displayDir: "out" };
const check: PlanOptions = { mode: "check", force: false, displayDir: "out" };

/** `manifest`: the paths an older run owns (hashes unknown), or the exact manifest text. */
function state(
  manifest: readonly string[] | string | undefined,
  disk: Record<string, string | "<dir>">,
): OutputState {
  const entries = new Map<string, ExistingEntry>(
    Object.entries(disk).map(([path, content]) => [
      path,
      content === "<dir>" ? { kind: "other" } : { kind: "file", content },
    ]),
  );
  const manifestText =
    manifest === undefined || typeof manifest === "string"
      ? manifest
      : renderManifest(ownershipOnly(manifest));
  return { manifestText, entries };
}

const files = (record: Record<string, string>) => new Map(Object.entries(record));

describe("planOutput", () => {
  it("records content hashes, render hashes and the run's inputs in the manifest", () => {
    const inputs = {
      fingerprint: "f",
      formatter: "p",
      diagnostics: 0,
      sources: new Map([["../s.mof", null]]),
    };
    const plan = planOutput(files({ "a.ts": "A", "runtime/r.ts": "R" }), state(undefined, {}), {
      ...write,
      record: { renders: new Map([["a.ts", "raw-hash"]]), inputs },
    });
    expect(plan.manifest).toBe(
      [
        "{",
        '  "generator": "mofgen",',
        '  "format": 2,',
        '  "files": {',
        `    "a.ts": {"sha256":"${contentHash("A")}","render":"raw-hash"},`,
        `    "runtime/r.ts": {"sha256":"${contentHash("R")}"}`,
        "  },",
        '  "inputs": {',
        '    "fingerprint": "f",',
        '    "formatter": "p",',
        '    "diagnostics": 0,',
        '    "sources": {',
        '      "../s.mof": null',
        "    }",
        "  }",
        "}",
        "",
      ].join("\n"),
    );
    // The interim manifest never claims the inputs: an interrupted commit means a full run.
    expect(plan.interimManifest).not.toContain('"inputs"');
  });

  it("creates everything in an empty directory, manifest included", () => {
    const plan = planOutput(files({ "b.ts": "B", "a.ts": "A" }), state(undefined, {}), write);
    expect(plan).toMatchObject({
      create: ["a.ts", "b.ts"],
      update: [],
      unchanged: [],
      remove: [],
      conflicts: [],
      manifest: hashedManifest({ "a.ts": "A", "b.ts": "B" }),
      manifestChange: "create",
      interimManifest: hashedManifest({ "a.ts": "A", "b.ts": "B" }),
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
      // Files being written carry their new hashes; the others keep what was known of them.
      interimManifest: renderManifest({
        files: new Map([
          ["a.ts", { sha256: contentHash("A") }],
          ["b.ts", { sha256: contentHash("B2") }],
          ["c.ts", { sha256: contentHash("C") }],
          ["gone.ts", {}],
          ["gone-already.ts", {}],
        ]),
      }),
      diagnostics: [],
    });
  });

  it("needs no interim manifest when every written file is already owned", () => {
    const plan = planOutput(files({ "a.ts": "A2" }), state(["a.ts"], { "a.ts": "A1" }), write);
    expect(plan.interimManifest).toBeUndefined();
    expect(plan.manifestChange).toBe("update");
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
    expect(plan.interimManifest).toBe(hashedManifest({ "a.ts": "A" }));
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
    const manifest = hashedManifest({ "a.ts": "A" });
    const plan = planOutput(files({ "a.ts": "A" }), state(manifest, { "a.ts": "A" }), check);
    expect(driftOf(plan)).toEqual({ stale: [], missing: [], extra: [] });
    expect(isInSync(driftOf(plan))).toBe(true);
  });

  it("ignores what the manifest records about the run's inputs, but not its hashes", () => {
    const inputs = {
      fingerprint: "f",
      formatter: "p",
      diagnostics: 0,
      sources: new Map([["../s.mof", "h"]]),
    };
    const withInputs = hashedManifest({ "a.ts": "A" }, inputs);
    const inSync = planOutput(files({ "a.ts": "A" }), state(withInputs, { "a.ts": "A" }), check);
    expect(isInSync(driftOf(inSync))).toBe(true);
    // A manifest of the older format, which recorded no hashes, is out of date.
    const older = planOutput(files({ "a.ts": "A" }), state(["a.ts"], { "a.ts": "A" }), check);
    expect(driftOf(older).stale).toEqual([".mofgen-manifest.json"]);
  });

  it("reports a missing manifest", () => {
    const plan = planOutput(files({ "a.ts": "A" }), state(undefined, { "a.ts": "A" }), check);
    expect(driftOf(plan).missing).toEqual([".mofgen-manifest.json"]);
  });
});
