import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chevrotain } from "../../grammar/chevrotain.js";
import { createMofLexer } from "../../grammar/lexer.js";
import { MofParser, mofParser } from "../../grammar/parser.js";

describe("grammar definition", () => {
  it("passes Chevrotain's grammar validations (skipped at run time)", () => {
    expect(() => new MofParser({ validate: true })).not.toThrow();
  });

  it("passes Chevrotain's lexer validations and keeps every lexer optimization", () => {
    expect(() => createMofLexer(true)).not.toThrow();
  });

  it("matches the committed typed CST (run `npm run build` to regenerate)", () => {
    const committed = readFileSync(
      new URL("../../grammar/cst.generated.d.ts", import.meta.url),
      "utf8",
    );
    expect(chevrotain.generateCstDts(mofParser.getGAstProductions())).toBe(committed);
  });

  it("matches the committed railroad diagrams", () => {
    const committed = readFileSync(new URL("../../grammar/diagrams.html", import.meta.url), "utf8");
    expect(chevrotain.createSyntaxDiagramsCode(mofParser.getSerializedGastProductions())).toBe(
      committed,
    );
  });
});
