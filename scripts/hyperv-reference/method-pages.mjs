// A method page (`<class>-<method>.md`): the signature, the parameter notes (which may name an
// embedded-instance class), the return-code list and a deprecation with its replacement.

import {
  embeddedClassIn,
  frontMatterList,
  normaliseType,
  plain,
  sectionText,
  splitTopLevel,
} from "./page-text.mjs";
import { report } from "./report.mjs";
import { parseReturnCodes } from "./value-lists.mjs";

const PARAM_LINE =
  /^\s*\[([^\]]+)\]\s*([A-Za-z_]\w*)\s+(?:(REF)\s+)?([A-Za-z_]\w*)\s*(\[\d*\])?\s*,?\s*$/;

export function parseMethodPage(file, text) {
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

/**
 * The replacement a deprecated method's page names: {member, className} ("use the X method in
 * the Y class"), className null for a method of the same class, both null when it names none.
 * null when the method is not deprecated.
 */
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
