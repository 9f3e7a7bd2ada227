import type { Span } from "../ast/ast.js";
import { type DiagnosticCode, diagnosticCodes } from "./codes.js";
import type { Diagnostic, RelatedLocation } from "./diagnostic.js";

/** Builds a diagnostic whose severity comes from the registry, so call sites cannot disagree. */
export function makeDiagnostic(
  code: DiagnosticCode,
  message: string,
  span?: Span,
  related?: readonly RelatedLocation[],
): Diagnostic {
  const { severity } = diagnosticCodes[code];
  return {
    code,
    severity,
    message,
    ...(span === undefined ? {} : { span }),
    ...(related === undefined || related.length === 0 ? {} : { related }),
  };
}
