import { createHash } from "node:crypto";

/**
 * SHA-256 (hex) of a text's UTF-8 bytes or of raw bytes: what the manifest records for every
 * file written and every source read, so a re-run can tell "unchanged" without redoing the work.
 */
export function contentHash(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}
