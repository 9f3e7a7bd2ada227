/**
 * Test support: the Root\HyperVCluster\v2 fixture (.mof and its ms_409 .mfl) loaded as one
 * compilation unit and resolved, as `mofgen generate` does for the hypervcluster case.
 */
import path from "node:path";
import { parseMof } from "../../src/ast/parse.js";
import { fsSourceHost } from "../../src/cli/fs-source-host.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { loadCompilationUnit } from "../../src/input/load-unit.js";
import type { Schema } from "../../src/model/model.js";
import { resolveSchema } from "../../src/model/resolve-schema.js";
import { repoRoot } from "../support/fixture-cases.js";

export const fixtureDir = path.join(repoRoot, "fixtures/hypervcluster");
export const generatedDir = path.join(repoRoot, "generated/hypervcluster");

export interface FixtureSchema {
  readonly schema: Schema;
  /** Load and model errors, as `CODE message`. */
  readonly errors: readonly string[];
}

export function resolveFixture(): FixtureSchema {
  const files = ["WindowsHyperVCluster.V2.mof", "WindowsHyperVCluster.V2.mfl"].map((name) =>
    path.posix.join(fixtureDir.split(path.sep).join("/"), name),
  );
  const loaded = loadCompilationUnit(files, {
    includeDirs: [],
    host: fsSourceHost,
    parse: parseMof,
  });
  const resolved = resolveSchema(loaded.unit);
  const errors = [...loaded.diagnostics, ...resolved.diagnostics]
    .filter((d: Diagnostic) => d.severity === "error")
    .map((d) => `${d.code} ${d.message}`);
  return { schema: resolved.schema, errors };
}
