// The .mof: every class with its non-localizable qualifiers and members, then the placeholder
// classes.

import {
  classHeader,
  methodDeclaration,
  mofString,
  NAMESPACE,
  propertyDeclaration,
  qualifierBlock,
} from "./mof-text.mjs";
import { lower } from "./page-text.mjs";
import { classQualifierMap } from "./qualifiers.mjs";

/** The process that hosts the provider, named in the file header. */
const PROVIDER_HOST = "VMMS.exe";

/** Amended qualifiers: written only to the .mfl, never to the .mof. */
const LOCALIZED = ["Values"];

export function writeMof(model, counts) {
  const out = [];
  out.push("// WindowsHyperVCluster.V2.mof");
  out.push("// WMI schema of the namespace Root\\HyperVCluster\\v2 (Hyper-V failover clustering");
  out.push(`// provider, hosted by ${PROVIDER_HOST}).`);
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
    out.push(classHeader(page.name, page.superclass));
    out.push("{");
    for (const m of members) {
      const q = qualifierBlock(m.qualifiers, LOCALIZED);
      const declaration =
        m.kind === "property"
          ? propertyDeclaration(m)
          : methodDeclaration(m, (p) => qualifierBlock(p.qualifiers, LOCALIZED));
      out.push(`  ${q ? `${q} ` : ""}${declaration}`);
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
      out.push(classHeader(p.name, p.superclass));
      out.push("{");
      out.push("};");
      out.push("");
    }
  }
  return out.join("\n");
}
