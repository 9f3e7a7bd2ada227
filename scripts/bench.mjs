// Benchmarks mofgen on the full DMTF CIM 2.49 schema. Run with `npm run bench` (builds first).
// Each section measures one stage in-process (median of RUNS), then the cold CLI is measured as
// users run it. Add a stage by adding a section to `sections`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(repoRoot, "dist");
const schema = path.resolve(repoRoot, "../shared/corpora/cim-schema-2.49.0/cim_schema_2.49.0.mof");
const RUNS = 5;
const CLI_RUNS = 7;

if (!fs.existsSync(schema)) {
  console.log(`bench: skipped, the CIM 2.49 schema is not at ${schema} (../shared is absent)`);
  process.exit(0);
}

/** Imports a built module, or `undefined` when that stage is not built yet. */
async function importBuilt(relative) {
  const file = path.join(dist, relative);
  return fs.existsSync(file) ? import(pathToFileURL(file).href) : undefined;
}

const { loadCompilationUnit } = await importBuilt("src/input/load-unit.js");
const { fsSourceHost } = await importBuilt("src/cli/fs-source-host.js");
const parseModule = await importBuilt("src/ast/parse.js");
const lexerModule = await importBuilt("grammar/lexer.js");
const resolveModule = await importBuilt("src/model/resolve-schema.js");

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall time in ms of `runs` calls; also returns the last result. */
function timed(runs, fn) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

const GENERATE_RUNS = 3;

/**
 * Runs the built CLI once: wall time in ms, CPU time (user + system, all threads) in ms and
 * peak RSS in KiB (both NaN without GNU time), output. CPU time is the figure to compare when
 * other jobs share the machine: wall time then mostly measures them.
 */
function runCli(args, env = {}) {
  const command = [process.execPath, path.join(dist, "cli/main.js"), ...args];
  const gnuTime = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
  const start = performance.now();
  const run = gnuTime
    ? spawnSync(gnuTime, ["-f", "%e %M %U %S", ...command], {
        encoding: "utf8",
        env: { ...process.env, ...env },
      })
    : spawnSync(command[0], command.slice(1), {
        encoding: "utf8",
        env: { ...process.env, ...env },
      });
  const wall = performance.now() - start;
  const lines = run.stderr.trim().split("\n");
  // GNU time prints "<seconds> <max RSS KiB> <user s> <system s>" as the last line of stderr.
  const [, peak, user, system] = gnuTime ? (lines.pop()?.split(" ") ?? []) : [];
  const cpu = (Number(user) + Number(system)) * 1000;
  return { status: run.status, wall, cpu, peakKiB: Number(peak), stderr: lines.join("\n") };
}

const ms = (value) => `${value.toFixed(0)} ms`;
const millionsPerSecond = (count, millis) => `${(count / millis / 1000).toFixed(1)} M`;

/** Shared by the sections: the schema's files and their decoded text, read once. */
const context = {};

