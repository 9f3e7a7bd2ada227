/**
 * CIM names are case-insensitive and so are common file systems, so two generated names (or
 * files) that differ only in case would break an SDK on some machine. Every exported symbol
 * shares one namespace because the barrel re-exports every module.
 */
import type { Span } from "../ast/ast.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";

export interface NameClaim {
  readonly name: string;
  /** What the name was generated for, for messages ("class CIM_Job"). */
  readonly owner: string;
  readonly span: Span | undefined;
}

export function checkCollisions(
  claims: readonly NameClaim[],
  code: "MOF4001" | "MOF4004",
  what: string,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const first = new Map<string, NameClaim>();
  for (const claim of claims) {
    const key = claim.name.toLowerCase();
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, claim);
      continue;
    }
    // A generated module (index, registry) has no place in the MOF: point at the class instead.
    const at = claim.span ?? earlier.span;
    const related =
      earlier.span === undefined || earlier.span === at
        ? []
        : [{ message: `${earlier.owner} is here`, span: earlier.span }];
    diagnostics.push(
      makeDiagnostic(
        code,
        `the ${what} '${claim.name}' of ${claim.owner} collides with '${earlier.name}' of ${earlier.owner}` +
          " (names that differ only in case count as the same)",
        at,
        related,
      ),
    );
  }
  return diagnostics;
}
