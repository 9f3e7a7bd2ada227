// The .mfl: the US English amendments (Description, Values) of every class, member and
// parameter, matching the declarations of the .mof.

import {
  classDescription,
  methodDescription,
  parameterDescription,
  propertyDescription,
} from "./descriptions.mjs";
import {
  classHeader,
  methodDeclaration,
  mofString,
  NAMESPACE,
  propertyDeclaration,
  qualifierText,
} from "./mof-text.mjs";
import { lower } from "./page-text.mjs";

/** Amended: localized, so only in the .mfl; ToSubclass: the flavor DMTF declares for both. */
const AMENDED = " : Amended ToSubclass";

function amendedBlock(description, values, extra = []) {
  const parts = [qualifierText("Description", description, AMENDED)];
  if (values) parts.push(qualifierText("Values", values, AMENDED));
  return `[${[...parts, ...extra].join(", ")}]`;
}

export function writeMfl(model) {
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
    out.push(classHeader(page.name, page.superclass));
    out.push("{");
    for (const m of members) {
      const values = m.qualifiers.get("Values") ?? null;
      if (m.kind === "property") {
        out.push(
          `  ${amendedBlock(propertyDescription(m, page.name), values)} ${propertyDeclaration({ ...m, defaultValue: null })}`,
        );
      } else {
        const paramQualifiers = (p) => {
          const dirs = ["In", "Out"].filter((d) => p.qualifiers.has(d));
          return amendedBlock(parameterDescription(p), p.qualifiers.get("Values") ?? null, dirs);
        };
        out.push(
          `  ${amendedBlock(methodDescription(m, page.name), values)} ${methodDeclaration(m, paramQualifiers)}`,
        );
      }
    }
    out.push("};");
    out.push("");
  }
  return out.join("\n");
}
