// One property or method as the fixture declares it, from its page alone: resolved types
// (class-typed values become EmbeddedInstance strings), qualifiers, value maps and defaults.
// Where it is declared is decided by place-members.mjs.

import { embeddedClassIn, normaliseType } from "./page-text.mjs";
import { memberQualifiers } from "./qualifiers.mjs";
import { report } from "./report.mjs";
import { parseValueEntries } from "./value-lists.mjs";

/** The MOF type of a page type: a REF, a primitive, or a class name that becomes an embedded instance. */
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

/** ValueMap from the codes, and Values when the page names them (a label defaults to its code). */
function addValueQualifiers(entries, qualifiers, file, owner) {
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

/** A page default as MOF literal text; only literals are kept, an expression is left out. */
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

export function buildProperty(page, p) {
  const owner = `${page.name}.${p.name}`;
  const t = resolveType(p.rawType, p.isRef, page.file, owner);
  const d = p.detail;
  const qualifiers = d ? memberQualifiers(d.qualifiers, page.file, owner) : new Map();
  const embedded = t.embedded ?? (t.type === "string" && d ? embeddedClassIn(d.body) : null);
  if (embedded) qualifiers.set("EmbeddedInstance", embedded);
  if (d?.access === "Read/write") {
    qualifiers.set("Read", true);
    qualifiers.set("Write", true);
  } else if (d?.access === "Read-only") qualifiers.set("Read", true);
  if (d) addValueQualifiers(parseValueEntries(d.body, t.type), qualifiers, page.file, owner);
  const defaultValue = parseDefault(p.rawDefault, page.file, owner);
  return { kind: "property", name: p.name, ...t, isArray: p.isArray, qualifiers, defaultValue };
}

export function buildMethod(m) {
  const owner = `${m.className}.${m.name}`;
  const qualifiers = new Map();
  if (m.returns.entries) addValueQualifiers(m.returns.entries, qualifiers, m.file, owner);
  // Codes stated only in prose are left out by rule; any other reason means a misread page.
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
      addValueQualifiers(entries, pq, m.file, `${owner}(${p.name})`);
    } else report.notes.push(`${m.file}: parameter ${p.name} has no description`);
    return { name: p.name, type: t.type, refClass: t.refClass, isArray: p.isArray, qualifiers: pq };
  });
  return {
    kind: "method",
    name: m.name,
    returnType: m.returnType ?? "uint32",
    params,
    qualifiers,
    file: m.file,
  };
}
