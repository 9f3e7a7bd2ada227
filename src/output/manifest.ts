import { compareOutputPaths, unsafeOutputPathReason } from "./output-path.js";

/**
 * The manifest records which files in an output directory mofgen wrote. It is what lets a run
 * delete the files of classes that no longer exist without touching anything else in the
 * directory, and what lets `--check` report extra files.
 */
export const MANIFEST_FILE = ".mofgen-manifest.json";

/** Bumped whenever the manifest's shape changes; older readers then refuse it. */
export const MANIFEST_FORMAT = 1;

export type ManifestState =
  | { readonly kind: "absent" }
  | { readonly kind: "valid"; readonly files: readonly string[] }
  | { readonly kind: "invalid"; readonly reason: string };

/** The manifest text for a set of output paths: sorted, one path per line, LF, final newline. */
export function renderManifest(paths: Iterable<string>): string {
  const files = [...new Set(paths)].sort(compareOutputPaths);
  const body = { generator: "mofgen", format: MANIFEST_FORMAT, files };
  return `${JSON.stringify(body, null, 2)}\n`;
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
  const { generator, format, files } = body as Record<string, unknown>;
  if (generator !== "mofgen") return { kind: "invalid", reason: "it was not written by mofgen" };
  if (format !== MANIFEST_FORMAT) {
    return {
      kind: "invalid",
      reason: `its format ${JSON.stringify(format)} is not the supported format ${MANIFEST_FORMAT}`,
    };
  }
  if (!Array.isArray(files) || files.some((f) => typeof f !== "string")) {
    return { kind: "invalid", reason: "'files' is not a list of paths" };
  }
  for (const file of files as string[]) {
    const unsafe = unsafeOutputPathReason(file);
    if (unsafe !== undefined) {
      return { kind: "invalid", reason: `it lists '${file}', which is unsafe because ${unsafe}` };
    }
    if (file === MANIFEST_FILE) return { kind: "invalid", reason: "it lists itself" };
  }
  return { kind: "valid", files: files as string[] };
}
