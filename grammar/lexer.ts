/**
 * The MOF lexer, built once at module load. Position tracking is offset-only (the fastest mode):
 * lines and columns are computed on demand from a line index, see src/ast/line-index.ts.
 */
import { chevrotain } from "./chevrotain.js";
import { allTokens } from "./tokens.js";

/** `validate` runs Chevrotain's definition checks; the tests do, normal runs skip them. */
export function createMofLexer(validate: boolean) {
  return new chevrotain.Lexer([...allTokens], {
    positionTracking: "onlyOffset",
    ensureOptimizations: validate,
    skipValidations: !validate,
  });
}

export const mofLexer = createMofLexer(false);
