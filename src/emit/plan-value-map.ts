/**
 * ValueMap/Values → an `as const` object of named codes, a same-name union type (open when the
 * map has ranges or `..`), and a runtime descriptor with `nameOf` and one guard per range name.
 *
 * Naming rules (no numeric suffixes anywhere):
 * - A member's key is its Values string verbatim, quoted when it is not an identifier.
 * - A Values string naming several single codes keys each of them `"<text> (<code>)"`.
 * - Ranges and `..` are not members; each distinct range name gets a guard `is<Words>`
 *   (`"Vendor Specific"` → `isVendorSpecific`) that tests `nameOf(code) === text`, so two
 *   ranges with one name share one guard. If two names give the same guard name, each of
 *   them gets the lowest code of its first range appended (`isReserved_8`).
 */
import type { CimPrimitive } from "../ast/ast.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Qualifiers } from "../model/model.js";
import { escapeJsDocLine } from "./escape-jsdoc.js";
import { quoteString } from "./escape-literal.js";
import { objectKey, pascalWords } from "./names.js";
import { type ParsedValueMap, parseValueMap, type ValueMapEntry } from "./parse-value-map.js";
import type { PlanContext } from "./plan-context.js";
import { planDoc } from "./plan-jsdoc.js";
import { qualifier, stringList } from "./qualifier-values.js";
import { valueMapDescriptorSymbol } from "./symbol-names.js";
import type {
  JsDocView,
  ValueMapGuardView,
  ValueMapMemberView,
  ValueMapView,
} from "./view-model.js";

/** Whether an element has a ValueMap or Values qualifier worth a type. */
export function hasValueMap(qualifiers: Qualifiers, type: CimPrimitive | undefined): boolean {
  if (
    type === undefined ||
    type === "boolean" ||
    type === "datetime" ||
    type === "real32" ||
    type === "real64"
  ) {
    return false;
  }
  return (
    qualifier(qualifiers, "ValueMap") !== undefined || qualifier(qualifiers, "Values") !== undefined
  );
}

/**
 * The class whose declaration set the value map: where its type is emitted. An override that
 * keeps the inherited ValueMap and Values shares the type of the class that set them.
 */
export function valueMapOwner(qualifiers: Qualifiers, elementOrigin: string): string {
  const map = qualifier(qualifiers, "ValueMap")?.origin;
  const values = qualifier(qualifiers, "Values")?.origin;
  if (map !== undefined && values !== undefined) return map === values ? map : elementOrigin;
  return map ?? values ?? elementOrigin;
}

export interface ValueMapSubject {
  readonly qualifiers: Qualifiers;
  readonly type: CimPrimitive;
  readonly typeName: string;
  /** Safe doc text naming the element, e.g. "Return codes of {@link CIM_Job.KillJob}." */
  readonly summary: string;
}

export function planValueMap(subject: ValueMapSubject, ctx: PlanContext): ValueMapView {
  const parsed = parseValueMap(
    stringList(subject.qualifiers, "ValueMap"),
    stringList(subject.qualifiers, "Values"),
    subject.type,
  );
  const span = (
    qualifier(subject.qualifiers, "ValueMap") ?? qualifier(subject.qualifiers, "Values")
  )?.span;
  for (const problem of parsed.problems) {
    ctx.diagnostics.push(makeDiagnostic("MOF4020", `${subject.typeName}: ${problem}`, span));
  }
  const codeText = codeRenderer(parsed, subject.type, ctx.options.int64);
  const singles = parsed.entries.filter((e) => e.kind === "single");
  const textCounts = new Map<string, number>();
  for (const e of singles) textCounts.set(e.text, (textCounts.get(e.text) ?? 0) + 1);

  const members: ValueMapMemberView[] = singles.map((e) => {
    const key = (textCounts.get(e.text) ?? 0) > 1 ? `${e.text} (${String(e.code)})` : e.text;
    return { doc: { lines: [] }, key: objectKey(key), code: codeText(e.code) };
  });
  checkDuplicateKeys(members, subject.typeName, ctx, span);
  const codes = new Set<string>();
  for (const e of singles) {
    const code = String(e.code);
    if (codes.has(code)) {
      ctx.diagnostics.push(
        makeDiagnostic(
          "MOF4020",
          `${subject.typeName}: code ${code} is listed more than once in ValueMap`,
          span,
        ),
      );
    }
    codes.add(code);
  }

  const open = parsed.entries.some((e) => e.kind !== "single");
  const is64 = subject.type === "uint64" || subject.type === "sint64";
  const openType = is64 ? ctx.options.int64 : "number";
  const descriptorName = valueMapDescriptorSymbol(subject.typeName);
  const descriptor = parsed.integer;
  const unclaimedText = parsed.entries.find((e) => e.kind === "unclaimed")?.text;
  if (descriptor) ctx.scope.useRuntimeValue();
  const doc = planDoc(
    {
      qualifiers: subject.qualifiers,
      summary: "",
      facts: [subject.summary, ...rangeFacts(parsed)],
      tags: false,
    },
    ctx,
  );
  return {
    doc,
    typeName: subject.typeName,
    constObject: ctx.options.enumStyle === "const",
    members,
    unionOfCodes:
      members.length === 0 ? "never" : [...new Set(members.map((m) => m.code))].join(" | "),
    open,
    openType: openType === "string" ? "string" : openType,
    descriptor,
    descriptorName,
    descriptorDoc: descriptorDoc(subject.typeName),
    singles: singles.map((e) => `[${runtimeCode(e.code, subject.type)}, ${quoteString(e.text)}]`),
    ranges: parsed.entries.flatMap((e) =>
      e.kind === "range"
        ? [
            `{ lo: ${runtimeCode(e.lo, subject.type)}, hi: ${runtimeCode(e.hi, subject.type)}, name: ${quoteString(e.text)} }`,
          ]
        : [],
    ),
    unclaimed: unclaimedText === undefined ? "" : quoteString(unclaimedText),
    guards: planGuards(parsed.entries),
  };
}

