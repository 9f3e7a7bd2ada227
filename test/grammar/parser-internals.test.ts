import type { CstNode } from "chevrotain";
import { describe, expect, it } from "vitest";
import { mofLexer } from "../../grammar/lexer.js";
import { mofParser, recoveringMofParser } from "../../grammar/parser.js";

/** Every CST node under `node`, `node` included. */
function nodes(node: CstNode): CstNode[] {
  const children = Object.values(node.children).flat();
  return [node, ...children.filter((c): c is CstNode => "children" in c).flatMap(nodes)];
}

describe("the parser's replacement of Chevrotain's CST node start", () => {
  const text = '[Description("x")] class A : B { [Key] string Id; uint32 F([In] boolean b); };';

  it("gives every node plain children (a hidden class for V8), with and without recovery", () => {
    for (const parser of [mofParser, recoveringMofParser()]) {
      parser.input = mofLexer.tokenize(text).tokens;
      const cst = parser.mofSpecification();
      expect(parser.errors).toEqual([]);
      const all = nodes(cst);
      expect(all.length).toBeGreaterThan(10);
      for (const node of all) expect(Object.getPrototypeOf(node.children)).toBe(Object.prototype);
    }
  });
});
