/**
 * Damaged input must never crash mofgen: real MOF files (the fixtures and a sample of DMTF CIM
 * 2.49) are mutated with a seeded PRNG and run through every stage in-process (decode, load,
 * parse, resolve, generate). Each diagnostic must be well-formed and printable; an input with
 * no errors must give a module for every class. A failure names the unit, seed and mutations.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMof } from "../../src/ast/parse.js";
import { diagnosticCodes } from "../../src/diagnostics/codes.js";
import { type Diagnostic, hasErrors } from "../../src/diagnostics/diagnostic.js";
import { formatDiagnostic } from "../../src/diagnostics/format-diagnostic.js";
import { generateFiles } from "../../src/emit/generate-files.js";
import { classFileStem } from "../../src/emit/symbol-names.js";
import { loadCompilationUnit } from "../../src/input/load-unit.js";
import { resolveSchema } from "../../src/model/resolve-schema.js";
import { repoRoot } from "../support/fixture-cases.js";
import { createRandom, mutate } from "./mutations.js";

interface FuzzUnit {
  readonly name: string;
  /** Every file the unit may read, by the path the loader sees. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly entries: readonly string[];
  /** The files mutations are applied to. */
  readonly targets: readonly string[];
  readonly seeds: readonly number[];
}

/** Runs per unit; seeds are consecutive, so a failure's seed replays it. */
const SMALL_RUNS = 250;
const BIG_RUNS = 8;
const CIM_RUNS = 20;

const seeds = (count: number, first = 1) => Array.from({ length: count }, (_, i) => first + i);

const read = (file: string) => new Uint8Array(fs.readFileSync(path.join(repoRoot, file)));

/** One unit per fixture directory: `.mof` before `.mfl`, included files are not entries. */
function fixtureUnits(): FuzzUnit[] {
  const root = path.join(repoRoot, "fixtures");
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((dir) => {
      const names = fs
        .readdirSync(path.join(root, dir.name))
        .filter((n) => /\.(mof|mfl)$/i.test(n))
        .sort(
          (a, b) => Number(a.endsWith(".mfl")) - Number(b.endsWith(".mfl")) || (a < b ? -1 : 1),
        );
      const files = new Map(
        names.map((n) => [`fixtures/${dir.name}/${n}`, read(`fixtures/${dir.name}/${n}`)]),
      );
      const text = [...files.values()].map((b) => new TextDecoder().decode(b)).join("\n");
      const included = (n: string) => text.includes(`include ("${n}")`);
      const big = [...files.values()].some((b) => b.length > 100_000);
      return {
        name: dir.name,
        files,
        entries: [...files.keys()].filter((f) => !included(path.posix.basename(f))),
        targets: [...files.keys()],
        // The Hyper-V schema is 500 KB: a few runs of it, many of the small fixtures.
        seeds: big ? seeds(BIG_RUNS) : seeds(SMALL_RUNS),
      };
    });
}

const cimRoot = path.resolve(repoRoot, "../shared/corpora/cim-schema-2.49.0");
const CIM_SAMPLE = 50;

/** Every n-th file of the corpus (sorted, so the sample is the same everywhere), each after qualifiers.mof. */
function cimUnits(): FuzzUnit[] {
  const all = fs
    .readdirSync(cimRoot, { recursive: true })
    .map((f) => String(f).split(path.sep).join("/"))
    .filter((f) => f.endsWith(".mof") && f.includes("/"))
    .sort();
  const qualifiers = new Uint8Array(fs.readFileSync(path.join(cimRoot, "qualifiers.mof")));
  return Array.from(
    { length: CIM_SAMPLE },
    (_, i) => all[Math.floor((i * all.length) / CIM_SAMPLE)]!,
  ).map((file, i) => ({
    name: `cim/${file}`,
    files: new Map([
      ["cim/qualifiers.mof", qualifiers],
      [`cim/${file}`, new Uint8Array(fs.readFileSync(path.join(cimRoot, file)))],
    ]),
    entries: ["cim/qualifiers.mof", `cim/${file}`],
    targets: [`cim/${file}`],
    seeds: seeds(CIM_RUNS, 100_000 + CIM_RUNS * i),
  }));
}

/** Line starts of a text, with LF, CRLF and lone CR breaks as the lexer counts them. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function checkSpan(
  span: NonNullable<Diagnostic["span"]>,
  sources: ReadonlyMap<string, string>,
  starts: (file: string) => number[],
): string | undefined {
  const text = sources.get(span.file);
  if (text === undefined) return `span in '${span.file}', which is not a source of the unit`;
  const { offset, length, line, column } = span;
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    return `offset ${offset} outside the text (${text.length} characters)`;
  }
  if (!Number.isInteger(length) || length < 0 || offset + length > text.length) {
    return `length ${length} at ${offset} runs past the text (${text.length} characters)`;
  }
  const lines = starts(span.file);
  let index = lines.length - 1;
  while (lines[index]! > offset) index--;
  const expected = `${index + 1}:${offset - lines[index]! + 1}`;
  if (`${line}:${column}` !== expected)
    return `at ${line}:${column}, but offset ${offset} is ${expected}`;
  return undefined;
}

/** C0 (except line feed), DEL and C1: nothing a code frame should send to a terminal. */
function isControl(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code < 0x20 && code !== 10) || (code >= 0x7f && code <= 0x9f);
}

