#!/usr/bin/env node
// Rebuilds fixtures/hypervcluster/WindowsHyperVCluster.V2.{mof,mfl} from the Microsoft reference
// pages for the WMI namespace Root\HyperVCluster\v2 (CC BY 4.0, Microsoft Corporation).
//
// Usage: node scripts/extract-hyperv-reference.mjs [pagesDir] [outDir]
//   pagesDir defaults to ../shared/reference/ClusHyperV (relative to the repository root),
//   outDir defaults to fixtures/hypervcluster.
//
// Only facts are taken from the pages: names, types, signatures, qualifiers, value lists and
// return codes. Every Description in the .mfl is generated here from those facts; no page prose
// is copied.
//
// Rules (the pages are a hand-simplified view of the real MOF, so these decide what goes where):
// - Class pages are `<class>.md`, method pages `<class>-<method>.md`; the owning names come
//   from the front matter `api_name` list.
// - A class page's syntax block lists every property, inherited ones included. A property is
//   declared in the topmost documented class of the chain that lists it. A subclass declares it
//   again, with Override("Name"), only when its page marks it Override or changes its type,
//   array-ness, REF target, Key or value list. A value list missing from either page counts as
//   unspecified; one given only on a subclass page moves up to the declaring class.
// - A method is declared in the topmost documented class that has a page for it. A subclass page
//   for the same method re-declares it with Override("Name") only when the signature, return-code
//   map or deprecation differs from the inherited declaration, or when only the subclass page
//   lists return codes.
// - Deprecated members name their replacement as "Class.Method()", resolving the class to the one
//   that declares the replacement in the fixture.
// - Page typos are fixed: type keywords are normalised to DMTF spelling (unit16 -> uint16,
//   DateTime -> datetime, String -> string), `Maxlen`/`MAX`/`Mappingstrings` to their qualifier
//   names, and a fixed-size out-parameter array `[1]` to `[]`.
// - Non-REF parameters or properties typed by a class name become `string` with
//   EmbeddedInstance("Class"); string parameters the page calls an embedded instance of a class
//   get EmbeddedInstance too.
// - Return-code lists: "8 32767" or "8..32767" becomes the ValueMap entry "8..32767"; "2 ..."
//   becomes "2..". Lists given only as sentences (e.g. "The operation completed successfully.")
//   are left out, as the DMTF schema itself states those codes in prose only.
// - Value entries named "DMTF Reserved" (or "IANA Reserved") without a code map to "..";
//   "Vendor Reserved"/"Vendor Specific" without a code map to the DSP0004 vendor range of the
//   property's type (0x8000.. for uint16).
// - Classes the pages use but do not document are declared with the members their documented
//   subclasses show as inherited from them (see SYNTHESIZED_BASES); embedded-instance targets
//   and REF targets that are not documented get an empty placeholder class so every name
//   resolves (Msvm_X derives from CIM_X when that one is documented). The WMI
//   system class __ExtrinsicEvent (superclass of CIM_Indication) is never declared, as in any
//   Windows MOF, and its system properties SECURITY_DESCRIPTOR/TIME_CREATED stay with it.
// - Localizable qualifiers (Description, Values) are Amended, as in a Windows MOF: they appear
//   only in the .mfl; the .mof keeps ValueMap. AMENDMENT on class pages only marks that an .mfl
//   exists.
// - Classes are written superclasses first, ties broken alphabetically; members in page order.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pagesDir = path.resolve(repoRoot, process.argv[2] ?? "../shared/reference/ClusHyperV");
const outDir = path.resolve(repoRoot, process.argv[3] ?? "fixtures/hypervcluster");
const NAMESPACE = "\\\\.\\Root\\HyperVCluster\\v2";
const PROVIDER_NOTE = "VMMS.exe";

/** Problems the summary lists; a run should end with none that are unexplained. */
const report = { unparsed: [], notes: [] };

// ---------------------------------------------------------------------------------------------
// Text helpers

const PRIMITIVES = new Map(
  [
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "sint8",
    "sint16",
    "sint32",
    "sint64",
    "real32",
    "real64",
    "string",
    "char16",
    "boolean",
    "datetime",
  ].map((t) => [t, t]),
);
for (const bits of ["8", "16", "32", "64"]) PRIMITIVES.set(`unit${bits}`, `uint${bits}`);
PRIMITIVES.set("int32", "sint32");

function normaliseType(raw) {
  return PRIMITIVES.get(raw.toLowerCase()) ?? null;
}

