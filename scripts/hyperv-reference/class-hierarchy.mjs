// Which classes the fixture declares and in what order: the documented ones, the undocumented
// bases the pages inherit from (synthesized from their subclasses), and empty placeholders for
// REF and EmbeddedInstance targets; superclasses come first, ties alphabetically.

import { lower } from "./page-text.mjs";
import { report } from "./report.mjs";

/** Classes the pages inherit from without documenting them; members come from subclass pages. */
const SYNTHESIZED_BASES = {
  CIM_RegisteredProfile: { superclass: "CIM_ManagedElement", qualifiers: [] },
  CIM_ReferencedProfile: { superclass: "CIM_Dependency", qualifiers: ["Association"] },
};
/**
 * WMI system classes that documented chains start from, with their system properties: never
 * declared (no Windows MOF does), and their properties are not re-declared by subclasses.
 */
const WMI_SYSTEM_CLASSES = new Map([["__extrinsicevent", ["SECURITY_DESCRIPTOR", "TIME_CREATED"]]]);

export function synthesizeBases(classPages) {
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

/** Kahn's algorithm; among ready classes the alphabetically first goes next. */
export function topologicalOrder(pages, byName) {
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

/** System properties (SECURITY_DESCRIPTOR, ...) of the WMI system class at the root of a chain. */
export function systemPropertiesOf(page, byName) {
  let current = page;
  while (current.superclass && byName.has(lower(current.superclass)))
    current = byName.get(lower(current.superclass));
  return WMI_SYSTEM_CLASSES.get(lower(current.superclass ?? "")) ?? [];
}

/**
 * Empty classes for EmbeddedInstance and REF targets the pages name but never document. An
 * Msvm_X placeholder derives from CIM_X when that class is documented.
 */
export function undocumentedTargets(classes) {
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
