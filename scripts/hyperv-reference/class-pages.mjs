// A class page (`<class>.md`): the syntax block (class line, class qualifiers, every property,
// inherited ones included) and the per-property details (access, qualifiers, value entries).

import { parseQualifierList, plain } from "./page-text.mjs";
import { report } from "./report.mjs";

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
  for (const d of details.values()) Object.assign(d, readPropertyDetail(d.lines));
  return details;
}

/**
 * The access type and qualifiers of one property block, and its body (the lines after the
 * header list, which hold the value entries). The data type is taken from the syntax block.
 */
function readPropertyDetail(lines) {
  const joined = lines.join("\n");
  const access = joined.match(/^Access type:\s*(.*)$/m)?.[1]?.trim() ?? null;
  const qualLine = joined.match(/^Qualifiers:\s*([\s\S]*?)\n<\/dt>/m)?.[1] ?? null;
  const closeIdx = lines.findIndex((l) => /<\/dt> <\/dl>/.test(l));
  const body = closeIdx < 0 ? lines : lines.slice(closeIdx + 1);
  return {
    access,
    qualifiers: qualLine === null ? [] : parseQualifierList(plain(qualLine.replace(/\n/g, " "))),
    body,
  };
}

export function parseClassPage(file, text) {
  const syntax = parseSyntaxBlock(text, file);
  if (!syntax) return null;
  const details = parsePropertyDetails(text);
  // AMENDMENT only says that an .mfl exists; the .mfl writer adds its own.
  const classQualifiers = syntax.qualifiers.filter((q) => q.name !== "AMENDMENT");
  const props = syntax.props.map((p) => {
    const d = details.get(p.name.toLowerCase()) ?? null;
    if (!d) report.notes.push(`${file}: property ${p.name} has no details section`);
    return { ...p, detail: d };
  });
  return { file, name: syntax.name, superclass: syntax.superclass, classQualifiers, props };
}
