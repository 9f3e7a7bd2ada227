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
// The work is done by scripts/hyperv-reference/: read-pages, class-pages, method-pages and
// value-lists read the pages; build-model, class-hierarchy, build-members and place-members apply
// the rules below; write-mof, write-mfl, mof-text and descriptions write the two files.
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

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildModel } from "./hyperv-reference/build-model.mjs";
import { report } from "./hyperv-reference/report.mjs";
import { writeMfl } from "./hyperv-reference/write-mfl.mjs";
import { writeMof } from "./hyperv-reference/write-mof.mjs";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pagesDir = path.resolve(repoRoot, process.argv[2] ?? "../shared/reference/ClusHyperV");
const outDir = path.resolve(repoRoot, process.argv[3] ?? "fixtures/hypervcluster");

function main() {
  const model = buildModel(pagesDir);
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
  writeFileSync(path.join(outDir, "WindowsHyperVCluster.V2.mof"), writeMof(model, counts));
  writeFileSync(path.join(outDir, "WindowsHyperVCluster.V2.mfl"), writeMfl(model));

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
