import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "./fixture-cases.js";

/**
 * The reference material beside the repository (`../shared`): present in development and CI,
 * absent in a user's clone, where the tests that need it skip and say so.
 */
export function sharedMaterial(relative: string, what: string): { path: string; present: boolean } {
  const full = path.resolve(repoRoot, "../shared", relative);
  const present = fs.existsSync(full);
  if (!present) console.warn(`skipping ${what}: ${full} not found (../shared is absent)`);
  return { path: full, present };
}
