/**
 * Compares the generated binding of the Root\HyperVCluster\v2 fixture (generated/hypervcluster,
 * kept equal to the generator's output by the goldens test) with the method pages: the runtime
 * metadata of every documented method, its `_Input`/`_Output` types and its return-code objects.
 * Types are erased at run time, so the two interfaces are read from the module's text; the rest
 * comes from the imported module itself.
 */
import type { CimMethodMeta } from "../../src/runtime/metadata.js";
import type { Tally } from "./compare-model.js";
import { pageTypeText } from "./compare-model.js";
import type { MethodPage, PageParameter, PageReturnCode } from "./reference-pages.js";
import { isPrimitiveType } from "./reference-pages.js";

/** One generated class module: its exports and its source text. */
export interface GeneratedModule {
  readonly exports: Readonly<Record<string, unknown>>;
  readonly source: string;
}

export interface BindingComparison {
  readonly methods: Tally;
  readonly returnCodeLists: Tally;
  readonly mismatches: string[];
}

interface ValueMapDescriptor {
  readonly singles: readonly (readonly [number, string])[];
  readonly ranges: readonly { readonly lo: number; readonly hi: number; readonly name: string }[];
}

/** The largest uint32: where an open return-code range `N..` ends when nothing follows it. */
const UINT32_MAX = 4294967295;

export function compareBinding(
  methodPages: readonly MethodPage[],
  moduleOf: (className: string) => GeneratedModule | undefined,
): BindingComparison {
  const result: BindingComparison = {
    methods: { matched: 0, total: 0 },
    returnCodeLists: { matched: 0, total: 0 },
    mismatches: [],
  };
  for (const page of methodPages) {
    const where = `${page.file}: ${page.className}.${page.methodName}`;
    const miss = (text: string) => result.mismatches.push(`${where}${text}`);
    const before = result.mismatches.length;
    result.methods.total++;
    const meta = methodMeta(moduleOf(page.className), page);
    // Input, output and return-code types are named after the class that declares the method.
    const declaring = meta === undefined ? undefined : moduleOf(meta.className);
    if (meta === undefined) miss(" has no $methods entry in its generated module");
    else if (declaring === undefined) miss(` has no generated module ${meta.className}.ts`);
    else {
      const prefix = `${meta.className}_${page.methodName}`;
      compareMethod(page, meta, prefix, declaring.source, miss);
      if (page.returnValues.kind === "codes") {
        result.returnCodeLists.total++;
        const codesBefore = result.mismatches.length;
        compareReturnCodes(page.returnValues.codes, `${prefix}_ReturnValue`, declaring, miss);
        if (result.mismatches.length === codesBefore) result.returnCodeLists.matched++;
      }
    }
    if (result.mismatches.length === before) result.methods.matched++;
  }
  return result;
}

function methodMeta(
  module: GeneratedModule | undefined,
  page: MethodPage,
): CimMethodMeta | undefined {
  const binding = module?.exports[page.className] as
    | { readonly $methods?: Readonly<Record<string, CimMethodMeta>> }
    | undefined;
  return binding?.$methods?.[page.methodName];
}

function compareMethod(
  page: MethodPage,
  meta: CimMethodMeta,
  prefix: string,
  source: string,
  miss: (text: string) => void,
): void {
  const metaNames = meta.parameters.map((p) => p.name).join(", ");
  const pageNames = page.parameters.map((p) => p.parameterName).join(", ");
  if (metaNames !== pageNames) miss(` metadata lists (${metaNames}), the page says (${pageNames})`);
  else {
    page.parameters.forEach((expected, i) => {
      const actual = meta.parameters[i];
      if (actual === undefined) return;
      const actualText = `${metaType(actual, expected)} [${direction(actual.in, actual.out)}]`;
      const expectedText = `${bindingPageType(expected)} [${direction(expected.in, expected.out)}]`;
      if (actualText !== expectedText) {
        miss(
          `(${expected.parameterName}) metadata is ${actualText}, the page says ${expectedText}`,
        );
      }
    });
  }
  const input = interfaceMembers(source, `${prefix}_Input`);
  const expectedInput = page.parameters.filter((p) => p.in).map((p) => p.parameterName);
  // A method without IN parameters may do without an input type.
  if ((input ?? []).join(", ") !== expectedInput.join(", ")) {
    miss(
      ` ${prefix}_Input has (${input?.join(", ") ?? "no such type"}), expected (${expectedInput.join(", ")})`,
    );
  }
  const output = interfaceMembers(source, `${prefix}_Output`);
  const expectedOutput = [
    "ReturnValue",
    ...page.parameters.filter((p) => p.out).map((p) => p.parameterName),
  ];
  if (output?.join(", ") !== expectedOutput.join(", ")) {
    miss(
      ` ${prefix}_Output has (${output?.join(", ") ?? "no such type"}), expected (${expectedOutput.join(", ")})`,
    );
  }
}

