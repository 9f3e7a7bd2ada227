#!/usr/bin/env node
// Runs `mofgen generate` (the built CLI in dist/) for every case in fixtures/cases.json.
//
// Usage: node scripts/generate-all.mjs [--check] [case-name...]
//   --check   verify the committed output instead of writing it (exit 1 on drift)
//   names     only these cases (default: all)
//
// Cases run one after another; the exit code is the worst one seen (2 > 1 > 0).

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(repoRoot, "dist/cli/main.js");
const { cases } = JSON.parse(readFileSync(path.join(repoRoot, "fixtures/cases.json"), "utf8"));

const args = process.argv.slice(2);
const check = args.includes("--check");
const names = args.filter((a) => a !== "--check");
const unknown = names.filter((n) => !cases.some((c) => c.name === n));
if (unknown.length > 0 || names.some((n) => n.startsWith("-"))) {
  console.error(`unknown case or option: ${unknown.join(", ")}`);
  console.error(`cases: ${cases.map((c) => c.name).join(", ")}`);
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error(`${path.relative(repoRoot, cli)} is missing; run 'npm run build' first`);
  process.exit(2);
}

let worst = 0;
for (const c of cases.filter((c) => names.length === 0 || names.includes(c.name))) {
  const argv = [
    cli,
    "generate",
    ...c.include.flatMap((dir) => ["-I", dir]),
    ...c.inputs,
    "--out",
    c.out,
    ...c.flags,
    ...(check ? ["--check"] : []),
  ];
  console.error(`[${c.name}] mofgen ${argv.slice(1).join(" ")}`);
  const { status, error } = spawnSync(process.execPath, argv, { cwd: repoRoot, stdio: "inherit" });
  if (error !== undefined) throw error;
  worst = Math.max(worst, status ?? 3);
}
process.exit(worst);