const sections = [
  {
    name: "input (read + decode + include expansion + parse)",
    run() {
      if (parseModule === undefined) return [["skipped", "dist/src/ast/parse.js is not built"]];
      const options = { includeDirs: [], host: fsSourceHost, parse: parseModule.parseMof };
      const { ms: time, result } = timed(RUNS, () => loadCompilationUnit([schema], options));
      context.sources = result.unit.sources;
      context.unit = result.unit;
      const characters = [...result.unit.sources.values()].reduce((n, t) => n + t.length, 0);
      context.characters = characters;
      return [
        ["files", result.unit.sources.size.toLocaleString("en-US")],
        ["characters", characters.toLocaleString("en-US")],
        ["declarations", result.unit.productions.length.toLocaleString("en-US")],
        ["diagnostics", `${result.diagnostics.length}`],
        ["time", ms(time)],
        ["throughput", `${millionsPerSecond(characters, time)} characters/s`],
      ];
    },
  },
  {
    name: "lexer",
    run() {
      const lexer = lexerModule?.mofLexer;
      if (context.sources === undefined || typeof lexer?.tokenize !== "function") {
        return [["skipped", "needs dist/grammar/lexer.js (mofLexer) and the input section"]];
      }
      const texts = [...context.sources.values()];
      const { ms: time, result: counts } = timed(RUNS, () => {
        const totals = { tokens: 0, errors: 0 };
        for (const text of texts) {
          const lexed = lexer.tokenize(text);
          totals.tokens += lexed.tokens.length;
          totals.errors += lexed.errors.length;
        }
        return totals;
      });
      return [
        ["tokens", counts.tokens.toLocaleString("en-US")],
        ["lexer errors", `${counts.errors}`],
        ["time", ms(time)],
        ["throughput", `${millionsPerSecond(context.characters, time)} characters/s`],
      ];
    },
  },
  {
    name: "parse to AST (lex + parse + build, text already in memory)",
    run() {
      if (context.sources === undefined) return [["skipped", "needs the input section"]];
      const files = [...context.sources];
      const { ms: time } = timed(RUNS, () => {
        for (const [file, text] of files) parseModule.parseMof(text, file);
      });
      return [
        ["time", ms(time)],
        ["throughput", `${millionsPerSecond(context.characters, time)} characters/s`],
      ];
    },
  },
  {
    name: "resolve (AST of the whole unit to the resolved schema)",
    run() {
      if (context.unit === undefined || resolveModule === undefined) {
        return [["skipped", "needs dist/src/model/resolve-schema.js and the input section"]];
      }
      const { ms: time, result } = timed(RUNS, () => resolveModule.resolveSchema(context.unit));
      return [
        ["classes", result.schema.classes.size.toLocaleString("en-US")],
        ["diagnostics", `${result.diagnostics.length}`],
        ["time", ms(time)],
      ];
    },
  },
  {
    name: `cold CLI: mofgen validate <schema> (median of ${CLI_RUNS} processes)`,
    run() {
      const mainJs = path.join(dist, "cli/main.js");
      const gnuTime = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
      const walls = [];
      const peaks = [];
      let status;
      for (let i = 0; i < CLI_RUNS; i++) {
        const command = [process.execPath, mainJs, "validate", schema];
        const start = performance.now();
        const run = gnuTime
          ? spawnSync(gnuTime, ["-f", "%e %M %U %S", ...command], { encoding: "utf8" })
          : spawnSync(command[0], command.slice(1), { encoding: "utf8" });
        walls.push(performance.now() - start);
        status = run.status;
        // GNU time prints "<seconds> <max RSS KiB>" as the last line of stderr.
        const peak = gnuTime ? Number(run.stderr.trim().split("\n").at(-1)?.split(" ")[1]) : NaN;
        if (Number.isFinite(peak)) peaks.push(peak);
      }
      return [
        ["exit code", `${status}`],
        ["wall", `${ms(median(walls))} (target ≤ 400 ms)`],
        [
          "peak RSS",
          peaks.length > 0
            ? `${(median(peaks) / 1024).toFixed(1)} MB (target ≤ 150 MB)`
            : "n/a (no /usr/bin/time)",
        ],
      ];
    },
  },
  {
    name: `generate: mofgen generate <schema> --out <temp dir> (median of ${GENERATE_RUNS} processes each)`,
    run() {
      if (!fs.existsSync(path.join(dist, "src/cli/commands/generate.js"))) {
        return [["skipped", "dist/src/cli/commands/generate.js is not built"]];
      }
      // A private copy of the schema, so that one file can be touched for the partial re-run.
      const tree = fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-bench-schema-"));
      fs.cpSync(path.dirname(schema), tree, { recursive: true });
      const entry = path.join(tree, path.basename(schema));
      const touched = path.join(tree, "Core", "CIM_Job.mof");
      const runs = { cold: [], noOp: [], partial: [], check: [], bare: [], inProcess: [] };
      // Output directories are deleted only after the last run: on a file system mounted with
      // `discard` (as on the benchmark machine), deleting thousands of files makes creating
      // files in the seconds after it much slower, which would be charged to the next run.
      const outputs = [];
      const tempDir = () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-bench-"));
        outputs.push(dir);
        return dir;
      };
      let failure;
      const step = (list, args, env) => {
        const result = runCli(args, env);
        list.push(result);
        if (result.status !== 0) failure ??= result;
      };
      try {
        for (let i = 0; i < GENERATE_RUNS && failure === undefined; i++) {
          const [out, bare, single] = [tempDir(), tempDir(), tempDir()];
          step(runs.cold, ["generate", entry, "--out", out]);
          step(runs.noOp, ["generate", entry, "--out", out]);
          // Touching one source changes its hash: a full run, but every render is unchanged,
          // so every formatted file is reused.
          fs.appendFileSync(touched, `// bench ${i}\n`);
          step(runs.partial, ["generate", entry, "--out", out]);
          step(runs.check, ["generate", entry, "--out", out, "--check"]);
          step(runs.bare, ["generate", entry, "--out", bare, "--no-format"]);
          step(runs.inProcess, ["generate", entry, "--out", single], {
            MOFGEN_FORMAT_WORKERS: "0",
          });
        }
      } finally {
        for (const dir of [...outputs, tree]) fs.rmSync(dir, { recursive: true, force: true });
      }
      if (failure !== undefined) {
        return [
          ["failed", `exit code ${failure.status}: ${failure.stderr.trim().split("\n").at(-1)}`],
        ];
      }
      const wall = (list) => median(list.map((r) => r.wall));
      const peak = (list) => {
        const peaks = list.map((r) => r.peakKiB).filter(Number.isFinite);
        return peaks.length > 0 ? `${(median(peaks) / 1024).toFixed(0)} MB` : "n/a";
      };
      const cpu = (list) => {
        const times = list.map((r) => r.cpu).filter(Number.isFinite);
        return times.length > 0 ? `, CPU ${ms(median(times))}` : "";
      };
      const both = (list) => `${ms(wall(list))}${cpu(list)}, peak RSS ${peak(list)}`;
      const coldWall = wall(runs.cold);
      const bareWall = wall(runs.bare);
      const inProcessWall = wall(runs.inProcess);
      const share = (whole) => `${(((whole - bareWall) / whole) * 100).toFixed(0)} %`;
      const lastLine = (list) => list.at(-1).stderr.trim().split("\n").at(-1);
      return [
        ["cold, formatted", `${both(runs.cold)} (targets ≤ 6000 ms, ≤ 400 MB)`],
        ["no-op re-run", `${both(runs.noOp)} (target ≤ 600 ms)`],
        ["one source touched", `${both(runs.partial)} (formatted files reused)`],
        ["--check, in sync", `${both(runs.check)} (generates in full)`],
        ["cold, --no-format", both(runs.bare)],
        ["cold, Prettier in-process", both(runs.inProcess)],
        [
          "Prettier's share",
          `${share(coldWall)} of cold with workers, ${share(inProcessWall)} in-process ` +
            "(wall time over --no-format)",
        ],
        ["cold summary", lastLine(runs.cold)],
        ["no-op summary", lastLine(runs.noOp)],
        ["touched summary", lastLine(runs.partial)],
      ];
    },
  },
];

console.log(`mofgen bench: ${path.relative(repoRoot, schema)}`);
console.log(
  `node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), ` +
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} at start`,
);
for (const section of sections) {
  console.log(`\n${section.name}`);
  const rows = section.run();
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
}
