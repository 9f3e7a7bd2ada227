/**
 * Compares the resolved model of the Root\HyperVCluster\v2 fixture with the facts read from the
 * reference pages: classes (superclass, every listed property with its type), methods
 * (parameters with direction and type) and return-code lists. Every difference becomes one
 * readable line; the caller decides which of them are deliberate.
 */
import type { ArraySpec } from "../../src/ast/ast.js";
import type { CimType, Qualifiers, Schema } from "../../src/model/model.js";
import type { ClassPage, MethodPage, PageReturnCode, PageType } from "./reference-pages.js";
import { isPrimitiveType } from "./reference-pages.js";

export interface Tally {
  matched: number;
  total: number;
}

export interface ModelComparison {
  readonly classes: Tally;
  readonly properties: Tally;
  readonly methods: Tally;
  readonly parameters: Tally;
  readonly returnCodeLists: Tally;
  /** Method pages whose return values are sentences only: no codes to compare. */
  proseReturnValues: number;
  /** Differences found on class pages and on method pages, one readable line each. */
  readonly classMismatches: string[];
  readonly methodMismatches: string[];
  /** Differences the caller listed as deliberate; they count as matches. */
  readonly deliberate: string[];
}

/** One spelling for both sides: `uint16[]`, `CIM_Job REF`, `Msvm_Error (embedded)[]`. */
export function pageTypeText(t: PageType): string {
  const base = t.isRef
    ? `${t.name} REF`
    : isPrimitiveType(t.name)
      ? t.name
      : `${t.name} (embedded)`;
  return base + arrayText(t.isArray ? (t.arraySize ?? true) : false);
}

/**
 * The model's type in the same spelling. A string the fixture qualifies EmbeddedInstance reads
 * as that class when the page wrote the class (`embedded`), else as the plain `string` the page
 * declared and described as an embedded instance.
 */
export function modelTypeText(
  type: CimType | undefined,
  array: ArraySpec,
  qualifiers: Qualifiers,
  embedded = false,
): string {
  let base: string;
  if (type === undefined) base = "void";
  else if (type.kind === "ref") base = `${type.className} REF`;
  else if (type.kind === "object") base = `object:${type.className ?? ""}`;
  else {
    const embeddedClass = qualifiers.get("embeddedinstance")?.value;
    base =
      embedded && type.name === "string" && typeof embeddedClass === "string"
        ? `${embeddedClass} (embedded)`
        : type.name;
  }
  return base + arrayText(array);
}

/** Whether a page type is a class written without REF, which the fixture makes EmbeddedInstance. */
function pageEmbeds(t: PageType): boolean {
  return !t.isRef && !isPrimitiveType(t.name);
}

function arrayText(array: ArraySpec): string {
  return array === false ? "" : array === true ? "[]" : `[${array}]`;
}

function direction(flags: { readonly in: boolean; readonly out: boolean }): string {
  return [flags.in ? "in" : "", flags.out ? "out" : ""].filter(Boolean).join(", ") || "none";
}

function stringList(qualifiers: Qualifiers, key: string): readonly string[] | undefined {
  const value = qualifiers.get(key)?.value;
  return Array.isArray(value) ? value.map(String) : undefined;
}

/**
 * @param deliberate - differences, word for word, where the fixture knowingly departs from a
 *   page; they count as matches and are listed in `deliberate` of the result.
 */
export function compareModel(
  schema: Schema,
  classPages: readonly ClassPage[],
  methodPages: readonly MethodPage[],
  deliberate: ReadonlySet<string> = new Set(),
): ModelComparison {
  const result: ModelComparison = {
    classes: { matched: 0, total: 0 },
    properties: { matched: 0, total: 0 },
    methods: { matched: 0, total: 0 },
    parameters: { matched: 0, total: 0 },
    returnCodeLists: { matched: 0, total: 0 },
    proseReturnValues: 0,
    classMismatches: [],
    methodMismatches: [],
    deliberate: [],
  };
  const recorder =
    (into: string[], where: string): Recorder =>
    (text) => {
      const line = `${where}${text}`;
      (deliberate.has(line) ? result.deliberate : into).push(line);
    };
  for (const page of classPages) {
    const miss = recorder(result.classMismatches, `${page.file}: ${page.className}`);
    compareClass(schema, page, result, counted(result.classMismatches), miss);
  }
  for (const page of methodPages) {
    const where = `${page.file}: ${page.className}.${page.methodName}`;
    const miss = recorder(result.methodMismatches, where);
    compareMethod(schema, page, result, counted(result.methodMismatches), miss);
  }
  return result;
}

