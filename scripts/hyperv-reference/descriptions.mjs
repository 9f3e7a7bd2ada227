// Description texts in the project's own wording, built only from names and schema facts, so
// that no sentence of the reference pages ends up in the fixture.

import { classQualifierMap } from "./qualifiers.mjs";

/** "Msvm_VirtualSystemSettingData" -> "virtual system setting data". */
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

export function classDescription(page, members) {
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

export function propertyDescription(m, className) {
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

export function methodDescription(m, className) {
  let text = `Performs the ${words(m.name)} operation on this ${words(className)}`;
  if (m.qualifiers.has("Deprecated"))
    text += `; deprecated in favour of ${m.qualifiers.get("Deprecated")[0]}`;
  return sentence(text);
}

export function parameterDescription(p) {
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
