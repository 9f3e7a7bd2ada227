/**
 * Reads the Microsoft reference pages for Root\HyperVCluster\v2 (one Markdown page per class
 * and per method) into plain facts, for the fidelity test of the fixture. It deliberately
 * shares nothing with scripts/extract-hyperv-reference.mjs: an independent reading is what
 * makes the comparison worth something. Only the parts the test compares are read — a class
 * page's syntax block, a method page's MOF signature and its return-value list.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** A property, parameter or return type as the page writes it, typos normalised. */
export interface PageType {
  /** A CIM primitive in DSP0004 spelling, or a class name (a REF target or embedded class). */
  readonly name: string;
  readonly isRef: boolean;
  readonly isArray: boolean;
  /** The size written between the brackets (`Issues[1]`), if any. */
  readonly arraySize: number | undefined;
}

export interface PageProperty extends PageType {
  readonly propertyName: string;
}

export interface ClassPage {
  readonly file: string;
  readonly className: string;
  readonly superclass: string | undefined;
  /** Every property the syntax block lists, inherited ones included, in page order. */
  readonly properties: readonly PageProperty[];
}

export interface PageParameter extends PageType {
  readonly parameterName: string;
  readonly in: boolean;
  readonly out: boolean;
}

export interface PageReturnCode {
  /** In ValueMap form: "4", "8..32767", "3..". */
  readonly code: string;
  /** Empty when the page gives the code alone. */
  readonly name: string;
}

export type PageReturnValues =
  | { readonly kind: "codes"; readonly codes: readonly PageReturnCode[] }
  /** Sentences only ("Returns 0 on success ..."), or a list whose entries are sentences. */
  | { readonly kind: "prose" };

export interface MethodPage {
  readonly file: string;
  readonly className: string;
  readonly methodName: string;
  readonly returnType: string;
  readonly parameters: readonly PageParameter[];
  readonly returnValues: PageReturnValues;
}

export interface ReferencePages {
  readonly classPages: readonly ClassPage[];
  readonly methodPages: readonly MethodPage[];
  /** Pages that name a class or method in their front matter but could not be read. */
  readonly unreadable: readonly string[];
}

const PRIMITIVES = new Set([
  "uint8",
  "sint8",
  "uint16",
  "sint16",
  "uint32",
  "sint32",
  "uint64",
  "sint64",
  "real32",
  "real64",
  "boolean",
  "string",
  "char16",
  "datetime",
]);

/** `DateTime` → `datetime`, `String` → `string`, `unit16` → `uint16`; class names unchanged. */
export function normaliseTypeName(written: string): string {
  const lower = written.toLowerCase().replace(/^unit(?=\d)/, "uint");
  return PRIMITIVES.has(lower) ? lower : written;
}

export function isPrimitiveType(name: string): boolean {
  return PRIMITIVES.has(name);
}

/** The first `api_name` entry of the front matter: `Class` or `Class.Method`. */
function apiName(text: string): string | undefined {
  return text.match(/^api_name:\s*\n-\s+(\S+)/m)?.[1];
}

/** The body of the first fenced block whose info string is one of `infos`. */
function fencedBlock(text: string, infos: readonly string[]): string | undefined {
  const match = text.match(/^```[ \t]*(\w*)[ \t]*\n([\s\S]*?)^```/m);
  return match !== null && infos.includes(match[1] ?? "") ? match[2] : undefined;
}

const DECLARATOR =
  /^([A-Za-z_]\w*)\s+(?:(REF)\s+)?([A-Za-z_]\w*)\s*(?:\[\s*(\d*)\s*\])?\s*(?:=[^;]*)?$/;

function readDeclarator(text: string):
  | (PageType & {
      readonly memberName: string;
    })
  | undefined {
  const m = text.trim().match(DECLARATOR);
  if (m === null) return undefined;
  const [, type = "", ref, memberName = "", size] = m;
  return {
    name: normaliseTypeName(type),
    isRef: ref !== undefined,
    isArray: size !== undefined,
    arraySize: size ? Number(size) : undefined,
    memberName,
  };
}

export function readClassPage(text: string, file: string): ClassPage | undefined {
  const block = fencedBlock(text, ["syntax"]);
  if (block === undefined) return undefined;
  const header = block.match(/^class\s+(\w+)(?:\s*:\s*(\w+))?\s*$/m);
  if (header === null) return undefined;
  const body = block.slice(block.indexOf("{", header.index) + 1, block.lastIndexOf("}"));
  const properties: PageProperty[] = [];
  for (const line of body.split(";")) {
    if (line.trim() === "") continue;
    const declared = readDeclarator(line);
    if (declared === undefined) return undefined;
    const { memberName, ...type } = declared;
    properties.push({ ...type, propertyName: memberName });
  }
  return { file, className: header[1] ?? "", superclass: header[2], properties };
}

