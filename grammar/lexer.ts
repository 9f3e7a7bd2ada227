/**
 * The MOF lexer, built once at module load. Position tracking is offset-only (the fastest mode):
 * lines and columns are computed on demand from a line index, see src/ast/line-index.ts.
 */
import { Lexer } from "chevrotain";
import { allTokens } from "./tokens.js";

export const mofLexer = new Lexer([...allTokens], {
  positionTracking: "onlyOffset",
  ensureOptimizations: true,
});