type Recorder = (text: string) => void;

/** Runs `check` and counts it matched when it recorded no difference. */
type Counter = (tally: Tally, check: () => void) => void;

function counted(mismatches: readonly string[]): Counter {
  return (tally, check) => {
    const before = mismatches.length;
    tally.total++;
    check();
    if (mismatches.length === before) tally.matched++;
  };
}

function compareClass(
  schema: Schema,
  page: ClassPage,
  result: ModelComparison,
  count: Counter,
  miss: Recorder,
): void {
  const cls = schema.classes.get(page.className.toLowerCase());
  count(result.classes, () => {
    if (cls === undefined) miss(" is not in the model");
    else if (cls.name !== page.className) miss(` is spelled ${cls.name} in the model`);
    else if (cls.superclass !== page.superclass) {
      miss(
        ` derives from ${cls.superclass ?? "nothing"}, the page says ${page.superclass ?? "nothing"}`,
      );
    }
  });
  for (const property of page.properties) {
    count(result.properties, () => {
      const name = property.propertyName;
      const found = cls?.properties.find((p) => p.name.toLowerCase() === name.toLowerCase());
      if (found === undefined) return miss(`.${name} is not in the model`);
      const pageType = pageTypeText(property);
      const modelType = modelTypeText(
        found.type,
        found.array,
        found.qualifiers,
        pageEmbeds(property),
      );
      if (found.name !== name) miss(`.${name} is spelled ${found.name} in the model`);
      else if (modelType !== pageType) miss(`.${name} is ${modelType}, the page says ${pageType}`);
    });
  }
}

function compareMethod(
  schema: Schema,
  page: MethodPage,
  result: ModelComparison,
  count: Counter,
  miss: Recorder,
): void {
  const lower = page.methodName.toLowerCase();
  const method = schema.classes
    .get(page.className.toLowerCase())
    ?.methods.find((m) => m.name.toLowerCase() === lower);
  count(result.methods, () => {
    if (method === undefined) return miss(" is not in the model");
    if (method.name !== page.methodName) miss(` is spelled ${method.name} in the model`);
    const returnType = modelTypeText(method.returnType, false, new Map());
    if (returnType !== page.returnType)
      miss(` returns ${returnType}, the page says ${page.returnType}`);

    const modelNames = method.parameters.map((p) => p.name).join(", ");
    const pageNames = page.parameters.map((p) => p.parameterName).join(", ");
    if (modelNames !== pageNames)
      miss(` has parameters (${modelNames}), the page says (${pageNames})`);
    page.parameters.forEach((expected, i) => {
      count(result.parameters, () => {
        const actual = method.parameters[i];
        if (actual === undefined || actual.name !== expected.parameterName) return;
        const pageType = pageTypeText(expected);
        const modelType = modelTypeText(
          actual.type,
          actual.array,
          actual.qualifiers,
          pageEmbeds(expected),
        );
        const at = `(${expected.parameterName})`;
        if (direction(actual) !== direction(expected)) {
          miss(`${at} is [${direction(actual)}], the page says [${direction(expected)}]`);
        } else if (modelType !== pageType) miss(`${at} is ${modelType}, the page says ${pageType}`);
      });
    });

    if (page.returnValues.kind === "prose") result.proseReturnValues++;
    else {
      const { codes } = page.returnValues;
      count(result.returnCodeLists, () =>
        compareReturnCodes(
          codes,
          stringList(method.qualifiers, "valuemap"),
          stringList(method.qualifiers, "values"),
          miss,
        ),
      );
    }
  });
}

/**
 * Codes must match in order. Names are compared where the page gives one; a page that lists
 * bare codes leaves the names to the declaration the method overrides.
 */
function compareReturnCodes(
  page: readonly PageReturnCode[],
  valueMap: readonly string[] | undefined,
  values: readonly string[] | undefined,
  miss: Recorder,
): void {
  const pageCodes = page.map((entry) => entry.code).join(", ");
  if (valueMap?.join(", ") !== pageCodes) {
    miss(` return codes are {${valueMap?.join(", ") ?? "none"}}, the page says {${pageCodes}}`);
    return;
  }
  page.forEach((entry, i) => {
    const name = values?.[i];
    if (entry.name !== "" && name !== entry.name) {
      miss(
        ` return code ${entry.code} is named "${name ?? "(no Values)"}", the page says "${entry.name}"`,
      );
    }
  });
}
