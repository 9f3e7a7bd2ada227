import { compareOutputPaths, unsafeOutputPathReason } from "./output-path.js";

/**
 * The manifest records which files in an output directory mofgen wrote. It is what lets a run
 * delete the files of classes that no longer exist without touching anything else in the
 * directory, and what lets `--check` report extra files.
 *
 * It also records what the run read and wrote (hashes), so that a re-run can tell that nothing
 * changed without parsing anything, and can reuse formatted files whose render is unchanged.
 */
export const MANIFEST_FILE = ".mofgen-manifest.json";

/**
 * Bumped whenever the manifest's shape changes; older readers then refuse it. A manifest of an
 * older format listed in {@link OWNERSHIP_FORMATS} is still read for the files it owns; it just
 * has nothing cached, so the next run is a full one.
 */
export const MANIFEST_FORMAT = 2;
const OWNERSHIP_FORMATS: readonly unknown[] = [1, MANIFEST_FORMAT];

/** What the manifest knows about one file it owns. */
export interface FileRecord {
  /** Content hash of the file as written (`contentHash`); absent when not known. */
  readonly sha256?: string;
  /** Content hash of its unformatted render, for files that went through the formatter. */
  readonly render?: string;
}

/** What a run read, so the next one can tell whether anything it depends on changed. */
export interface RunInputs {
  /** Hash of everything besides the sources the output depends on (options, generator, ...). */
  readonly fingerprint: string;
  /** Hash of the formatter and its settings: formatted files can be reused while it matches. */
  readonly formatter: string;
  /**
   * How many problems (warnings) the run reported. Only a run without any is skipped when
   * nothing changed: skipping would hide its warnings.
   */
  readonly diagnostics: number;
  /**
   * Every source path the run tried to read (relative to the output directory, `/`-separated),
   * with the content hash of its bytes, or `null` when nothing was there.
   */
  readonly sources: ReadonlyMap<string, string | null>;
}

export interface ManifestContent {
  readonly files: ReadonlyMap<string, FileRecord>;
  /** Absent in the interim manifest and in older formats: nothing can be skipped then. */
  readonly inputs?: RunInputs | undefined;
}

export type ManifestState =
  | { readonly kind: "absent" }
  | {
      readonly kind: "valid";
      /** The paths it owns, as listed. */
      readonly files: readonly string[];
      readonly records: ReadonlyMap<string, FileRecord>;
      readonly inputs: RunInputs | undefined;
    }
  | { readonly kind: "invalid"; readonly reason: string };

/**
 * The manifest text: files sorted by path, one per line with its hashes, then the inputs; LF,
 * final newline.
 */
export function renderManifest(content: ManifestContent): string {
  // One entry per line: readable, and a changed file changes one line of the diff.
  const block = (map: ReadonlyMap<string, unknown>, indent: string) =>
    map.size === 0
      ? "{}"
      : `{\n${[...map.keys()]
          .sort(compareOutputPaths)
          .map((key) => `${indent}  ${JSON.stringify(key)}: ${JSON.stringify(map.get(key))}`)
          .join(",\n")}\n${indent}}`;
  const files = new Map(
    [...content.files].map(([path, { sha256, render }]) => [path, { sha256, render }]),
  );
  const lines = [
    "{",
    '  "generator": "mofgen",',
    `  "format": ${MANIFEST_FORMAT},`,
    `  "files": ${block(files, "  ")}${content.inputs === undefined ? "" : ","}`,
  ];
  if (content.inputs !== undefined) {
    const { fingerprint, formatter, diagnostics, sources } = content.inputs;
    lines.push(
      '  "inputs": {',
      `    "fingerprint": ${JSON.stringify(fingerprint)},`,
      `    "formatter": ${JSON.stringify(formatter)},`,
      `    "diagnostics": ${diagnostics},`,
      `    "sources": ${block(sources, "    ")}`,
      "  }",
    );
  }
  lines.push("}", "");
  return lines.join("\n");
}

/** The manifest of output paths whose hashes are not known (tests, interim manifests). */
export function ownershipOnly(paths: Iterable<string>): ManifestContent {
  return { files: new Map([...paths].map((path) => [path, {}])) };
}

/** Reads a manifest's text, rejecting anything it cannot fully trust. */
export function parseManifest(text: string): ManifestState {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: "invalid", reason: "it is not valid JSON" };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { kind: "invalid", reason: "it is not a JSON object" };
  }
  const { generator, format, files: listed, inputs } = body as Record<string, unknown>;
  if (generator !== "mofgen") return { kind: "invalid", reason: "it was not written by mofgen" };
  if (!OWNERSHIP_FORMATS.includes(format)) {
    return {
      kind: "invalid",
      reason: `its format ${JSON.stringify(format)} is not the supported format ${MANIFEST_FORMAT}`,
    };
  }
  const records = format === 1 ? readPathList(listed) : readRecords(listed);
  if (records === undefined) {
    return {
      kind: "invalid",
      reason: format === 1 ? "'files' is not a list of paths" : "'files' is not a map of files",
    };
  }
  const files = [...records.keys()];
  for (const file of files) {
    const unsafe = unsafeOutputPathReason(file);
    if (unsafe !== undefined) {
      return { kind: "invalid", reason: `it lists '${file}', which is unsafe because ${unsafe}` };
    }
    if (file === MANIFEST_FILE) return { kind: "invalid", reason: "it lists itself" };
  }
  // Cached knowledge only; a malformed inputs section just means nothing can be skipped.
  return { kind: "valid", files, records, inputs: readInputs(inputs) };
}

function readPathList(value: unknown): Map<string, FileRecord> | undefined {
  if (!Array.isArray(value) || value.some((f) => typeof f !== "string")) return undefined;
  return new Map((value as string[]).map((path) => [path, {}]));
}

function readRecords(value: unknown): Map<string, FileRecord> | undefined {
  if (!isObject(value)) return undefined;
  const records = new Map<string, FileRecord>();
  for (const [path, record] of Object.entries(value)) {
    if (!isObject(record)) return undefined;
    const { sha256, render } = record;
    if (!optionalString(sha256) || !optionalString(render)) return undefined;
    records.set(path, {
      ...(typeof sha256 === "string" ? { sha256 } : {}),
      ...(typeof render === "string" ? { render } : {}),
    });
  }
  return records;
}

function readInputs(value: unknown): RunInputs | undefined {
  if (!isObject(value)) return undefined;
  const { fingerprint, formatter, diagnostics, sources } = value;
  if (typeof fingerprint !== "string" || typeof formatter !== "string") return undefined;
  if (!Number.isSafeInteger(diagnostics) || !isObject(sources)) return undefined;
  const hashes = Object.entries(sources);
  if (hashes.some(([, hash]) => hash !== null && typeof hash !== "string")) return undefined;
  return {
    fingerprint,
    formatter,
    diagnostics: diagnostics as number,
    sources: new Map(hashes as [string, string | null][]),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): boolean {
  return value === undefined || typeof value === "string";
}