/** Markdown/HTML of a page fragment to plain text (links, emphasis and escapes removed). */
function plain(text) {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/(^|[^\\])\*([^*]+)\*/g, "$1$2")
    .replace(/\\([_|[\]*\\<>#`])/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/<br\s*\/?>/g, " ")
    .trim();
}

function frontMatterList(text, key) {
  const fm = text.match(/^---\n([\s\S]*?)\n---/);
  if (!fm) return [];
  const lines = fm[1].split("\n");
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (start < 0) return [];
  const out = [];
  for (const line of lines.slice(start + 1)) {
    const m = line.match(/^-\s+(.*)$/);
    if (!m) break;
    out.push(m[1].trim());
  }
  return out;
}

/** Splits on commas outside quotes and parentheses. */
function splitTopLevel(text) {
  const parts = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' && text[i - 1] !== "\\") quoted = !quoted;
    else if (!quoted && "({[".includes(ch)) depth++;
    else if (!quoted && ")}]".includes(ch)) depth--;
    if (ch === "," && depth === 0 && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** Parses `Name` / `Name (args)` / `Name(args)` into {name, args[]}; args keep their quotes off. */
function parseQualifierList(text) {
  const result = [];
  for (const part of splitTopLevel(text)) {
    const m = part.match(/^([A-Za-z_][\w]*)\s*(?:[({]\s*([\s\S]*?)\s*[)}])?$/);
    if (!m) {
      result.push({ name: null, raw: part });
      continue;
    }
    const args = m[2] === undefined ? [] : splitTopLevel(m[2]).map(unquote);
    result.push({ name: m[1], args, hasArgs: m[2] !== undefined });
  }
  return result;
}

function unquote(token) {
  const t = token.trim();
  if (t.startsWith('"') && t.endsWith('"') && t.length >= 2) {
    // Quoted page values are written as MOF source: "root\\HyperVCluster\\v2".
    return { kind: "string", value: t.slice(1, -1).replace(/\\(["\\])/g, "$1") };
  }
  return { kind: "literal", value: t };
}

// ---------------------------------------------------------------------------------------------
// Value lists (property values, parameter values, return codes)

const RANGE = /^(-?\d+)\s*(?:\.\.|\s+|-)\s*(\d+)$/;

function normaliseCode(raw) {
  const code = raw.trim();
  const range = code.match(RANGE);
  if (range) return `${range[1]}..${range[2]}`;
  const open = code.match(/^(-?\d+)\s*(?:\.\.\.?|\s+\.\.\.?)$/);
  if (open) return `${open[1]}..`;
  if (/^-?\d+$/.test(code) || /^-?\d+\.\.-?\d*$/.test(code) || code === "..") return code;
  return null;
}

const RESERVED_OPEN = /^(DMTF|IANA)\s+reserved$/i;
const VENDOR_OPEN = /^Vendor\s+(Reserved|Specific|Specified)$/i;
const VENDOR_RANGE = { uint8: "0x80..", uint16: "0x8000..", uint32: "0x80000000.." };

function openRange(label, type) {
  if (RESERVED_OPEN.test(label)) return "..";
  if (VENDOR_OPEN.test(label)) return VENDOR_RANGE[type] ?? "0x8000..";
  return null;
}

/**
 * Reads the value entries of one property or parameter block. Entries look like
 * `<span ...></span>**Label** (code)`, a span-only line followed by `**Label** (code)`,
 * `**Label**` followed by `<dd>8 32767</dd>`, or ` ("OK")` for string-valued maps.
 */
function parseValueEntries(lines, type) {
  const entries = [];
  let prevSpanOnly = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    const spanOnly = /^(<span[^>]*><\/span>)+\s*$/.test(line);
    const body = line.replace(/^(<span[^>]*><\/span>)+/, "");
    const startsWithSpan = body !== line;
    let m = null;
    if (startsWithSpan || prevSpanOnly) m = body.match(/^\*\*(.+?)\*\*\s*(?:\((.*)\))?\s*$/);
    if (m) {
      const label = plain(m[1]);
      let code = null;
      if (m[2] !== undefined) {
        const inner = m[2].trim();
        code = inner.startsWith('"') ? inner.slice(1, -1) : normaliseCode(inner);
      } else {
        code = lookAheadCode(lines, i + 1);
      }
      if (code === null) code = openRange(label, type);
      entries.push({ label, code });
    } else {
      const s = line.match(/^\s*\("(.*)"\)\s*$/);
      if (s) entries.push({ label: "", code: s[1] });
    }
    prevSpanOnly = spanOnly;
  }
  return entries;
}

/** Finds a code given after a bare label: `</dt> <dd>4 32767</dd>` or a "Vendor Reserved 1..2" line. */
function lookAheadCode(lines, from) {
  for (let j = from; j < Math.min(lines.length, from + 8); j++) {
    const l = lines[j];
    if (/^(<span|\*\*)/.test(l) || /^\s*\(".*"\)\s*$/.test(l)) return null;
    const dd = l.match(/<dd>([^<]+)<\/dd>/);
    if (dd) return normaliseCode(dd[1].replace(/=.*$/, ""));
    const tail = l.match(/(-?\d+\s*\.\.\s*\d+)\s*$/);
    if (tail) return normaliseCode(tail[1]);
  }
  return null;
}

/** Return-code list of a method page; null when the page gives none or only prose. */
function parseReturnCodes(section) {
  const lines = section
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const entries = [];
  let prose = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const labelled = line.match(/^\*\*(.+?)\*\*\s*(?:\(([^)]*)\))?\s*$/);
    const bare = line.match(/^\s*\((\d[^)]*)\)\s*$/);
    if (labelled) {
      let code = labelled[2] !== undefined ? normaliseCode(labelled[2]) : null;
      if (labelled[2] === undefined) {
        // `**Label**` then `</dt> <dd>` then the code line.
        // Any text after the code in that <dd> is an alternative wording, not another entry.
        for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
          if (/^<\/dt>/.test(lines[j])) continue;
          code = normaliseCode(lines[j].replace(/=.*$/, ""));
          i = j;
          break;
        }
      }
      if (code === null) return { entries: null, reason: `unreadable code for "${labelled[1]}"` };
      entries.push({ label: plain(labelled[1]), code });
    } else if (bare) {
      entries.push({ label: "", code: normaliseCode(bare[1]) });
    } else if (line === "</dt> <dd>" && i + 1 < lines.length) {
      // `<dt></dt> <dd>` then a code line then a label line.
      const codeLine = lines[i + 1].replace(/\s*=\s*\*?value\*?\s*$/, "");
      const code = normaliseCode(codeLine);
      const label = lines[i + 2] ?? "";
      if (code === null || label.startsWith("</dd>")) continue;
      if (/\.$/.test(label) || label.split(/\s+/).length > 8) prose = true;
      entries.push({ label: plain(label), code });
      i += 2;
    }
  }
  if (entries.length === 0) return { entries: null, reason: "no list" };
  if (prose) return { entries: null, reason: "prose" };
  return { entries, reason: null };
}

// ---------------------------------------------------------------------------------------------
// Page parsers

const PROPERTY_LINE =
  /^\s*([A-Za-z_]\w*)\s+(?:(REF)\s+)?([A-Za-z_]\w*)\s*(\[\d*\])?\s*(?:=\s*(.+?))?\s*;\s*$/;

function parseSyntaxBlock(text, file) {
  const block = text.match(/^``` syntax\n([\s\S]*?)\n```/m);
  if (!block) return null;
  const lines = block[1].split("\n");
  const classIdx = lines.findIndex((l) => /^\s*class\s/.test(l));
  const head = lines[classIdx].match(/^\s*class\s+(\w+)(?:\s*:\s*(\w+))?\s*\{?\s*$/);
  if (!head) {
    report.unparsed.push(`${file}: class line`);
    return null;
  }
  const qualifierText = lines.slice(0, classIdx).join(" ").trim();
  const qualifiers = qualifierText ? parseQualifierList(qualifierText.replace(/^\[|\]$/g, "")) : [];
  const props = [];
  for (const line of lines.slice(classIdx + 1)) {
    if (/^\s*[{}];?\s*$/.test(line) || !line.trim()) continue;
    const m = line.match(PROPERTY_LINE);
    if (!m) {
      report.unparsed.push(`${file}: syntax line "${line.trim()}"`);
      continue;
    }
    const [, rawType, ref, name, arr, def] = m;
    if (arr && arr !== "[]") report.notes.push(`${file}: ${name}${arr} written as ${name}[]`);
    props.push({
      name,
      rawType,
      isRef: Boolean(ref),
      isArray: Boolean(arr),
      rawDefault: def ?? null,
    });
  }
  return { name: head[1], superclass: head[2] ?? null, qualifiers, props };
}

/** Splits the Properties section into per-property blocks keyed by name. */
function parsePropertyDetails(text) {
  const start = text.search(/^### Properties/m);
  if (start < 0) return new Map();
  const rest = text.slice(start);
  const end = rest.search(/^## /m);
  const lines = (end < 0 ? rest : rest.slice(0, end)).split("\n");
  const details = new Map();
  let current = null;
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i].match(/^\*\*(\w+)\*\*\s*$/);
    if (head && /^<\/dt> <dd> <dl>/.test(lines[i + 1] ?? "")) {
      current = { name: head[1], lines: [] };
      details.set(head[1].toLowerCase(), current);
      continue;
    }
    if (current) current.lines.push(lines[i]);
  }
  for (const d of details.values()) Object.assign(d, describeMember(d.lines));
  return details;
}

/** Reads Data type / Access type / Qualifiers and the value entries of one member block. */
function describeMember(lines) {
  const joined = lines.join("\n");
  const dataType = joined.match(/^Data type:\s*(.*)$/m)?.[1] ?? null;
  const access = joined.match(/^Access type:\s*(.*)$/m)?.[1]?.trim() ?? null;
  const qualLine = joined.match(/^Qualifiers:\s*([\s\S]*?)\n<\/dt>/m)?.[1] ?? null;
  const closeIdx = lines.findIndex((l) => /<\/dt> <\/dl>/.test(l));
  const body = closeIdx < 0 ? lines : lines.slice(closeIdx + 1);
  return {
    dataType: dataType === null ? null : plain(dataType),
    access,
    qualifiers: qualLine === null ? [] : parseQualifierList(plain(qualLine.replace(/\n/g, " "))),
    body,
  };
}

function parseClassPage(file, text) {
  const syntax = parseSyntaxBlock(text, file);
  if (!syntax) return null;
  const details = parsePropertyDetails(text);
  const classQualifiers = syntax.qualifiers.filter((q) => q.name !== "AMENDMENT");
  const props = syntax.props.map((p) => {
    const d = details.get(p.name.toLowerCase()) ?? null;
    if (!d) report.notes.push(`${file}: property ${p.name} has no details section`);
    return { ...p, detail: d };
  });
  return { file, name: syntax.name, superclass: syntax.superclass, classQualifiers, props };
}

const PARAM_LINE =
  /^\s*\[([^\]]+)\]\s*([A-Za-z_]\w*)\s+(?:(REF)\s+)?([A-Za-z_]\w*)\s*(\[\d*\])?\s*,?\s*$/;

function parseMethodPage(file, text) {
  const api = frontMatterList(text, "api_name")[0];
  const block = text.match(/^```mof\n([\s\S]*?)\n```/m);
  if (!api || !block) {
    report.unparsed.push(`${file}: no api_name or syntax`);
    return null;
  }
  const [className, methodName] = api.split(".");
  const src = block[1].replace(/\n/g, " ").replace(/\s+/g, " ");
  const sig = src.match(/^\s*(\w+)\s+(\w+)\s*\((.*)\)\s*;?\s*$/);
  if (!sig) {
    report.unparsed.push(`${file}: signature`);
    return null;
  }
  const returnType = normaliseType(sig[1]);
  const paramDocs = parseParameterDocs(text);
  const params = [];
  for (const part of splitTopLevel(sig[3].replace(/\]\s*/g, "] "))) {
    const m = part.match(PARAM_LINE);
    if (!m) {
      report.unparsed.push(`${file}: parameter "${part}"`);
      continue;
    }
    const [, dirs, rawType, ref, name, arr] = m;
    if (arr && arr !== "[]")
      report.notes.push(`${file}: parameter ${name}${arr} written as ${name}[]`);
    const dir = dirs.split(",").map((d) => d.trim().toLowerCase());
    const doc = paramDocs.get(name.toLowerCase()) ?? null;
    params.push({
      name,
      rawType,
      isRef: Boolean(ref),
      isArray: Boolean(arr),
      in: dir.includes("in"),
      out: dir.includes("out"),
      doc,
    });
  }
  const retSection = sectionText(text, "Return value");
  const returns =
    retSection === null ? { entries: null, reason: "no section" } : parseReturnCodes(retSection);
  return {
    file,
    className,
    name: methodName,
    returnType,
    params,
    returns,
    deprecation: parseMethodDeprecation(text),
  };
}

function sectionText(text, title) {
  const start = text.search(new RegExp(`^## ${title}`, "m"));
  if (start < 0) return null;
  const rest = text.slice(start + title.length + 3);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

function parseParameterDocs(text) {
  const section = sectionText(text, "Parameters");
  const docs = new Map();
  if (section === null) return docs;
  let current = null;
  for (const line of section.split("\n")) {
    const head = line.match(/^\*(\w+)\*\s*\\\[/);
    if (head) {
      current = { name: head[1], lines: [] };
      docs.set(head[1].toLowerCase(), current);
      continue;
    }
    if (current) current.lines.push(line);
  }
  for (const d of docs.values()) d.embeddedInstance = embeddedClassIn(d.lines);
  return docs;
}

/** The class a member's notes call it an embedded instance of ("embedded instances of [**X**]"). */
function embeddedClassIn(lines) {
  const m = lines
    .join("\n")
    .match(/embedded\s+(?:instances?\s+)?(?:of\s+)?(?:the\s+)?\[\*\*([\w\\]+)\*\*\]/i);
  return m ? m[1].replace(/\\_/g, "_") : null;
}

/** Returns {target} (a "Class.Member" or bare member name) when the page deprecates the method. */
function parseMethodDeprecation(text) {
  const body = text.replace(/^---\n[\s\S]*?\n---/, "");
  if (!/deprecated/i.test(body)) return null;
  const sentence = plain(body.match(/This method is deprecated\.[^\n]*/)?.[0] ?? "");
  const inClass = sentence.match(/use the (\w+) (?:method|property) (?:in|of) the (\w+) class/);
  if (inClass) return { member: inClass[1], className: inClass[2] };
  const local = sentence.match(/use the (\w+) method/);
  if (local) return { member: local[1], className: null };
  return { member: null, className: null };
}

// ---------------------------------------------------------------------------------------------
// Model building

/** Classes the pages inherit from without documenting them; members come from subclass pages. */
const SYNTHESIZED_BASES = {
  CIM_RegisteredProfile: { superclass: "CIM_ManagedElement", qualifiers: [] },
  CIM_ReferencedProfile: { superclass: "CIM_Dependency", qualifiers: ["Association"] },
};
const WMI_SYSTEM_CLASSES = new Map([["__extrinsicevent", ["SECURITY_DESCRIPTOR", "TIME_CREATED"]]]);

const QUALIFIER_NAMES = new Map(
  [
    "Key",
    "Required",
    "Override",
    "Deprecated",
    "ArrayType",
    "MaxLen",
    "MinValue",
    "MaxValue",
    "Min",
    "Max",
    "Units",
    "PUnit",
    "IsPUnit",
    "Counter",
    "Gauge",
    "OctetString",
    "Propagated",
    "Weak",
    "Aggregate",
    "SubType",
    "MappingStrings",
    "ModelCorrespondence",
    "HyperVEmbeddedInstance",
    "MSFT_TargetNamespace",
    "In",
  ].map((n) => [n.toLowerCase(), n]),
);
const ARRAY_QUALIFIERS = new Set([
  "Deprecated",
  "MappingStrings",
  "ModelCorrespondence",
  "ValueMap",
  "Values",
]);
const NUMERIC_QUALIFIERS = new Set(["MaxLen", "MinValue", "MaxValue", "Min", "Max"]);
const QUALIFIER_ORDER = [
  "Override",
  "Key",
  "Required",
  "Deprecated",
  "Read",
  "Write",
  "Static",
  "In",
  "Out",
  "ArrayType",
  "MaxLen",
  "MinValue",
  "MaxValue",
  "Min",
  "Max",
  "Units",
  "PUnit",
  "IsPUnit",
  "Counter",
  "Gauge",
  "OctetString",
  "EmbeddedInstance",
  "HyperVEmbeddedInstance",
  "MSFT_TargetNamespace",
  "Propagated",
  "Weak",
  "Aggregate",
  "SubType",
  "MappingStrings",
  "ModelCorrespondence",
  "ValueMap",
  "Values",
];

/** Page qualifiers of a member to a name -> value map (true | number | string | string[]). */
function memberQualifiers(page, file, owner) {
  const out = new Map();
  for (const q of page) {
    const name = q.name && QUALIFIER_NAMES.get(q.name.toLowerCase());
    if (!name) {
      report.unparsed.push(`${file}: qualifier "${q.raw ?? q.name}" on ${owner}`);
      continue;
    }
    if (name === "In") {
      report.notes.push(`${file}: dropped In qualifier on property ${owner}`);
      continue;
    }
    if (!q.hasArgs) out.set(name, true);
    else if (ARRAY_QUALIFIERS.has(name))
      out.set(
        name,
        q.args.map((a) => a.value),
      );
    else if (NUMERIC_QUALIFIERS.has(name)) out.set(name, Number(q.args[0].value));
    else out.set(name, q.args[0].value);
  }
  return out;
}

function resolveType(rawType, isRef, file, owner) {
  if (isRef) return { type: rawType, refClass: rawType, embedded: null };
  const prim = normaliseType(rawType);
  if (prim) {
    if (prim !== rawType)
      report.notes.push(`${file}: type ${rawType} of ${owner} written as ${prim}`);
    return { type: prim, refClass: null, embedded: null };
  }
  report.notes.push(`${file}: ${owner} typed ${rawType} written as string + EmbeddedInstance`);
  return { type: "string", refClass: null, embedded: rawType };
}

function valuesQualifiers(entries, qualifiers, file, owner) {
  if (entries.length === 0) return;
  if (entries.some((e) => e.code === null)) {
    report.unparsed.push(`${file}: value list of ${owner} has entries without a code`);
    return;
  }
  qualifiers.set(
    "ValueMap",
    entries.map((e) => e.code),
  );
  if (entries.some((e) => e.label !== ""))
    qualifiers.set(
      "Values",
      entries.map((e) => e.label || e.code),
    );
}

function parseDefault(raw, file, owner) {
  if (raw === null) return null;
  const r = raw.trim();
  if (/^-?\d+$/.test(r)) return r;
  if (/^(true|false|null)$/i.test(r)) return r.toUpperCase();
  const s = r.match(/^"([^"]*)"$/);
  if (s) return { string: s[1] };
  report.notes.push(`${file}: default of ${owner} is not a literal (${r}); left out`);
  return null;
}

function buildProperty(cls, p) {
  const owner = `${cls.name}.${p.name}`;
  const t = resolveType(p.rawType, p.isRef, cls.file, owner);
  const d = p.detail;
  const qualifiers = d ? memberQualifiers(d.qualifiers, cls.file, owner) : new Map();
  const embedded = t.embedded ?? (t.type === "string" && d ? embeddedClassIn(d.body) : null);
  if (embedded) qualifiers.set("EmbeddedInstance", embedded);
  if (d?.access === "Read/write") {
    qualifiers.set("Read", true);
    qualifiers.set("Write", true);
  } else if (d?.access === "Read-only") qualifiers.set("Read", true);
  if (d) valuesQualifiers(parseValueEntries(d.body, t.type), qualifiers, cls.file, owner);
  const defaultValue = parseDefault(p.rawDefault, cls.file, owner);
  return { kind: "property", name: p.name, ...t, isArray: p.isArray, qualifiers, defaultValue };
}

function buildMethod(m) {
  const owner = `${m.className}.${m.name}`;
  const qualifiers = new Map();
  if (m.returns.entries) valuesQualifiers(m.returns.entries, qualifiers, m.file, owner);
  else if (m.returns.reason !== "prose" && m.returns.reason !== "no list") {
    report.unparsed.push(`${m.file}: return values (${m.returns.reason})`);
  }
  const params = m.params.map((p) => {
    const t = resolveType(p.rawType, p.isRef, m.file, `${owner}(${p.name})`);
    const pq = new Map();
    if (p.in) pq.set("In", true);
    if (p.out) pq.set("Out", true);
    const embedded = t.embedded ?? (t.type === "string" ? (p.doc?.embeddedInstance ?? null) : null);
    if (embedded) pq.set("EmbeddedInstance", embedded);
    if (p.doc) {
      const entries = parseValueEntries(p.doc.lines, t.type);
      valuesQualifiers(entries, pq, m.file, `${owner}(${p.name})`);
    } else report.notes.push(`${m.file}: parameter ${p.name} has no description`);
    return { name: p.name, type: t.type, refClass: t.refClass, isArray: p.isArray, qualifiers: pq };
  });
  return {
    kind: "method",
    name: m.name,
    returnType: m.returnType ?? "uint32",
    params,
    qualifiers,
    deprecation: m.deprecation,
    file: m.file,
  };
}

/**
 * Whether a subclass page's member differs from the inherited declaration. A value or return-code
 * list missing from either page counts as unspecified, not as a difference.
 */
function differs(inherited, built) {
  const lists = built.qualifiers.has("ValueMap") && inherited.qualifiers.has("ValueMap");
  return signatureKey(inherited, lists) !== signatureKey(built, lists);
}

function signatureKey(member, withLists) {
  const skip = withLists ? ["Override"] : ["Override", "ValueMap", "Values"];
  const q = (map) =>
    JSON.stringify(
      [...map].filter(([k]) => !skip.includes(k)).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  const lists = withLists
    ? [member.qualifiers.get("ValueMap"), member.qualifiers.get("Values")]
    : [];
  if (member.kind === "property") {
    const key = member.qualifiers.has("Key");
    return JSON.stringify([member.type, member.refClass, member.isArray, key, ...lists]);
  }
  return JSON.stringify([
    member.returnType,
    member.params.map((p) => [p.name, p.type, p.refClass, p.isArray, q(p.qualifiers)]),
    ...lists,
    member.qualifiers.get("Deprecated") ?? null,
  ]);
}

/** A value list documented only on a subclass page belongs to the declaring class. */
function backfillValues(inherited, built, page) {
  if (inherited.member.qualifiers.has("ValueMap") || !built.qualifiers.has("ValueMap")) return;
  for (const key of ["ValueMap", "Values"]) {
    if (built.qualifiers.has(key)) inherited.member.qualifiers.set(key, built.qualifiers.get(key));
  }
  report.notes.push(`${page.file}: value list of ${built.name} moved up to ${inherited.owner}`);
}

function lower(s) {
  return s.toLowerCase();
}

function loadPages() {
  const files = readdirSync(pagesDir)
    .filter((f) => /^(cim|msvm)-[a-z0-9]+(-[a-z0-9]+)?\.md$/.test(f))
    .sort();
  const classPages = [];
  const methodPages = [];
  for (const file of files) {
    const text = readFileSync(path.join(pagesDir, file), "utf8").replace(/\r\n/g, "\n");
    if (file.split("-").length === 2) {
      const c = parseClassPage(file, text);
      if (c) classPages.push(c);
    } else {
      const m = parseMethodPage(file, text);
      if (m) methodPages.push(m);
    }
  }
  return { classPages, methodPages };
}

function synthesizeBases(classPages) {
  const known = new Set(classPages.map((c) => lower(c.name)));
  const extra = [];
  for (const [name, spec] of Object.entries(SYNTHESIZED_BASES)) {
    if (known.has(lower(name))) continue;
    const props = [];
    const seen = new Set();
    for (const sub of classPages.filter((c) => lower(c.superclass ?? "") === lower(name))) {
      for (const p of sub.props) {
        const from = p.detail?.body.join("\n").match(/inherited from \[\*\*([\w\\]+)\*\*\]/)?.[1];
        if (!from || lower(from.replace(/\\_/g, "_")) !== lower(name) || seen.has(lower(p.name)))
          continue;
        seen.add(lower(p.name));
        props.push(p);
      }
    }
    extra.push({
      file: `(synthesized from subclasses of ${name})`,
      name,
      superclass: spec.superclass,
      classQualifiers: spec.qualifiers.map((q) => ({ name: q, args: [], hasArgs: false })),
      props,
      synthesized: true,
    });
  }
  return extra;
}

function buildModel() {
  const { classPages, methodPages } = loadPages();
  const pages = [...classPages, ...synthesizeBases(classPages)];
  const byName = new Map(pages.map((c) => [lower(c.name), c]));
  const methodsByClass = new Map();
  for (const m of methodPages) {
    const key = lower(m.className);
    if (!byName.has(key)) report.unparsed.push(`${m.file}: class ${m.className} has no page`);
    if (!methodsByClass.has(key)) methodsByClass.set(key, []);
    methodsByClass.get(key).push(m);
  }

  const order = topologicalOrder(pages, byName);
  const classes = new Map();
  const stats = {
    inheritedProps: 0,
    overriddenProps: 0,
    overriddenPropsUnmarked: 0,
    inheritedMethods: 0,
    overriddenMethods: 0,
  };
  for (const page of order) {
    const parent = page.superclass ? classes.get(lower(page.superclass)) : null;
    const effective = new Map(parent ? parent.effective : []);
    const systemProps = systemPropertiesOf(page, byName);
    const members = [];
    for (const p of page.props) {
      if (systemProps.includes(p.name)) continue;
      const built = buildProperty(page, p);
      const inherited = effective.get(`p:${lower(p.name)}`);
      if (inherited) {
        const marked = built.qualifiers.has("Override");
        if (!marked && !differs(inherited.member, built)) {
          backfillValues(inherited, built, page);
          stats.inheritedProps++;
          continue;
        }
        built.qualifiers.set("Override", p.name);
        stats.overriddenProps++;
        if (!marked) stats.overriddenPropsUnmarked++;
      } else if (built.qualifiers.has("Override")) {
        built.qualifiers.delete("Override");
        report.notes.push(
          `${page.file}: Override on ${p.name} dropped, no documented ancestor has it`,
        );
      }
      members.push(built);
      effective.set(`p:${lower(p.name)}`, { owner: page.name, member: built });
    }
    // Deprecated methods go last so their replacement is already settled in this class.
    const pagesOfClass = methodsByClass.get(lower(page.name)) ?? [];
    const declared = new Set();
    for (const m of [
      ...pagesOfClass.filter((x) => !x.deprecation),
      ...pagesOfClass.filter((x) => x.deprecation),
    ]) {
      const built = buildMethod(m);
      if (m.deprecation) {
        built.qualifiers.set("Deprecated", [
          deprecationTarget(m.deprecation, effective, page, pages, methodsByClass),
        ]);
      }
      const inherited = effective.get(`m:${lower(m.name)}`);
      if (inherited) {
        // Return codes only a subclass page lists are its own: unlike a property's value list
        // they do not move up, the superclass page states its codes in prose or not at all.
        const ownCodes =
          built.qualifiers.has("ValueMap") && !inherited.member.qualifiers.has("ValueMap");
        if (!ownCodes && !differs(inherited.member, built)) {
          stats.inheritedMethods++;
          continue;
        }
        built.qualifiers.set("Override", m.name);
        stats.overriddenMethods++;
      }
      declared.add(built);
      effective.set(`m:${lower(m.name)}`, { owner: page.name, member: built });
    }
    for (const m of pagesOfClass) {
      const built = [...declared].find((b) => b.file === m.file);
      if (built) members.push(built);
    }
    classes.set(lower(page.name), { page, members, effective });
  }
  const placeholders = undocumentedTargets(classes);
  return { order, classes, placeholders, stats, methodPages, classPages };
}

/** Kahn's algorithm; among ready classes the alphabetically first goes next. */
function topologicalOrder(pages, byName) {
  const children = new Map();
  const indegree = new Map();
  for (const c of pages) {
    const sup = c.superclass && byName.has(lower(c.superclass)) ? lower(c.superclass) : null;
    if (c.superclass && !sup && !WMI_SYSTEM_CLASSES.has(lower(c.superclass))) {
      report.unparsed.push(`${c.file}: superclass ${c.superclass} not documented`);
    }
    indegree.set(lower(c.name), sup ? 1 : 0);
    if (sup) {
      if (!children.has(sup)) children.set(sup, []);
      children.get(sup).push(lower(c.name));
    }
  }
  const ready = [...indegree].filter(([, d]) => d === 0).map(([n]) => n);
  const out = [];
  while (ready.length) {
    ready.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const next = ready.shift();
    out.push(byName.get(next));
    for (const child of children.get(next) ?? []) ready.push(child);
  }
  if (out.length !== pages.length) report.unparsed.push("inheritance cycle among classes");
  return out;
}

/**
 * "Class.Method()" naming the replacement: the class that declares it for this class, or, when
 * only subclasses have it (CIM_Job.KillJob -> RequestStateChange), the nearest subclass with a
 * page for it (breadth-first, alphabetical within a level), which is where it is declared.
 */
function deprecationTarget(dep, effective, page, pages, methodsByClass) {
  if (dep.member && dep.className) return `${dep.className}.${dep.member}()`;
  if (!dep.member) return "No value";
  let owner = effective.get(`m:${lower(dep.member)}`)?.owner ?? null;
  let level = [lower(page.name)];
  while (!owner && level.length) {
    const next = pages
      .filter((c) => c.superclass && level.includes(lower(c.superclass)))
      .map((c) => c.name)
      .sort();
    owner =
      next.find((name) =>
        (methodsByClass.get(lower(name)) ?? []).some((m) => lower(m.name) === lower(dep.member)),
      ) ?? null;
    level = next.map(lower);
  }
  if (!owner) report.unparsed.push(`${page.file}: replacement method ${dep.member} not found`);
  return `${owner ?? page.name}.${dep.member}()`;
}

/** System properties (SECURITY_DESCRIPTOR, ...) of the WMI system class at the root of a chain. */
function systemPropertiesOf(page, byName) {
  let current = page;
  while (current.superclass && byName.has(lower(current.superclass)))
    current = byName.get(lower(current.superclass));
  return WMI_SYSTEM_CLASSES.get(lower(current.superclass ?? "")) ?? [];
}

/**
 * Empty classes for EmbeddedInstance and REF targets the pages name but never document. An
 * Msvm_X placeholder derives from CIM_X when that class is documented.
 */
function undocumentedTargets(classes) {
  const missing = new Set();
  const visit = (refClass, q) => {
    for (const target of [refClass, q.get("EmbeddedInstance")]) {
      if (target && !classes.has(lower(target))) missing.add(target);
    }
  };
  for (const { members } of classes.values()) {
    for (const m of members) {
      visit(m.refClass, m.qualifiers);
      if (m.kind === "method") for (const p of m.params) visit(p.refClass, p.qualifiers);
    }
  }
  return [...missing].sort().map((name) => {
    const cim = `CIM_${name.replace(/^Msvm_/, "")}`;
    return { name, superclass: name.startsWith("Msvm_") && classes.has(lower(cim)) ? cim : null };
  });
}

// ---------------------------------------------------------------------------------------------
// MOF writing

function mofString(value) {
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function qualifierText(name, value, flavor = "") {
  let text;
  if (value === true) text = name;
  else if (Array.isArray(value)) text = `${name} {${value.map(mofString).join(", ")}}`;
  else if (typeof value === "number") text = `${name}(${value})`;
  else text = `${name}(${mofString(value)})`;
  return text + flavor;
}

function orderedQualifiers(map) {
  return [...map].sort(([a], [b]) => QUALIFIER_ORDER.indexOf(a) - QUALIFIER_ORDER.indexOf(b));
}

/** Amended qualifiers: written only to the .mfl, never to the .mof. */
const LOCALIZED = ["Values"];

function qualifierBlock(map, skip = []) {
  const parts = orderedQualifiers(map)
    .filter(([k]) => !skip.includes(k))
    .map(([k, v]) => qualifierText(k, v));
  return parts.length ? `[${parts.join(", ")}]` : "";
}

function classQualifierMap(page) {
  const map = new Map();
  for (const q of page.classQualifiers) {
    if (!q.name) {
      report.unparsed.push(`${page.file}: class qualifier "${q.raw}"`);
      continue;
    }
    if (!q.hasArgs) map.set(q.name, true);
    else if (ARRAY_QUALIFIERS.has(q.name))
      map.set(
        q.name,
        q.args.map((a) => a.value),
      );
    else map.set(q.name, q.args[0].value);
  }
  return map;
}

function defaultText(member) {
  const d = member.defaultValue;
  if (d === null) return "";
  return ` = ${typeof d === "object" ? mofString(d.string) : d}`;
}

function propertyDecl(member) {
  const typePart = member.refClass ? `${member.refClass} REF` : member.type;
  return `${typePart} ${member.name}${member.isArray ? "[]" : ""}${defaultText(member)};`;
}

function paramDecl(p, qualifiers) {
  const typePart = p.refClass ? `${p.refClass} REF` : p.type;
  const q = qualifiers ? `${qualifiers} ` : "";
  return `${q}${typePart} ${p.name}${p.isArray ? "[]" : ""}`;
}

function methodDecl(m, paramQualifiers) {
  const params = m.params.map((p) => paramDecl(p, paramQualifiers(p)));
  return `${m.returnType} ${m.name}(${params.join(", ")});`;
}

function writeMof(model, counts) {
  const out = [];
  out.push("// WindowsHyperVCluster.V2.mof");
  out.push("// WMI schema of the namespace Root\\HyperVCluster\\v2 (Hyper-V failover clustering");
  out.push(`// provider, hosted by ${PROVIDER_NOTE}).`);
  out.push("// Source: facts (names, types, signatures, qualifiers, value lists, return codes)");
  out.push("// from the Microsoft reference documentation for this namespace, licensed CC BY 4.0.");
  out.push(
    "// Attribution: Microsoft Corporation. Reconstructed by scripts/extract-hyperv-reference.mjs;",
  );
  out.push("// see fixtures/hypervcluster/README.md. Localized qualifiers are in the .mfl file.");
  out.push(
    `// ${counts.classes} classes, ${counts.properties} properties, ${counts.methods} methods.`,
  );
  out.push("");
  out.push(`#pragma namespace(${mofString(NAMESPACE)})`);
  out.push('#pragma classflags("forceupdate")');
  out.push("");
  for (const page of model.order) {
    const { members } = model.classes.get(lower(page.name));
    const cq = qualifierBlock(classQualifierMap(page), LOCALIZED);
    if (page.synthesized)
      out.push(`// Not documented in this namespace; members from its documented subclasses.`);
    if (cq) out.push(cq);
    out.push(`class ${page.name}${page.superclass ? ` : ${page.superclass}` : ""}`);
    out.push("{");
    for (const m of members) {
      if (m.kind === "property") {
        const q = qualifierBlock(m.qualifiers, LOCALIZED);
        out.push(`  ${q ? `${q} ` : ""}${propertyDecl(m)}`);
      } else {
        const q = qualifierBlock(m.qualifiers, LOCALIZED);
        const params = (p) => qualifierBlock(p.qualifiers, LOCALIZED);
        out.push(`  ${q ? `${q} ` : ""}${methodDecl(m, params)}`);
      }
    }
    out.push("};");
    out.push("");
  }
  if (model.placeholders.length) {
    out.push(
      "// Classes the documentation uses as REF or EmbeddedInstance targets without documenting",
    );
    out.push("// them in this namespace: declared empty so that every target resolves.");
    out.push("");
    for (const p of model.placeholders) {
      out.push(`class ${p.name}${p.superclass ? ` : ${p.superclass}` : ""}`);
      out.push("{");
      out.push("};");
      out.push("");
    }
  }
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------
// Generated descriptions (own wording, built from names and facts only)

function words(identifier) {
  return identifier
    .replace(/^(CIM|Msvm)_/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase()
    .trim();
}

function sentence(text) {
  const t = text.trim();
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${t.endsWith(".") ? "" : "."}`;
}

function classDescription(page, members) {
  const q = classQualifierMap(page);
  const refs = members.filter((m) => m.kind === "property" && m.refClass);
  if (q.has("Association") && refs.length >= 2) {
    return sentence(
      `Association linking ${refs.map((r) => `${words(r.name)} (${r.refClass})`).join(" and ")}`,
    );
  }
  const kind = q.has("Indication") ? "indication" : q.has("Abstract") ? "abstract class" : "class";
  const base = page.superclass ? `, derived from ${page.superclass}` : "";
  return sentence(`${words(page.name)} ${kind}${base}`);
}

function propertyDescription(m, className) {
  const subject = words(className);
  let text;
  if (m.refClass) text = `Reference to the ${words(m.name)} endpoint, a ${m.refClass} instance`;
  else if (m.type === "boolean") text = `Flag for ${words(m.name)} on this ${subject}`;
  else if (m.qualifiers.has("EmbeddedInstance")) {
    text = `${words(m.name)}, as embedded ${m.qualifiers.get("EmbeddedInstance")} instance${m.isArray ? "s" : ""}`;
  } else if (m.type === "datetime")
    text = `${words(m.name)} of this ${subject}, as a date-time or interval`;
  else text = `${words(m.name)}${m.isArray ? " list" : ""} of this ${subject}`;
  if (m.qualifiers.has("Key")) text += "; part of the key";
  if (m.qualifiers.has("Units")) text += `; in ${String(m.qualifiers.get("Units")).toLowerCase()}`;
  if (m.qualifiers.has("ValueMap") && !m.qualifiers.has("Values"))
    text += "; one of the listed values";
  return sentence(text);
}

function methodDescription(m, className) {
  let text = `Performs the ${words(m.name)} operation on this ${words(className)}`;
  if (m.qualifiers.has("Deprecated"))
    text += `; deprecated in favour of ${m.qualifiers.get("Deprecated")[0]}`;
  return sentence(text);
}

function parameterDescription(p) {
  const dir =
    p.qualifiers.has("In") && p.qualifiers.has("Out")
      ? "In/out"
      : p.qualifiers.has("Out")
        ? "Output"
        : "Input";
  let what = words(p.name);
  if (p.refClass) what = `reference${p.isArray ? "s" : ""} to ${p.refClass} (${what})`;
  else if (p.qualifiers.has("EmbeddedInstance")) {
    what = `${what}, as embedded ${p.qualifiers.get("EmbeddedInstance")} instance${p.isArray ? "s" : ""}`;
  }
  return sentence(`${dir}: ${what}`);
}

const AMENDED = " : Amended ToSubclass";

function amendedBlock(description, values, extra = []) {
  const parts = [qualifierText("Description", description, AMENDED)];
  if (values) parts.push(qualifierText("Values", values, AMENDED));
  return `[${[...parts, ...extra].join(", ")}]`;
}

function writeMfl(model) {
  const out = [];
  out.push(
    "// WindowsHyperVCluster.V2.mfl: US English amendments for WindowsHyperVCluster.V2.mof.",
  );
  out.push(
    "// Descriptions are generated from the schema facts; Values name the .mof ValueMap entries.",
  );
  out.push(
    "// Source facts: Microsoft reference documentation (CC BY 4.0, Microsoft Corporation).",
  );
  out.push("");
  out.push(`#pragma namespace(${mofString(NAMESPACE)})`);
  out.push('#pragma namespace("ms_409")');
  out.push("");
  for (const page of model.order) {
    const { members } = model.classes.get(lower(page.name));
    out.push(
      `[${qualifierText("Description", classDescription(page, members), AMENDED)}, AMENDMENT, LOCALE(0x409)]`,
    );
    out.push(`class ${page.name}${page.superclass ? ` : ${page.superclass}` : ""}`);
    out.push("{");
    for (const m of members) {
      const values = m.qualifiers.get("Values") ?? null;
      if (m.kind === "property") {
        out.push(
          `  ${amendedBlock(propertyDescription(m, page.name), values)} ${propertyDecl({ ...m, defaultValue: null })}`,
        );
      } else {
        const paramQualifiers = (p) => {
          const dirs = ["In", "Out"].filter((d) => p.qualifiers.has(d));
          return amendedBlock(parameterDescription(p), p.qualifiers.get("Values") ?? null, dirs);
        };
        out.push(
          `  ${amendedBlock(methodDescription(m, page.name), values)} ${methodDecl(m, paramQualifiers)}`,
        );
      }
    }
    out.push("};");
    out.push("");
  }
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------

function main() {
  const model = buildModel();
  const all = [...model.classes.values()].flatMap((c) => c.members);
  const methods = all.filter((m) => m.kind === "method");
  const counts = {
    classes: model.order.length + model.placeholders.length,
    documentedClasses: model.classPages.length,
    synthesizedClasses: model.order.filter((c) => c.synthesized).length,
    placeholderClasses: model.placeholders.length,
    properties: all.filter((m) => m.kind === "property").length,
    methods: methods.length,
    methodPages: model.methodPages.length,
    parameters: methods.reduce((n, m) => n + m.params.length, 0),
    methodsWithReturnCodeMap: methods.filter((m) => m.qualifiers.has("ValueMap")).length,
    deprecatedMembers: all.filter((m) => m.qualifiers.has("Deprecated")).length,
    overrides: all.filter((m) => m.qualifiers.has("Override")).length,
    ...model.stats,
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, "WindowsHyperVCluster.V2.mof"), `${writeMof(model, counts)}`);
  writeFileSync(path.join(outDir, "WindowsHyperVCluster.V2.mfl"), `${writeMfl(model)}`);

  console.log(
    `pages: ${model.classPages.length} class pages, ${model.methodPages.length} method pages`,
  );
  for (const [k, v] of Object.entries(counts)) console.log(`${k}: ${v}`);
  if (model.placeholders.length) {
    console.log(`placeholder classes: ${model.placeholders.map((p) => p.name).join(", ")}`);
  }
  const reasons = new Map();
  for (const m of model.methodPages) {
    const reason = m.returns.reason ?? "code list";
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  console.log(
    `method pages by return-value form: ${[...reasons].map(([k, v]) => `${k} ${v}`).join(", ")}`,
  );
  console.log(`notes (${report.notes.length}):`);
  for (const n of report.notes) console.log(`  ${n}`);
  console.log(`unparsed (${report.unparsed.length}):`);
  for (const u of report.unparsed) console.log(`  ${u}`);
  if (report.unparsed.length) process.exitCode = 1;
}

main();
