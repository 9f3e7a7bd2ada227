/**
 * JSDoc blocks: the Description, then the qualifier facts a caller needs (one per line), then
 * tags. MOF text is escaped here; the link targets this module writes are generated names.
 */
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Qualifiers } from "../model/model.js";
import { escapeJsDocLine, jsDocLines } from "./escape-jsdoc.js";
import { isIdentifierName } from "./names.js";
import { findClass, type PlanContext } from "./plan-context.js";
import { isFlagSet, qualifier, stringList, stringValue } from "./qualifier-values.js";
import { classSymbol } from "./symbol-names.js";
import type { JsDocView } from "./view-model.js";

export interface DocInput {
  readonly qualifiers: Qualifiers;
  /** Text used instead of the Description qualifier (e.g. for synthesized types). */
  readonly summary?: string;
  /** Fact lines, already safe (built from `escapeJsDocLine` pieces and generated links). */
  readonly facts?: readonly string[];
  /** Whether Deprecated/Experimental of `qualifiers` apply (not for derived types). */
  readonly tags?: boolean;
}

export function planDoc(input: DocInput, ctx: PlanContext): JsDocView {
  const description = input.summary ?? stringValue(input.qualifiers, "Description") ?? "";
  const lines = jsDocLines(description);
  const facts = input.facts ?? [];
  if (facts.length > 0) {
    if (lines.length > 0) lines.push("");
    lines.push(...facts);
  }
  if (input.tags !== false) {
    if (isFlagSet(input.qualifiers, "Experimental")) lines.push("@experimental");
    const deprecated = deprecatedTag(input.qualifiers, ctx);
    if (deprecated !== undefined) lines.push(deprecated);
  }
  return { lines };
}

/**
 * `{@link Owner.member}` for a generated member; a member that is not an identifier cannot be
 * named in a link, which then points at `owner` (a generated symbol, possibly dotted).
 */
export function memberLink(owner: string, member: string): string {
  return isIdentifierName(member) ? `{@link ${owner}.${member}}` : `{@link ${owner}}`;
}

const NO_REPLACEMENT = new Set(["", "no value"]);
const ELEMENT_NAME = /^([\p{L}_][\p{L}\p{N}_]*)(?:\.([\p{L}_][\p{L}\p{N}_]*)(\(\))?)?$/u;

/** `@deprecated` with `{@link}` to each replacement that names a generated symbol. */
export function deprecatedTag(qualifiers: Qualifiers, ctx: PlanContext): string | undefined {
  const q = qualifier(qualifiers, "Deprecated");
  if (q === undefined) return undefined;
  const replacements = (stringList(qualifiers, "Deprecated") ?? [])
    .filter((text) => !NO_REPLACEMENT.has(text.trim().toLowerCase()))
    .flatMap(splitElementList);
  if (replacements.length === 0) return "@deprecated";
  const rendered = replacements.map((text) => {
    const link = resolveElementLink(text.trim(), ctx);
    if (link !== undefined) return `{@link ${link}}`;
    if (ELEMENT_NAME.test(text.trim())) {
      ctx.diagnostics.push(
        makeDiagnostic(
          "MOF4011",
          `the replacement '${text}' named by Deprecated is not in the schema; it is shown as text`,
          q.span,
        ),
      );
    }
    return `"${escapeJsDocLine(text.replace(/[\r\n\u2028\u2029]+/g, " "))}"`;
  });
  return `@deprecated Use ${rendered.join(" or ")} instead.`;
}

/**
 * CIM 2.49 writes some replacements as one comma-separated string
 * (`"CIM_DisplayController,CIM_VideoHead"`); those become one replacement each. Free text with
 * commas stays whole.
 */
function splitElementList(text: string): string[] {
  const parts = text.split(",").map((part) => part.trim());
  return parts.length > 1 && parts.every((part) => ELEMENT_NAME.test(part)) ? parts : [text];
}

/**
 * `Class`, `Class.Property` or `Class.Method()` as a link target (`Class.Member`); `undefined`
 * if nothing generated matches. The class is not imported for the link: an import used only
 * by a comment fails `noUnusedLocals`, which many SDKs enable.
 */
export function resolveElementLink(text: string, ctx: PlanContext): string | undefined {
  const match = ELEMENT_NAME.exec(text);
  if (match === null) return undefined;
  const [, className = "", memberName, parens] = match;
  const target = findClass(ctx.schema, className);
  if (target === undefined) return undefined;
  const symbol = classSymbol(target.name);
  let member = "";
  if (memberName !== undefined) {
    const lower = memberName.toLowerCase();
    const method = target.methods.find((m) => m.name.toLowerCase() === lower);
    const property =
      parens === undefined
        ? target.properties.find((p) => p.name.toLowerCase() === lower)
        : undefined;
    const name = method?.name ?? property?.name;
    if (name === undefined || !isIdentifierName(name)) return undefined;
    member = `.${name}`;
  }
  return `${symbol}${member}`;
}
