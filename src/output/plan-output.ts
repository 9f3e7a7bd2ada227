import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { contentHash } from "./content-hash.js";
import {
  type FileRecord,
  MANIFEST_FILE,
  type ManifestState,
  parseManifest,
  type RunInputs,
  renderManifest,
} from "./manifest.js";
import { compareOutputPaths, unsafeOutputPathReason } from "./output-path.js";

/** What is on disk at one output path. */
export type ExistingEntry =
  | { readonly kind: "absent" }
  | { readonly kind: "file"; readonly content: string }
  /** A directory or anything else that is not a regular file. */
  | { readonly kind: "other" };

/** A snapshot of the output directory, as far as planning needs it. */
export interface OutputState {
  /** The previous manifest's text, `undefined` when there is none. */
  readonly manifestText: string | undefined;
  /**
   * What exists at every path of the file map and of the previous manifest. A path without an
   * entry is treated as absent.
   */
  readonly entries: ReadonlyMap<string, ExistingEntry>;
}

export interface PlanOptions {
  /**
   * `write` refuses to replace files mofgen did not write; `check` only reports how the
   * directory differs, so such files simply count as stale.
   */
  readonly mode: "write" | "check";
  /** Overwrite files mofgen did not write, and ignore an unusable manifest. */
  readonly force: boolean;
  /** The output directory as the user should see it in messages. */
  readonly displayDir: string;
  /**
   * What the new manifest records beyond content hashes, so the next run can skip work: the
   * hash of each formatted file's render and what the run read. Without it, the next run is a
   * full one.
   */
  readonly record?: RunRecord | undefined;
}

export interface RunRecord {
  readonly renders: ReadonlyMap<string, string>;
  readonly inputs: RunInputs;
}

export type ManifestChange = "unchanged" | "create" | "update";

export interface OutputPlan {
  /** Paths to write that do not exist yet. */
  readonly create: readonly string[];
  /** Paths to write whose current content differs. */
  readonly update: readonly string[];
  /** Paths whose content is already exactly right; they are never touched. */
  readonly unchanged: readonly string[];
  /** Files mofgen wrote before that the new output no longer has. */
  readonly remove: readonly string[];
  /**
   * Files in the way that mofgen did not write (not in the previous manifest) and whose content
   * differs. In `write` mode without `force` each is an error; with `force` they are in `update`.
   */
  readonly conflicts: readonly string[];
  /** The manifest after this run. */
  readonly manifest: string;
  readonly manifestChange: ManifestChange;
  /**
   * A manifest to put in place before any file is replaced, listing the previous files and the
   * new ones, so that a commit interrupted half-way still leaves every file it may have created
   * owned by mofgen (the next run can then replace or remove it). `undefined` when the previous
   * manifest already lists every path being written.
   */
  readonly interimManifest: string | undefined;
  /** Errors that forbid committing this plan. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Decides what a run must write, keep and delete. Pure: the caller reads the directory into an
 * {@link OutputState} first and commits the plan afterwards.
 */
export function planOutput(
  files: ReadonlyMap<string, string>,
  state: OutputState,
  options: PlanOptions,
): OutputPlan {
  const diagnostics: Diagnostic[] = [];
  const shown = (path: string) => joinForDisplay(options.displayDir, path);

  for (const path of files.keys()) {
    const unsafe =
      path === MANIFEST_FILE ? "it is the manifest's own name" : unsafeOutputPathReason(path);
    if (unsafe !== undefined) {
      diagnostics.push(
        makeDiagnostic("MOF5303", `cannot write output file '${path}' because ${unsafe}`),
      );
    }
  }

  const previous = readPrevious(state.manifestText, options, diagnostics);
  const owned = new Set(previous.kind === "valid" ? previous.files : []);
  const entryAt = (path: string): ExistingEntry => state.entries.get(path) ?? { kind: "absent" };

  const create: string[] = [];
  const update: string[] = [];
  const unchanged: string[] = [];
  const conflicts: string[] = [];
  for (const path of [...files.keys()].sort(compareOutputPaths)) {
    const entry = entryAt(path);
    if (entry.kind === "absent") {
      create.push(path);
    } else if (entry.kind === "other") {
      diagnostics.push(
        makeDiagnostic(
          "MOF5304",
          `cannot write '${shown(path)}' because a directory or other non-file is in the way`,
        ),
      );
    } else if (entry.content === files.get(path)) {
      unchanged.push(path);
    } else if (owned.has(path) || options.force) {
      update.push(path);
    } else {
      conflicts.push(path);
    }
  }
  if (options.mode === "write" && !options.force) {
    for (const path of conflicts) {
      diagnostics.push(
        makeDiagnostic(
          "MOF5301",
          `refusing to overwrite '${shown(path)}', which was not written by mofgen ` +
            `(it is not listed in ${MANIFEST_FILE}); move it away or pass --force`,
        ),
      );
    }
  }

  const remove = [...owned]
    .filter((path) => !files.has(path) && entryAt(path).kind === "file")
    .sort(compareOutputPaths);

  const records = new Map<string, FileRecord>();
  for (const [path, content] of files) {
    const render = options.record?.renders.get(path);
    records.set(path, {
      sha256: contentHash(content),
      ...(render === undefined ? {} : { render }),
    });
  }
  const manifest = renderManifest({ files: records, inputs: options.record?.inputs });
  const manifestChange: ManifestChange =
    state.manifestText === undefined
      ? "create"
      : state.manifestText === manifest ||
          (options.mode === "check" && sameFiles(previous, records))
        ? "unchanged"
        : "update";
  const written = [...create, ...update, ...(options.force ? conflicts : [])];
  const previousRecords = previous.kind === "valid" ? previous.records : new Map();
  const interimManifest = written.every((path) => owned.has(path))
    ? undefined
    : renderManifest({
        files: new Map(
          [...owned, ...written].map((path) => [
            path,
            records.get(path) ?? previousRecords.get(path) ?? {},
          ]),
        ),
      });

  return {
    create,
    update: options.force ? [...update, ...conflicts].sort(compareOutputPaths) : update,
    unchanged,
    remove,
    conflicts,
    manifest,
    manifestChange,
    interimManifest,
    diagnostics,
  };
}

function readPrevious(
  text: string | undefined,
  options: PlanOptions,
  diagnostics: Diagnostic[],
): ManifestState {
  if (text === undefined) return { kind: "absent" };
  const state = parseManifest(text);
  if (state.kind !== "invalid") return state;
  if (options.force && options.mode === "write") return { kind: "absent" };
  diagnostics.push(
    makeDiagnostic(
      "MOF5302",
      `cannot use '${joinForDisplay(options.displayDir, MANIFEST_FILE)}' because ${state.reason}; ` +
        "mofgen relies on it to know which files it owns (delete it, or pass --force to replace it)",
    ),
  );
  return state;
}

/**
 * Whether a manifest owns exactly these files with exactly these contents. `--check` compares
 * only this: the rest of the manifest is what the run read, a cache that never makes the output
 * wrong (a stale one only makes the next run a full one).
 */
function sameFiles(previous: ManifestState, records: ReadonlyMap<string, FileRecord>): boolean {
  if (previous.kind !== "valid" || previous.records.size !== records.size) return false;
  for (const [path, record] of records) {
    if (previous.records.get(path)?.sha256 !== record.sha256) return false;
  }
  return true;
}

function joinForDisplay(dir: string, path: string): string {
  return dir === "" || dir === "." ? path : `${dir.replace(/[\\/]+$/, "")}/${path}`;
}