/** Codes as they appear in the member object and union (typed like the element). */
function codeRenderer(
  parsed: ParsedValueMap,
  type: CimPrimitive,
  int64: string,
): (code: bigint | string) => string {
  const is64 = type === "uint64" || type === "sint64";
  return (code) => {
    if (!parsed.integer || typeof code === "string") return quoteString(String(code));
    if (is64 && int64 === "bigint") return `${code}n`;
    if (is64 && int64 === "string") return quoteString(String(code));
    return String(code);
  };
}

/** Codes in the runtime descriptor: numbers, or bigints for 64-bit elements. */
function runtimeCode(code: bigint | string, type: CimPrimitive): string {
  const is64 = type === "uint64" || type === "sint64";
  return is64 ? `${String(code)}n` : String(code);
}

function rangeFacts(parsed: ParsedValueMap): string[] {
  return parsed.entries.flatMap((e) => {
    if (e.kind === "range") return [`- ${e.lo}..${e.hi}: ${escapeJsDocLine(e.text)}`];
    if (e.kind === "unclaimed") return [`- any other code: ${escapeJsDocLine(e.text)}`];
    return [];
  });
}

function descriptorDoc(typeName: string): JsDocView {
  return {
    lines: [
      `Runtime descriptor of {@link ${typeName}}.`,
      "`nameOf(code)` gives the Values name of any code, or `undefined` when none applies.",
    ],
  };
}

function planGuards(entries: readonly ValueMapEntry[]): ValueMapGuardView[] {
  const firstCode = new Map<string, string>();
  for (const e of entries) {
    if (e.kind === "range" && !firstCode.has(e.text))
      firstCode.set(e.text, String(e.lo).replace("-", "m"));
    if (e.kind === "unclaimed" && !firstCode.has(e.text)) firstCode.set(e.text, "other");
  }
  const texts = [...firstCode.keys()];
  const base = (text: string) => `is${pascalWords(text) || "Range"}`;
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(base(text), (counts.get(base(text)) ?? 0) + 1);
  return texts.map((text) => {
    const name =
      (counts.get(base(text)) ?? 0) > 1 ? `${base(text)}_${firstCode.get(text)}` : base(text);
    return {
      doc: { lines: [`Whether \`code\` is named "${escapeJsDocLine(text)}".`] },
      name,
      text: quoteString(text),
    };
  });
}

function checkDuplicateKeys(
  members: readonly ValueMapMemberView[],
  typeName: string,
  ctx: PlanContext,
  span: Parameters<typeof makeDiagnostic>[2],
): void {
  const seen = new Set<string>();
  for (const m of members) {
    if (seen.has(m.key)) {
      ctx.diagnostics.push(
        makeDiagnostic("MOF4021", `${typeName}: two values are both named ${m.key}`, span),
      );
    }
    seen.add(m.key);
  }
}
