// MOF source text shared by the .mof and the .mfl writers: literals, qualifier lists and
// member declarations.

import { QUALIFIER_ORDER } from "./qualifiers.mjs";

/** The namespace both files declare, as a WMI path on the local machine (`\\.\`). */
export const NAMESPACE = "\\\\.\\Root\\HyperVCluster\\v2";

export function mofString(value) {
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

export function qualifierText(name, value, flavor = "") {
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

export function qualifierBlock(map, skip = []) {
  const parts = orderedQualifiers(map)
    .filter(([k]) => !skip.includes(k))
    .map(([k, v]) => qualifierText(k, v));
  return parts.length ? `[${parts.join(", ")}]` : "";
}

/** `class Name` or `class Name : Superclass`: the .mof and the .mfl must declare it alike. */
export function classHeader(name, superclass) {
  return `class ${name}${superclass ? ` : ${superclass}` : ""}`;
}

function defaultText(member) {
  const d = member.defaultValue;
  if (d === null) return "";
  return ` = ${typeof d === "object" ? mofString(d.string) : d}`;
}

export function propertyDeclaration(member) {
  const typePart = member.refClass ? `${member.refClass} REF` : member.type;
  return `${typePart} ${member.name}${member.isArray ? "[]" : ""}${defaultText(member)};`;
}

function parameterDeclaration(p, qualifiers) {
  const typePart = p.refClass ? `${p.refClass} REF` : p.type;
  const q = qualifiers ? `${qualifiers} ` : "";
  return `${q}${typePart} ${p.name}${p.isArray ? "[]" : ""}`;
}

export function methodDeclaration(m, paramQualifiers) {
  const params = m.params.map((p) => parameterDeclaration(p, paramQualifiers(p)));
  return `${m.returnType} ${m.name}(${params.join(", ")});`;
}