function direction(isIn: boolean | undefined, isOut: boolean | undefined): string {
  return [isIn ? "in" : "", isOut ? "out" : ""].filter(Boolean).join(", ") || "none";
}

/** The metadata has no fixed array sizes; a page's `[1]` reads as a plain array here. */
function bindingPageType(p: PageParameter): string {
  return pageTypeText({ ...p, arraySize: undefined });
}

function metaType(meta: CimMethodMeta["parameters"][number], page: PageParameter): string {
  const embeds = !page.isRef && !isPrimitiveType(page.name);
  const base =
    meta.type === "reference"
      ? `${meta.refClass ?? "?"} REF`
      : embeds && meta.embeddedClass !== undefined
        ? `${meta.embeddedClass} (embedded)`
        : meta.type;
  return `${base}${meta.array ? "[]" : ""}`;
}

/** Member names of `export interface <name> { ... }` in the module text, or undefined. */
function interfaceMembers(source: string, name: string): string[] | undefined {
  const body = source.match(
    new RegExp(`^export interface ${name} \\{(\\}|[\\s\\S]*?\\n\\})`, "m"),
  )?.[1];
  if (body === undefined) return undefined;
  return [...body.matchAll(/^\s*readonly (\w+)\??:/gm)].map((m) => m[1] ?? "");
}

function compareReturnCodes(
  codes: readonly PageReturnCode[],
  prefix: string,
  module: GeneratedModule,
  miss: (text: string) => void,
): void {
  const named = module.exports[prefix] as Record<string, number> | undefined;
  const descriptor = module.exports[`${prefix}_ValueMap`] as ValueMapDescriptor | undefined;
  if (named === undefined || descriptor === undefined) {
    miss(` has no ${prefix} / ${prefix}_ValueMap`);
    return;
  }
  const expected = codes.map((entry, i) => ({
    ...bounds(entry.code, codes[i + 1]?.code),
    name: entry.name,
  }));
  const actual = [
    ...descriptor.singles.map(([code, name]) => ({ lo: code, hi: code, name })),
    ...descriptor.ranges,
  ].sort((a, b) => a.lo - b.lo);
  const text = (list: readonly { lo: number; hi: number; name: string }[], names: boolean) =>
    list
      .map(
        (e, i) =>
          `${e.lo === e.hi ? e.lo : `${e.lo}..${e.hi}`}${names && expected[i]?.name !== "" ? ` ${e.name}` : ""}`,
      )
      .join(", ");
  if (text(actual, true) !== text(expected, true)) {
    miss(` ${prefix}_ValueMap is {${text(actual, true)}}, the page says {${text(expected, true)}}`);
  }
  const firstCode = new Map<string, number>();
  for (const e of expected)
    if (e.lo === e.hi && e.name !== "" && !firstCode.has(e.name)) firstCode.set(e.name, e.lo);
  for (const [name, code] of firstCode) {
    if (named[name] !== code)
      miss(` ${prefix}["${name}"] is ${named[name]}, the page says ${code}`);
  }
}

/** ValueMap entry to numeric bounds; an open `N..` ends before the next entry (DSP0004). */
function bounds(code: string, next: string | undefined): { lo: number; hi: number } {
  const [lo = "", hi] = code.split("..");
  if (hi === undefined) return { lo: Number(lo), hi: Number(lo) };
  if (hi !== "") return { lo: Number(lo), hi: Number(hi) };
  return { lo: Number(lo), hi: next === undefined ? UINT32_MAX : Number(next.split("..")[0]) - 1 };
}