/** Problems with one diagnostic; empty when it is well-formed. */
function checkDiagnostic(
  d: Diagnostic,
  sources: ReadonlyMap<string, string>,
  starts: (file: string) => number[],
): string[] {
  const problems: string[] = [];
  const info = (diagnosticCodes as Record<string, { severity: string } | undefined>)[d.code];
  if (info === undefined) problems.push("code not in the registry");
  else if (info.severity !== d.severity)
    problems.push(`severity ${d.severity}, registry says ${info.severity}`);
  if (typeof d.message !== "string" || d.message.trim() === "") problems.push("empty message");
  if (/\n\s+at /.test(d.message)) problems.push("message holds a stack trace");
  if (d.code === "MOF3901" || (d.code === "MOF2099" && !d.message.includes("too deeply"))) {
    problems.push("internal error");
  }
  if (d.span === undefined) problems.push("no location");
  for (const span of [d.span, ...(d.related ?? []).map((r) => r.span)]) {
    const problem = span === undefined ? undefined : checkSpan(span, sources, starts);
    if (problem !== undefined) problems.push(problem);
  }
  for (const color of [false, true]) {
    try {
      const printed = formatDiagnostic(d, sources, { color });
      const head = d.span === undefined ? "" : `${d.span.file}:${d.span.line}:${d.span.column} - `;
      if (!color && !printed.startsWith(`${head}${d.severity} ${d.code}: `)) {
        problems.push(`printed as ${JSON.stringify(printed.split("\n")[0])}`);
      }
      if (!color && [...printed].some(isControl)) {
        problems.push(`prints control characters: ${JSON.stringify(printed)}`);
      }
      if (!color && (printed.split("\n")[1] ?? "") !== "") {
        problems.push(`the headline takes more than one line: ${JSON.stringify(printed)}`);
      }
    } catch (error) {
      problems.push(`formatDiagnostic threw ${String(error)}`);
    }
  }
  return problems.map((p) => `${d.code} ${JSON.stringify(d.message.slice(0, 160))}: ${p}`);
}

/** The whole pipeline on one (mutated) unit; every stage runs even after errors upstream. */
async function runPipeline(
  unit: FuzzUnit,
  files: ReadonlyMap<string, Uint8Array>,
): Promise<string[]> {
  const loaded = loadCompilationUnit(unit.entries, {
    includeDirs: [],
    host: { readFile: (file) => files.get(file) },
    parse: parseMof,
  });
  const resolved = resolveSchema(loaded.unit);
  const generated = await generateFiles(resolved.schema, {
    format: false,
    runtimeSources: new Map(),
  });
  const sources = loaded.unit.sources;
  const cache = new Map<string, number[]>();
  const starts = (file: string) => {
    const found = cache.get(file) ?? lineStarts(sources.get(file) ?? "");
    cache.set(file, found);
    return found;
  };
  const all = [...loaded.diagnostics, ...resolved.diagnostics, ...generated.diagnostics];
  const problems = all.flatMap((d) => checkDiagnostic(d, sources, starts));
  if (!hasErrors(all)) {
    for (const cls of resolved.schema.classes.values()) {
      const file = `${classFileStem(cls.name)}.ts`;
      if (!cls.implicit && !generated.files.has(file))
        problems.push(`no ${file} for class ${cls.name}`);
    }
    for (const file of ["index.ts", "schema.ts"]) {
      if (!generated.files.has(file)) problems.push(`no ${file}`);
    }
  }
  return problems;
}

async function fuzz(units: readonly FuzzUnit[]): Promise<{ failures: string[]; runs: number }> {
  const failures: string[] = [];
  let runs = 0;
  for (const unit of units) {
    for (const seed of unit.seeds) {
      const random = createRandom(seed);
      const target = random.pick(unit.targets);
      const mutated = mutate(unit.files.get(target)!, random);
      const files = new Map(unit.files).set(target, mutated.bytes);
      const where = `${unit.name}, seed ${seed}, ${target}: ${mutated.description}`;
      runs++;
      try {
        for (const problem of await runPipeline(unit, files)) failures.push(`${where}: ${problem}`);
      } catch (error) {
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        failures.push(`${where}: threw ${detail}`);
      }
    }
  }
  return { failures, runs };
}

describe("robustness: mutated MOF never crashes and is always reported well", () => {
  it("the fixtures", async () => {
    const started = performance.now();
    const { failures, runs } = await fuzz(fixtureUnits());
    console.info(
      `fuzz: ${runs} mutated fixture units in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(failures).toEqual([]);
  }, 60_000);

  it.skipIf(!fs.existsSync(path.join(cimRoot, "qualifiers.mof")))(
    `a sample of ${CIM_SAMPLE} DMTF CIM 2.49 files (needs ../shared/corpora/cim-schema-2.49.0)`,
    async () => {
      const started = performance.now();
      const { failures, runs } = await fuzz(cimUnits());
      console.info(
        `fuzz: ${runs} mutated CIM files in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(failures).toEqual([]);
    },
    60_000,
  );
});
