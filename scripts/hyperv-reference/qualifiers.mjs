// The qualifiers the pages may give, under their real names, and the order they are written
// in: page qualifier lists become name -> value maps (true | number | string | string[]).

import { report } from "./report.mjs";

/**
 * Member qualifiers by lowercased name (the pages misspell some: `Maxlen`, `MAX`). In is listed
 * so that a property page's stray In is dropped with a note instead of counting as unparsed.
 */
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
/** The order qualifiers are written in, whatever order a page lists them in. */
export const QUALIFIER_ORDER = [
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

/** A qualifier's value from its page arguments: a flag, a list, or its single argument. */
function pageValue(q, name) {
  if (!q.hasArgs) return true;
  return ARRAY_QUALIFIERS.has(name) ? [...q.args] : q.args[0];
}

/** The qualifiers a member's page lists, under their real names. */
export function memberQualifiers(pageQualifiers, file, owner) {
  const out = new Map();
  for (const q of pageQualifiers) {
    const name = q.name && QUALIFIER_NAMES.get(q.name.toLowerCase());
    if (!name) {
      report.unparsed.push(`${file}: qualifier "${q.raw ?? q.name}" on ${owner}`);
      continue;
    }
    if (name === "In") {
      report.notes.push(`${file}: dropped In qualifier on property ${owner}`);
      continue;
    }
    const numeric = q.hasArgs && NUMERIC_QUALIFIERS.has(name);
    out.set(name, numeric ? Number(q.args[0]) : pageValue(q, name));
  }
  return out;
}

/** The qualifiers of a class page's syntax block, as written there. */
export function classQualifierMap(page) {
  const map = new Map();
  for (const q of page.classQualifiers) {
    if (!q.name) {
      report.unparsed.push(`${page.file}: class qualifier "${q.raw}"`);
      continue;
    }
    map.set(q.name, pageValue(q, q.name));
  }
  return map;
}