export function readMethodPage(text: string, file: string): MethodPage | undefined {
  const block = fencedBlock(text, ["mof"]);
  const owner = apiName(text)?.split(".");
  if (block === undefined || owner?.length !== 2) return undefined;
  const signature = block.trim().match(/^(\w+)\s+(\w+)\s*\(([\s\S]*)\)\s*;$/);
  if (signature === null) return undefined;
  const [, returnType = "", methodName = "", list = ""] = signature;
  const parameters: PageParameter[] = [];
  for (const written of splitParameters(list)) {
    const m = written.match(/^\[([^\]]*)\]\s*([\s\S]*)$/);
    const declared = readDeclarator(m?.[2] ?? written);
    if (declared === undefined) return undefined;
    const directions = (m?.[1] ?? "").split(",").map((d) => d.trim().toLowerCase());
    const { memberName, ...type } = declared;
    parameters.push({
      ...type,
      parameterName: memberName,
      in: directions.includes("in"),
      out: directions.includes("out"),
    });
  }
  const returnValues = readReturnValues(section(text, "Return value"));
  if (returnValues === undefined) return undefined;
  return {
    file,
    className: owner[0] ?? "",
    methodName,
    returnType: normaliseTypeName(returnType),
    parameters,
    returnValues,
  };
}

/** Commas inside `[in, out]` do not separate parameters. */
function splitParameters(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of list) {
    if (ch === "[") depth++;
    if (ch === "]") depth--;
    if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) return "";
  const rest = text.slice(start + heading.length + 5);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * The pages write a return-code entry in three ways: `<dt>**Name** (code)</dt>`,
 * `<dt>**Name**</dt><dd>code</dd>` (a second line in the <dd> is another wording of the name),
 * and `<dt></dt><dd>code` + `name</dd>`. An entry whose name is a sentence makes the list prose.
 */
function readReturnValues(text: string): PageReturnValues | undefined {
  const list = text.match(/<dl>([\s\S]*)<\/dl>/);
  if (list === null) return { kind: "prose" };
  const items = [...(list[1] ?? "").matchAll(/<dt>([\s\S]*?)<\/dt>\s*(?:<dd>([\s\S]*?)<\/dd>)?/g)];
  const codes: PageReturnCode[] = [];
  let prose = false;
  for (const [, term = "", definition = ""] of items) {
    const lines = definition
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "");
    const labelled = term.trim().match(/^(?:\*\*(.*)\*\*)?\s*(?:\(([^)]*)\))?$/);
    if (labelled === null) return undefined;
    const [, termName, termCode] = labelled;
    let written: string | undefined;
    let name: string;
    if (termName !== undefined || termCode !== undefined) {
      written = termCode ?? lines[0];
      name = termName ?? "";
    } else {
      written = lines[0];
      name = lines[1] ?? "";
      if (name.endsWith(".")) prose = true;
    }
    const code = written === undefined ? undefined : valueMapCode(written);
    if (code === undefined) {
      if (prose) continue;
      return undefined;
    }
    codes.push({ code, name: unescapeMarkdown(name) });
  }
  if (prose || codes.length === 0) return { kind: "prose" };
  return { kind: "codes", codes };
}

/** "4" → "4", "8 32767" / "8..32767" → "8..32767", "3 ..." → "3..". */
function valueMapCode(written: string): string | undefined {
  const m = written.trim().match(/^(\d+)(?:\s*(?:\.\.|\s)\s*(\d+|\.\.\.))?$/);
  if (m === null) return undefined;
  const [, from, to] = m;
  if (to === undefined) return from;
  return to === "..." ? `${from}..` : `${from}..${to}`;
}

function unescapeMarkdown(text: string): string {
  return text.replace(/\\(.)/g, "$1").trim();
}

/** Reads every page of the directory; pages that are neither class nor method pages are ignored. */
export function readReferencePages(dir: string): ReferencePages {
  const classPages: ClassPage[] = [];
  const methodPages: MethodPage[] = [];
  const unreadable: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".md")) continue;
    const text = readFileSync(path.join(dir, file), "utf8").replace(/\r\n/g, "\n");
    const name = apiName(text);
    if (name === undefined || !/^(CIM|Msvm)_/.test(name)) continue;
    const page = name.includes(".") ? readMethodPage(text, file) : readClassPage(text, file);
    if (page === undefined) unreadable.push(file);
    else if ("methodName" in page) methodPages.push(page);
    else classPages.push(page);
  }
  return { classPages, methodPages, unreadable };
}
